using KeepUp.Domain.Programme;
using KeepUp.Storage.Programme;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KeepUp.Storage.Tests.Programme;

public sealed class ProgrammeMigrationTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AddProgramme_OverExistingSchools_KeepsThemEligibleAndUsable(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.OpenContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_AddProgramme", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"MathsHubs\" (\"Name\", \"Region\") VALUES ('Old Hub', 'London')");
            var hubId = await db.Database.SqlQueryRaw<int>("SELECT \"Id\" AS \"Value\" FROM \"MathsHubs\"").SingleAsync();
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Schools\" (\"Urn\", \"Name\", \"MathsHubId\") VALUES (100001, 'Old Primary', {hubId})");
        }

        await using (var db = database.OpenContext())
        {
            await db.Database.MigrateAsync();
            var school = await db.Schools.Include(s => s.MathsHub).SingleAsync();
            Assert.True(school.IsStateFunded);
            Assert.Equal(school.MathsHub!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), school.MathsHub.Key);
            db.MasterySpecialists.Add(new MasterySpecialist { Code = "s1", Name = "Ann", SchoolId = school.Id, MathsHubId = school.MathsHub.Id, CohortStartYear = 2015 });
            await db.SaveChangesAsync();
            Assert.Equal(["2015/16 1 1"], Reach.Programme(await new ReachQueries(db).LoadAsync()).Select(r => $"{r.Year} {r.Specialists} {r.Schools}"));
        }
    }
}
