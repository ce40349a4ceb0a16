using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KeepUp.Storage.Tests.Infrastructure;

/// <summary>Which database a storage test runs against.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new PostgreSQL
/// database on the server named by <c>KEEPUP_TEST_POSTGRES</c>. Dropped when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "KEEPUP_TEST_POSTGRES";

    private readonly string? folder;
    private readonly string? postgresName;

    private TestDatabase(DatabaseKind kind, string connectionString, string? folder, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        this.folder = folder;
        this.postgresName = postgresName;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("keepup-storage-").FullName;
            return new TestDatabase(kind, Path.Combine(folder, "keepup.db"), folder, null);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"PostgreSQL is required (KEEPUP_REQUIRE_ALL=1) but {PostgresVariable} is not set.");
        var name = "keepup_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(kind, builder.ConnectionString, null, name);
    }

    /// <summary>A context on this database, configured exactly as the application configures it.</summary>
    public KeepUpDbContext OpenContext() => Kind == DatabaseKind.Sqlite
        ? new SqliteKeepUpDbContext((DbContextOptions<SqliteKeepUpDbContext>)StorageServiceCollectionExtensions
            .ConfigureSqlite(new DbContextOptionsBuilder<SqliteKeepUpDbContext>(), ConnectionString).Options)
        : new PostgresKeepUpDbContext((DbContextOptions<PostgresKeepUpDbContext>)StorageServiceCollectionExtensions
            .ConfigurePostgres(new DbContextOptionsBuilder<PostgresKeepUpDbContext>(), ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
