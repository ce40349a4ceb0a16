using KeepUp.Storage.Accounts;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Programme;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KeepUp.Storage.Tests.Migrations;

public sealed class MigrationUpgradeTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Migrate_FromFirstMigrationWithRows_KeepsEveryRow(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        string first;
        await using (var db = database.OpenContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            Assert.True(migrations.Count >= 2, "The upgrade test needs at least two migrations.");
            first = migrations[0];
            await db.GetService<IMigrator>().MigrateAsync(first);
            Assert.Equal([first], await db.Database.GetAppliedMigrationsAsync());

            // Rows written by the first schema, through SQL, because today's model may differ.
            await db.Database.ExecuteSqlRawAsync(
                kind == DatabaseKind.Sqlite
                    ? "INSERT INTO MathsHubs (Name, Region) VALUES ('Test Hub', 'London')"
                    : "INSERT INTO \"MathsHubs\" (\"Name\", \"Region\") VALUES ('Test Hub', 'London')");
            var hubId = await db.MathsHubs.Select(h => h.Id).SingleAsync();
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"Schools\" (\"Urn\", \"Name\", \"LocalAuthority\", \"MathsHubId\") VALUES (100001, 'Test Primary', 'Camden', {hubId})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"AspNetUsers\" (\"Id\", \"DisplayName\", \"UserName\", \"NormalizedUserName\", \"Email\", \"EmailConfirmed\", \"PhoneNumberConfirmed\", \"TwoFactorEnabled\", \"LockoutEnabled\", \"AccessFailedCount\") VALUES ('u1', 'Ms Test', 't@example.org', 'T@EXAMPLE.ORG', 't@example.org', {true}, {false}, {false}, {true}, 0)");
        }

        await using (var db = database.OpenContext())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using (var db = database.OpenContext())
        {
            var school = await db.Schools.Include(s => s.MathsHub).SingleAsync();
            Assert.Equal((100001, "Test Primary", "Camden", "Test Hub", "London"), (school.Urn, school.Name, school.LocalAuthority, school.MathsHub!.Name, school.MathsHub.Region));
            var account = await db.Users.SingleAsync();
            Assert.Equal(("u1", "Ms Test", "t@example.org"), (account.Id, account.DisplayName, account.Email));

            // The later migration's table works alongside the old rows.
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UnixEpoch, ActorId = "u1", Action = "test", Detail = "after upgrade" });
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.AuditEntries.CountAsync());
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Model_HasNoChangesMissingFromTheMigrations(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.OpenContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: run the migration scaffolder (see ARCHITECTURE).");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Schools_UrnIsUnique(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.OpenContext();
        await db.Database.MigrateAsync();
        db.Schools.Add(new School { Urn = 123456, Name = "One" });
        db.Schools.Add(new School { Urn = 123456, Name = "Two" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void Roles_AreTheFiveStaffRoles() =>
        Assert.Equal(["HubLead", "MasterySpecialist", "SchoolLead", "Teacher", "TeachingAssistant"], Roles.All);
}
