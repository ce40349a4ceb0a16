namespace KeepUp.Cli.Tests;

public sealed class DatabaseCommandTests : IDisposable
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("keepup-cli-data-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }

    [Fact]
    public async Task DbMigrate_NewDataFolder_AppliesMigrationsThenIsUpToDate()
    {
        var first = await CliRun.RunAsync("db", "migrate", "--data", data.FullName);
        var second = await CliRun.RunAsync("--data", data.FullName, "db", "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"SQLite at {Path.Combine(data.FullName, "keepup.db")}", first.Output, StringComparison.Ordinal);
        Assert.Matches(@"Applied \d+ migration\(s\): \d+_Initial", first.Output);
        Assert.Contains("Already up to date.", second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data.FullName, "keepup.db")));
    }

    [Fact]
    public async Task Demo_SeedsOnceAndPrintsTheLogins()
    {
        var first = await CliRun.RunAsync("demo", "--data", data.FullName);
        var second = await CliRun.RunAsync("demo", "--data", data.FullName);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Demo data created", first.Output, StringComparison.Ordinal);
        foreach (var email in new[] { "teacher@demo.keepup.school", "maths.lead@demo.keepup.school", "specialist@demo.keepup.school", "hub.lead@demo.keepup.school" })
        {
            Assert.Contains(email, first.Output, StringComparison.Ordinal);
        }

        Assert.Contains("nothing was added", second.Output, StringComparison.Ordinal);
        Assert.Contains("teacher@demo.keepup.school", second.Output, StringComparison.Ordinal);
    }
}
