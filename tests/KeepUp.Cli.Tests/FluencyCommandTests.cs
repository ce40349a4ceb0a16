using System.Text.Json;

namespace KeepUp.Cli.Tests;

public sealed class FluencyCommandTests : IDisposable
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("keepup-cli-fluency-");

    public void Dispose() => data.Delete(recursive: true);

    [Fact]
    public async Task Report_DemoClassAsJson_EveryPupilWithSecureFacts()
    {
        await CliRun.RunAsync("demo", "--data", data.FullName);

        var run = await CliRun.RunAsync("fluency", "report", "--school", "kpdm26", "--class", "maple", "--json", "--data", data.FullName);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var pupils = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(26, pupils.Count);
        Assert.All(pupils, p => Assert.True(p.GetProperty("secureFacts").GetInt32() >= 0));
        Assert.All(pupils, p => Assert.Equal(4, p.GetProperty("yearGroup").GetInt32()));
    }

    [Fact]
    public async Task Report_UnknownClass_NamesTheSchoolsClassesAndFails()
    {
        await CliRun.RunAsync("demo", "--data", data.FullName);

        var run = await CliRun.RunAsync("fluency", "report", "--school", "KPDM26", "--class", "Birch", "--data", data.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no class called \"Birch\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("Maple", run.Error, StringComparison.Ordinal);
    }
}
