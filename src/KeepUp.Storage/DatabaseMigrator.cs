using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KeepUp.Storage;

/// <summary>Brings the database up to the latest migration of its provider.</summary>
public sealed class DatabaseMigrator(KeepUpDbContext db)
{
    /// <summary>Applies pending migrations and returns their names.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        // Asking a brand-new database for its history would log a failed query; look first.
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(cancellationToken)
            ? (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(m => m.MigrationId).ToHashSet(StringComparer.Ordinal)
            : [];
        var pending = db.Database.GetMigrations().Where(m => !applied.Contains(m)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets the teacher's pages read while pupils' answers are written,
            // and commits with one sync instead of several. It is a property of the file, so setting
            // it once here holds for every later connection; synchronous stays FULL, so an answer
            // acknowledged to a pupil survives a power cut.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        return pending;
    }
}
