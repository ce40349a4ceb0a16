using Microsoft.Extensions.Configuration;

namespace KeepUp.Storage;

/// <summary>
/// Where KeepUp keeps its data: a SQLite file in a data folder by default, or PostgreSQL when a
/// connection string is configured (<c>ConnectionStrings__KeepUp</c>).
/// </summary>
public sealed record StorageOptions(string DataFolder, string? PostgresConnectionString)
{
    public const string DataFolderVariable = "KEEPUP_DATA";

    /// <summary>True when KeepUp runs on PostgreSQL.</summary>
    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    /// <summary>The SQLite database file.</summary>
    public string SqlitePath => Path.Combine(DataFolder, "keepup.db");

    /// <summary>Which database is used, for start-up messages (never includes a password).</summary>
    public string Describe() => UsesPostgres ? "PostgreSQL" : $"SQLite at {SqlitePath}";

    /// <summary>
    /// Reads the options: <c>--data DIR</c> (configuration key <c>data</c>), then the
    /// <c>KEEPUP_DATA</c> variable, then a per-user folder.
    /// </summary>
    public static StorageOptions From(IConfiguration configuration)
    {
        var folder = configuration["data"];
        if (string.IsNullOrWhiteSpace(folder))
        {
            folder = Environment.GetEnvironmentVariable(DataFolderVariable);
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "KeepUp");
        }

        return new StorageOptions(Path.GetFullPath(folder), configuration.GetConnectionString("KeepUp"));
    }
}
