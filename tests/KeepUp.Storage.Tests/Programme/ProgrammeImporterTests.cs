using KeepUp.Domain.Programme;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Programme;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Programme;

public sealed class ProgrammeImporterTests
{
    private static ProgrammeFiles Files(string members = "WorkGroupId,SchoolURN\nw1,100002\nw1,100003\n") => new(
        new ImportFile("hubs.csv", "HubId,Name,Region\nh1,Hub One,South West\n"),
        new ImportFile("schools.csv", "URN,EstablishmentName,TypeOfEstablishment (name),LA (name)\n100001,One,Community school,Devon\n100002,Two,Academy converter,Devon\n100003,Three,Other independent school,Devon\n"),
        new ImportFile("specialists.csv", "SpecialistId,Name,SchoolURN,HubId,Cohort\ns1,Ann,100001,h1,2015/16\n"),
        new ImportFile("workgroups.csv", "WorkGroupId,HubId,AcademicYear,Type,LeadSpecialistId\nw1,h1,2016/17,Development,s1\n"),
        new ImportFile("workgroup-schools.csv", members));

    private static async Task<ProgrammeImportOutcome> ImportAsync(TestDatabase database, ProgrammeFiles files)
    {
        await using var db = database.OpenContext();
        return await new ProgrammeImporter(db, new AuditLog(db, TimeProvider.System)).ImportAsync(files, "tester");
    }

    private static async Task<(int Hubs, int Schools, int Specialists, int Groups, int Members)> CountAsync(TestDatabase database)
    {
        await using var db = database.OpenContext();
        return (await db.MathsHubs.CountAsync(), await db.Schools.CountAsync(), await db.MasterySpecialists.CountAsync(), await db.WorkGroups.CountAsync(), await db.WorkGroupMembers.CountAsync());
    }

    private static async Task<TestDatabase> MigratedAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.OpenContext();
        await db.Database.MigrateAsync();
        return database;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ImportAsync_GoodFiles_StoresEveryRecordAndAudits(DatabaseKind kind)
    {
        await using var database = await MigratedAsync(kind);

        var outcome = await ImportAsync(database, Files());

        Assert.Empty(outcome.Problems);
        Assert.Equal((1, 3, 1, 1, 2), await CountAsync(database));
        await using var db = database.OpenContext();
        var group = await db.WorkGroups.Include(g => g.LeadSpecialist).Include(g => g.MathsHub).SingleAsync();
        Assert.Equal(("w1", 2016, WorkGroupType.Development, "Ann", "h1"), (group.Code, group.StartYear, group.Type, group.LeadSpecialist!.Name, group.MathsHub!.Code));
        Assert.False((await db.Schools.SingleAsync(s => s.Urn == 100003)).IsStateFunded);
        Assert.Equal("programme.imported", (await db.AuditEntries.SingleAsync()).Action);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ImportAsync_SameFilesTwice_ChangesNothing(DatabaseKind kind)
    {
        await using var database = await MigratedAsync(kind);
        await ImportAsync(database, Files());

        var again = await ImportAsync(database, Files());

        Assert.True(again.Summary!.ChangedNothing, again.Summary.ToString());
        Assert.Equal((1, 3, 1, 1, 2), await CountAsync(database));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ImportAsync_OneBadRow_RefusesEverythingAndChangesNothing(DatabaseKind kind)
    {
        await using var database = await MigratedAsync(kind);

        var outcome = await ImportAsync(database, Files("WorkGroupId,SchoolURN\nw1,100002\nw1,999999\n"));

        Assert.Null(outcome.Summary);
        Assert.Equal("workgroup-schools.csv row 3, column SchoolURN", $"{outcome.Problems[0].File} row {outcome.Problems[0].Row}, column {outcome.Problems[0].Column}");
        Assert.Equal((0, 0, 0, 0, 0), await CountAsync(database));
        await using var db = database.OpenContext();
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ImportAsync_CorrectedFileLater_UpdatesInPlaceAndRefersToStoredRecords(DatabaseKind kind)
    {
        await using var database = await MigratedAsync(kind);
        await ImportAsync(database, Files());
        var later = new ProgrammeFiles(null, null,
            new ImportFile("specialists.csv", "SpecialistId,Name,SchoolURN,HubId,Cohort\ns1,Ann Smith,100001,h1,2015/16\n"),
            new ImportFile("workgroups.csv", "WorkGroupId,HubId,AcademicYear,Type,LeadSpecialistId\nw2,h1,2017/18,Sustaining/Embedding,s1\n"),
            new ImportFile("workgroup-schools.csv", "WorkGroupId,SchoolURN\nw2,100002\n"));

        var outcome = await ImportAsync(database, later);

        Assert.Equal((0, 1, 1, 1), (outcome.Summary!.SpecialistsAdded, outcome.Summary.SpecialistsChanged, outcome.Summary.WorkGroupsAdded, outcome.Summary.MembershipsAdded));
        Assert.Equal((1, 3, 1, 2, 3), await CountAsync(database));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReachQueries_LoadAsync_GivesTheDomainTheStoredRecords(DatabaseKind kind)
    {
        await using var database = await MigratedAsync(kind);
        await ImportAsync(database, Files());
        await using var db = database.OpenContext();

        var reach = Reach.Programme(await new ReachQueries(db).LoadAsync());

        Assert.Equal(["2015/16 1 1", "2016/17 1 3"], reach.Select(r => $"{r.Year} {r.Specialists} {r.Schools}"));
    }
}
