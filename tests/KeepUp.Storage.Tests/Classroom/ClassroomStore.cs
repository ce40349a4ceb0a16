using System.Globalization;
using KeepUp.Application.Curriculum;
using KeepUp.Application.Practice;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Practice.Catalogue;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Curriculum;
using KeepUp.Storage.Programme;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>A clock the test moves: school time starts at noon on Tuesday 15 September 2026 (Year 4 born Sep 2017 – Aug 2018).</summary>
public sealed class SchoolClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 9, 15, 11, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now = now.Add(by);
}

/// <summary>
/// A migrated database with one school (Oakfield) and its class Maple (a teacher and a teaching
/// assistant), a second school, and the services of the keep-up loop built over a fresh context, as
/// one web request would have them.
/// </summary>
public sealed class ClassroomStore : IAsyncDisposable
{
    public static readonly CurriculumQueries Curriculum = new(new CurriculumCatalogue(CurriculumFolder.Load(CurriculumFolder.Default).Curriculum!));

    public static readonly PracticeQueries Practice = new(Curriculum, PracticeCatalogue.Standard);

    private EvidenceWriter? writer;

    private ClassroomStore(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public SchoolClock Clock { get; } = new();

    public int SchoolId { get; private set; }

    public int OtherSchoolId { get; private set; }

    public int ClassId { get; private set; }

    public StaffScope Teacher { get; private set; } = null!;

    public StaffScope Assistant { get; private set; } = null!;

    /// <summary>The maths lead: sees the whole school and imports its pupils.</summary>
    public StaffScope Lead => new("lead", SchoolId, true, false);

    public IReadOnlyList<Guid> Pupils { get; private set; } = [];

    public static async Task<ClassroomStore> CreateAsync(DatabaseKind kind, int pupils = 3)
    {
        var store = new ClassroomStore(await TestDatabase.CreateAsync(kind));
        await using var db = store.Database.OpenContext();
        await db.Database.MigrateAsync();
        var oakfield = new School { Urn = 900001, Name = "Oakfield", SignInCode = "OAK123" };
        var brookside = new School { Urn = 900002, Name = "Brookside", SignInCode = "BRK456" };
        db.Schools.AddRange(oakfield, brookside);
        await db.SaveChangesAsync();
        var teacher = Account("teacher", oakfield.Id);
        var assistant = Account("assistant", oakfield.Id);
        db.Users.AddRange(teacher, assistant);
        var maple = new SchoolClass { SchoolId = oakfield.Id, Name = "Maple", YearGroup = 4 };
        maple.Staff.Add(new ClassStaffMember { StaffAccountId = teacher.Id });
        maple.Staff.Add(new ClassStaffMember { StaffAccountId = assistant.Id, IsTeachingAssistant = true });
        db.Classes.Add(maple);
        await db.SaveChangesAsync();
        var ids = new List<Guid>();
        for (var i = 1; i <= pupils; i++)
        {
            var pupil = NewPupil(oakfield.Id, maple.Id, i);
            db.Pupils.Add(pupil);
            ids.Add(pupil.Id);
        }

        await db.SaveChangesAsync();
        store.SchoolId = oakfield.Id;
        store.OtherSchoolId = brookside.Id;
        store.ClassId = maple.Id;
        store.Teacher = new StaffScope(teacher.Id, oakfield.Id, false, false);
        store.Assistant = new StaffScope(assistant.Id, oakfield.Id, false, true);
        store.Pupils = ids;
        return store;
    }

    public static Pupil NewPupil(int schoolId, int? classId, int serial, string forename = "Pupil") => new()
    {
        Id = Guid.NewGuid(),
        SchoolId = schoolId,
        ClassId = classId,
        Upn = UpnFor(serial),
        Forename = forename,
        Surname = "Number" + serial.ToString(CultureInfo.InvariantCulture),
        DateOfBirth = new DateOnly(2017, 9, 14),
        YearGroup = 4,
        SenStatus = "None",
    };

    public static string UpnFor(int serial) => Upn.WithCheckLetter("938200122" + serial.ToString("000", CultureInfo.InvariantCulture)).Value;

    public KeepUpDbContext Open() => Database.OpenContext();

    public AuditLog Audit(KeepUpDbContext db) => new(db, Clock);

    public EvidenceRecorder Recorder(KeepUpDbContext db) => new(db, Practice, Writer, Audit(db), Clock);

    /// <summary>The group-commit writer over this database, as the web host has one.</summary>
    public EvidenceWriter Writer => writer ??= new EvidenceWriter(() =>
    {
        var db = Database.OpenContext();
        return (db, db);
    });

    public LessonPlanner Lessons(KeepUpDbContext db) => new(db, Curriculum, PracticeCatalogue.Standard, Audit(db), Clock);

    public PupilRegister Register(KeepUpDbContext db) => new(db, Audit(db), Clock);

    public PupilSignIn SignIn(KeepUpDbContext db) => new(db, Audit(db), Clock);

    public static ClassMastery Mastery(KeepUpDbContext db) => new(db, Curriculum);

    public KeepUpPlanner Planner(KeepUpDbContext db) =>
        new(db, new ClassAccess(db), Mastery(db), Lessons(db), Recorder(db), Curriculum, Practice, Audit(db), Clock);

    public async Task<SchoolClass> MapleAsync(KeepUpDbContext db) => await db.Classes.AsNoTracking().Include(c => c.Staff).SingleAsync(c => c.Id == ClassId);

    /// <summary>Starts today's end-of-lesson check on Maple's next step, as the teacher.</summary>
    public async Task<LessonCheck> StartCheckAsync(int questions = 3)
    {
        await using var db = Open();
        var maple = await MapleAsync(db);
        var step = await Lessons(db).TodaysStepAsync(maple);
        var started = await Lessons(db).StartCheckAsync(Teacher, maple, step.Id.Value, questions, seed: 11);
        return started.Value ?? throw new InvalidOperationException(started.Error!.Message);
    }

    public async Task<Pupil> PupilAsync(Guid id)
    {
        await using var db = Open();
        return await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        if (writer is not null)
        {
            await writer.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    private static StaffAccount Account(string name, int schoolId) => new()
    {
        Id = name + "-" + Guid.NewGuid().ToString("N"),
        UserName = name + "@test.keepup.school",
        NormalizedUserName = (name + "@test.keepup.school").ToUpperInvariant(),
        Email = name + "@test.keepup.school",
        DisplayName = name,
        SchoolId = schoolId,
        SecurityStamp = Guid.NewGuid().ToString(),
    };
}
