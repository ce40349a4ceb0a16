using KeepUp.Domain.Classroom;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Programme;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>A school clock stopped at noon on one day, so "today" and the academic year are fixed.</summary>
internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// One school with a lead, two teachers and a teaching assistant; Year 4 classes Maple (Ann and the
/// assistant) and Oak (Bo), one Maple pupil; and a second school, so tests can check nothing leaks.
/// </summary>
internal sealed record ClassroomSeed(TestDatabase Database, int SchoolId, int OtherSchoolId, int Maple, int Oak, Guid MaplePupil)
{
    public const string Lead = "account-lead";
    public const string Ann = "account-ann";
    public const string Bo = "account-bo";
    public const string Assistant = "account-ta";

    /// <summary>20 November 2026: the 2026/27 academic year, when children born 2017/18 are in Year 4.</summary>
    public static readonly TimeProvider Clock = new StoppedClock(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    public StaffScope LeadScope => new(Lead, SchoolId, SeesWholeSchool: true, IsTeachingAssistant: false);

    public StaffScope AnnScope => new(Ann, SchoolId, SeesWholeSchool: false, IsTeachingAssistant: false);

    public StaffScope BoScope => new(Bo, SchoolId, SeesWholeSchool: false, IsTeachingAssistant: false);

    public StaffScope AssistantScope => new(Assistant, SchoolId, SeesWholeSchool: false, IsTeachingAssistant: true);

    public static string UpnFor(int serial) => Upn.WithCheckLetter($"938200126{serial:000}").Value;

    public static async Task<ClassroomSeed> CreateAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.OpenContext();
        await db.Database.MigrateAsync();
        var school = new School { Urn = 100001, Name = "Oakfield" };
        var other = new School { Urn = 100002, Name = "Brookside" };
        db.Schools.AddRange(school, other);
        await db.SaveChangesAsync();
        foreach (var (id, name) in new[] { (Lead, "Mr Lead"), (Ann, "Ms Ann Teacher"), (Bo, "Mr Bo Teacher"), (Assistant, "Mr Tom Assistant") })
        {
            db.Users.Add(new StaffAccount { Id = id, UserName = id, DisplayName = name, SchoolId = school.Id });
        }

        var maple = new SchoolClass { SchoolId = school.Id, Name = "Maple", YearGroup = 4, Staff = [new() { StaffAccountId = Ann }, new() { StaffAccountId = Assistant, IsTeachingAssistant = true }] };
        var oak = new SchoolClass { SchoolId = school.Id, Name = "Oak", YearGroup = 4, Staff = [new() { StaffAccountId = Bo }] };
        db.Classes.AddRange(maple, oak);
        await db.SaveChangesAsync();
        var pupil = new Pupil
        {
            Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = maple.Id, Upn = UpnFor(1), Forename = "Zebedee", Surname = "Quillfeather",
            DateOfBirth = new DateOnly(2018, 2, 14), YearGroup = 4, SenStatus = "None", Pin = "2345",
        };
        db.Pupils.Add(pupil);
        await db.SaveChangesAsync();
        return new ClassroomSeed(database, school.Id, other.Id, maple.Id, oak.Id, pupil.Id);
    }

    public static PupilRecords Records(KeepUpDbContext db) => new(db, new ClassAccess(db), new AuditLog(db, Clock), Clock);

    public static PupilForm Form(int classId, int serial = 2, string surname = "Brightwater") =>
        new(UpnFor(serial), "Ivy", surname, "2018-05-03", "4", classId, PupilPremium: true, "K", Eal: false, LowerPriorAttainer: true);
}
