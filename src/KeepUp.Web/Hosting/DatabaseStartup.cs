using KeepUp.Storage;
using KeepUp.Storage.Demo;

namespace KeepUp.Web.Hosting;

/// <summary>
/// At start-up: brings the database to the latest migration and, on a first run, seeds the demo
/// hub so there is something to sign in to. Runs before the server accepts requests.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        if (applied.Count > 0)
        {
            logger.LogInformation("Applied {Count} database migration(s): {Migrations}", applied.Count, string.Join(", ", applied));
        }

        if (await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(cancellationToken))
        {
            logger.LogInformation("First run: demo Maths Hub, schools and accounts created.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
