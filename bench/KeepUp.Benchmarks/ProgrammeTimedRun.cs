using System.Diagnostics;
using System.Globalization;
using KeepUp.Domain.Programme;
using KeepUp.Storage;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Programme;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/KeepUp.Benchmarks -- programme [OUT]</c>: generates the
/// whole-programme files, imports them into a fresh SQLite database (and PostgreSQL when
/// KEEPUP_BENCH_POSTGRES names a server), imports them again (nothing should change), then times
/// the reach report (load the records and compute programme, per-hub and per-region reach) 20 times.
/// An import is a one-off, minutes-apart event, so it is timed as a whole rather than by
/// BenchmarkDotNet; OUT keeps the CSV files for timing `keepup programme import` itself.
/// </summary>
public static class ProgrammeTimedRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var files = ProgrammeFilesGenerator.Generate();
        if (args.Length > 1)
        {
            ProgrammeFilesGenerator.WriteTo(files, args[1]);
            Console.WriteLine($"Files written to {Path.GetFullPath(args[1])}");
        }

        var folder = Directory.CreateTempSubdirectory("keepup-bench-programme-");
        try
        {
            await RunOnAsync("SQLite", () => new SqliteKeepUpDbContext((DbContextOptions<SqliteKeepUpDbContext>)StorageServiceCollectionExtensions
                .ConfigureSqlite(new DbContextOptionsBuilder<SqliteKeepUpDbContext>(), Path.Combine(folder.FullName, "keepup.db")).Options), files);
            if (Environment.GetEnvironmentVariable("KEEPUP_BENCH_POSTGRES") is { } postgres)
            {
                await RunOnAsync("PostgreSQL", () => new PostgresKeepUpDbContext((DbContextOptions<PostgresKeepUpDbContext>)StorageServiceCollectionExtensions
                    .ConfigurePostgres(new DbContextOptionsBuilder<PostgresKeepUpDbContext>(), postgres).Options), files);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }

        return 0;
    }

    private static async Task RunOnAsync(string name, Func<KeepUpDbContext> open, ProgrammeFiles files)
    {
        await using (var db = open())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }

        foreach (var attempt in new[] { "first import", "same files again" })
        {
            await using var db = open();
            var clock = Stopwatch.StartNew();
            var outcome = await new ProgrammeImporter(db, new AuditLog(db, TimeProvider.System)).ImportAsync(files, null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {attempt}: {clock.Elapsed.TotalSeconds:0.00} s — {(object?)outcome.Summary ?? string.Join("; ", outcome.Problems.Take(3))}"));
        }

        var times = new List<double>();
        IReadOnlyList<ReachYear> programme = [];
        for (var i = 0; i < 21; i++)
        {
            await using var db = open();
            var clock = Stopwatch.StartNew();
            var records = await new ReachQueries(db).LoadAsync();
            programme = Reach.Programme(records);
            _ = Reach.ByHub(records);
            _ = Reach.ByRegion(records);
            if (i > 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} reach (load + programme + 40 hubs + regions), 20 runs after a warm-up: median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms"));
        Console.WriteLine("  " + string.Join("  ", programme.Select(y => string.Create(CultureInfo.InvariantCulture, $"{y.Year} {y.Specialists}/{y.Schools}"))));
    }
}
