using System.Text.Json;

namespace KeepUp.Cli.Tests;

public sealed class MasteryFitCommandTests : IDisposable
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("keepup-cli-fit-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }

    [Fact]
    public async Task Fit_DemoClassEvidence_FitsEveryStepItWasTaught()
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--data", data.FullName)).ExitCode);

        var run = await CliRun.RunAsync("mastery", "fit", "--data", data.FullName, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        // The demo class was taught one step a day for two weeks, 26 pupils answering 4 questions each.
        Assert.Equal(10, root.GetProperty("steps").GetInt32());
        Assert.Equal(10, root.GetProperty("fitted").GetInt32());
        Assert.Equal(10 * 26 * 4, root.GetProperty("answers").GetInt32());
        Assert.Contains("Reading the evidence", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fit_NoRestarts_ExplainsAndFails()
    {
        var run = await CliRun.RunAsync("mastery", "fit", "--data", data.FullName, "--restarts", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--restarts must be at least 1", run.Error, StringComparison.Ordinal);
    }
}
