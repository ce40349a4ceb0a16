using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage;

/// <summary>Brings the database up to the latest migration of its provider.</summary>
public sealed class DatabaseMigrator(KeepUpDbContext db)
{
    /// <summary>Applies pending migrations and returns their names.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
