using KeepUp.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Scaffolds one migration for each provider from the current model into
// src/KeepUp.Storage/Migrations/{Sqlite,Postgres}. The databases are not touched: the
// PostgreSQL connection string below is never opened.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/KeepUp.MigrationScaffolder -- <MigrationName>");
    return 2;
}

var root = FindRepositoryRoot();
var storage = Path.Combine(root, "src", "KeepUp.Storage");

Scaffold(new SqliteKeepUpDbContext(new DbContextOptionsBuilder<SqliteKeepUpDbContext>()
    .UseSqlite("Data Source=scaffold.db", o => o.MigrationsAssembly(typeof(KeepUpDbContext).Assembly.FullName)).Options), "Sqlite");
Scaffold(new PostgresKeepUpDbContext(new DbContextOptionsBuilder<PostgresKeepUpDbContext>()
    .UseNpgsql("Host=localhost;Database=scaffold", o => o.MigrationsAssembly(typeof(KeepUpDbContext).Assembly.FullName)).Options), "Postgres");
return 0;

void Scaffold(KeepUpDbContext context, string provider)
{
    var reporter = new ConsoleReporter();
    var services = new DesignTimeServicesBuilder(typeof(KeepUpDbContext).Assembly, typeof(Program).Assembly, reporter, [])
        .Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "KeepUp.Storage", $"Migrations.{provider}", "C#");
    var folder = Path.Combine(storage, "Migrations", provider);
    var files = scaffolder.Save(storage, migration, folder);
    Console.WriteLine($"{provider}: {Path.GetFileName(files.MigrationFile)}");
}

static string FindRepositoryRoot()
{
    var dir = new DirectoryInfo(Environment.CurrentDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KeepUp.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Run from inside the KeepUp repository.");
}

internal sealed class ConsoleReporter : IOperationReporter
{
    public void WriteError(string message) => Console.Error.WriteLine(message);

    public void WriteWarning(string message) => Console.Error.WriteLine(message);

    public void WriteInformation(string message) => Console.WriteLine(message);

    public void WriteVerbose(string message)
    {
    }
}
