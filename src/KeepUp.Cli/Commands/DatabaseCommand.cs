using System.CommandLine;
using KeepUp.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Cli.Commands;

/// <summary><c>keepup db migrate</c>: brings the database to the latest migration.</summary>
internal static class DatabaseCommand
{
    public static Command Create(TextWriter output)
    {
        var migrate = new Command("migrate", "Apply any pending database migrations.");
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var storage = services.GetRequiredService<StorageOptions>();
            await output.WriteLineAsync($"Database: {storage.Describe()}");
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            await output.WriteLineAsync(applied.Count == 0
                ? "Already up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        });
        return new Command("db", "Manage the database.") { migrate };
    }
}
