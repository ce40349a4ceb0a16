using KeepUp.Storage.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>The school's export in, all or nothing; movers moved, leavers archived with their history kept.</summary>
public sealed class PupilRegisterTests
{
    private const string Header = "UPN,Forename,Surname,Date of birth,Year group,Class,Pupil premium,SEN status,EAL";

    private static string Row(int serial, string forename, string className, string upn = "") =>
        string.Join(',', upn.Length > 0 ? upn : ClassroomStore.UpnFor(serial), forename, "Number" + serial, "14/09/2017", "4", className, "N", "N", "N");

    private static string File(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static async Task<PupilImportResult> ImportAsync(ClassroomStore store, string csv)
    {
        await using var db = store.Open();
        return await store.Register(db).ImportAsync(store.Lead, csv, "pupils.csv", apply: true);
    }

    private static async Task<List<(string Upn, string Forename, string? Class, DateOnly? Archived)>> RollAsync(ClassroomStore store)
    {
        await using var db = store.Open();
        var classes = await db.Classes.ToDictionaryAsync(c => c.Id, c => c.Name);
        return [.. (await db.Pupils.AsNoTracking().ToListAsync()).OrderBy(p => p.Upn[1..], StringComparer.Ordinal)
            .Select(p => (p.Upn, p.Forename, p.ClassId is { } id ? classes[id] : null, p.ArchivedOn))];
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ImportAsync_OneBadRow_RefusesTheFileNamingRowAndColumnAndChangesNothing(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind, pupils: 0);
        await ImportAsync(store, File(Row(1, "Amara", "Maple"), Row(2, "Oliver", "Maple")));
        var before = await RollAsync(store);
        int audits;
        await using (var db = store.Open())
        {
            audits = await db.AuditEntries.CountAsync();
        }

        var refused = await ImportAsync(store, File(Row(1, "Amara-Renamed", "Oak"), Row(3, "Zainab", "Oak"), Row(4, "Broken", "Oak", upn: "A93820012200Z")));

        Assert.True(refused.Refused);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("pupils.csv", 4, "UPN"), (problem.File, problem.Row, problem.Column));
        Assert.Equal(before, await RollAsync(store));
        await using var after = store.Open();
        Assert.False(await after.Classes.AnyAsync(c => c.Name == "Oak"));
        Assert.Equal(audits, await after.AuditEntries.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ImportAsync_ReimportWithAMoverAndALeaver_MovesOneArchivesTheOtherAndKeepsTheirEvidence(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind, pupils: 0);
        await ImportAsync(store, File(Row(1, "Amara", "Maple"), Row(2, "Oliver", "Maple"), Row(3, "Zainab", "Maple")));
        var check = await store.StartCheckAsync();
        Guid leaver;
        await using (var db = store.Open())
        {
            leaver = (await db.Pupils.SingleAsync(p => p.Forename == "Zainab")).Id;
            var pupil = await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == leaver);
            await store.Recorder(db).RecordFromDeviceAsync(pupil, check, [new DeviceAnswer(Guid.NewGuid(), LessonPlanner.PositionsOf(check)[0], "12", 2000)]);
        }

        var again = await ImportAsync(store, File(Row(1, "Amara", "Maple"), Row(2, "Oliver", "Oak")));

        Assert.False(again.Refused, string.Join("; ", again.Problems));
        Assert.Equal(
            [(ClassroomStore.UpnFor(1), "Amara", "Maple", null), (ClassroomStore.UpnFor(2), "Oliver", "Oak", null), (ClassroomStore.UpnFor(3), "Zainab", "Maple", store.Clock.SchoolToday())],
            await RollAsync(store));
        await using (var db = store.Open())
        {
            Assert.Equal(1, await db.Evidence.CountAsync(e => e.PupilId == leaver));
            Assert.Null((await db.Pupils.SingleAsync(p => p.Id == leaver)).Pin);
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "pupils.imported" && a.ActorId == "lead"));
        }

        // Zainab comes back: the same pupil, with her history.
        await ImportAsync(store, File(Row(1, "Amara", "Maple"), Row(2, "Oliver", "Oak"), Row(3, "Zainab", "Maple")));
        await using var after = store.Open();
        var returner = await after.Pupils.SingleAsync(p => p.Upn == ClassroomStore.UpnFor(3));
        Assert.Equal((leaver, (DateOnly?)null), (returner.Id, returner.ArchivedOn));
        Assert.Equal(1, await after.Evidence.CountAsync(e => e.PupilId == leaver));
    }
}
