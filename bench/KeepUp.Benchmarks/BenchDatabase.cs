using KeepUp.Application;
using KeepUp.Storage;
using KeepUp.Storage.Programme;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Benchmarks;

/// <summary>
/// What every storage benchmark starts from: KeepUp's services over a fresh SQLite data folder as
/// shipped (shipped curriculum, migrated), holding one school in one Maths Hub. Disposing it
/// deletes the folder.
/// </summary>
internal sealed class BenchDatabase : IDisposable
{
    private readonly string folder;

    private BenchDatabase(string folder, ServiceProvider services, School school)
    {
        this.folder = folder;
        Services = services;
        School = school;
    }

    public ServiceProvider Services { get; }

    /// <summary>The bench school (saved; not tracked by any context).</summary>
    public School School { get; }

    /// <param name="name">Names the temporary folder, so a left-over one says which benchmark made it.</param>
    public static async Task<BenchDatabase> CreateAsync(string name)
    {
        var folder = Directory.CreateTempSubdirectory($"keepup-bench-{name}-").FullName;
        var collection = new ServiceCollection();
        collection.AddKeepUpApplication(ShippedCurriculum.Load());
        collection.AddKeepUpStorage(new StorageOptions(folder, null));
        var services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
        var hub = new MathsHub { Name = "Bench hub", Region = "London" };
        var school = new School { Urn = 100001, Name = "Bench Primary", MathsHub = hub };
        db.AddRange(hub, school);
        await db.SaveChangesAsync();
        return new BenchDatabase(folder, services, school);
    }

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
