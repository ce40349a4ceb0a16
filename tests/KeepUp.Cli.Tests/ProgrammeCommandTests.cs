using System.Text.Json;

namespace KeepUp.Cli.Tests;

public sealed class ProgrammeCommandTests : IDisposable
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("keepup-cli-programme-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(data.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string[] ImportArgs(string members) =>
    [
        "programme", "import", "--data", data.FullName, "--reference-hubs",
        "--schools", Write("schools.csv", "URN,EstablishmentName,TypeOfEstablishment (name)\n100001,One,Community school\n100002,Two,Academy converter\n100003,Three,Foundation school\n"),
        "--specialists", Write("specialists.csv", "SpecialistId,Name,SchoolURN,HubId,Cohort\ns1,Ann,100001,jurassic,2015/16\ns2,Bo,100002,sussex,2016/17\n"),
        "--workgroups", Write("workgroups.csv", "WorkGroupId,HubId,AcademicYear,Type,LeadSpecialistId\nw1,jurassic,2016/17,Development,s1\n"),
        "--workgroup-schools", Write("members.csv", members),
    ];

    [Fact]
    public async Task Import_GoodFilesTwice_ImportsThenChangesNothing()
    {
        var first = await CliRun.RunAsync(ImportArgs("WorkGroupId,SchoolURN\nw1,100003\n"));
        var second = await CliRun.RunAsync(ImportArgs("WorkGroupId,SchoolURN\nw1,100003\n"));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("hubs 40 added", first.Output, StringComparison.Ordinal);
        Assert.Contains("Checking the files", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing changed", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownUrn_RefusesNamingFileRowAndProblem()
    {
        var run = await CliRun.RunAsync(ImportArgs("WorkGroupId,SchoolURN\nw1,100003\nw1,654321\n"));
        var reach = await CliRun.RunAsync("programme", "reach", "--data", data.FullName, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("members.csv row 3, column SchoolURN: No school has URN 654321", run.Error, StringComparison.Ordinal);
        Assert.Equal("[]", reach.Output.Trim());
    }

    [Fact]
    public async Task Reach_Json_PrintsCumulativeYearsInOrder()
    {
        await CliRun.RunAsync(ImportArgs("WorkGroupId,SchoolURN\nw1,100003\n"));

        var all = await CliRun.RunAsync("programme", "reach", "--data", data.FullName, "--json");
        var hub = await CliRun.RunAsync("programme", "reach", "--data", data.FullName, "--hub", "jurassic", "--json");

        Assert.Equal(0, all.ExitCode);
        using var years = JsonDocument.Parse(all.Output);
        Assert.Equal(["2015/16 1 1", "2016/17 2 3"], years.RootElement.EnumerateArray()
            .Select(y => $"{y.GetProperty("academicYear").GetString()} {y.GetProperty("specialists").GetInt32()} {y.GetProperty("schools").GetInt32()}"));
        using var hubYears = JsonDocument.Parse(hub.Output);
        Assert.Equal(["2015/16 1 1", "2016/17 1 2"], hubYears.RootElement.EnumerateArray()
            .Select(y => $"{y.GetProperty("academicYear").GetString()} {y.GetProperty("specialists").GetInt32()} {y.GetProperty("schools").GetInt32()}"));
    }

    [Fact]
    public async Task Reach_UnknownHub_ExitsTwoWithMessage()
    {
        var run = await CliRun.RunAsync("programme", "reach", "--data", data.FullName, "--hub", "atlantis");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No Maths Hub has the id \"atlantis\"", run.Error, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Evaluation_DemoHub_WritesHtmlAndPdf()
    {
        await CliRun.RunAsync("demo", "--data", data.FullName);
        var folder = Path.Combine(data.FullName, "out");

        var run = await CliRun.RunAsync("programme", "evaluation", "--data", data.FullName, "--hub", "riverside-demo", "--from", "2024-09-01", "--to", "2025-08-31", "--out", folder);

        Assert.True(run.ExitCode == 0, run.Error);
        var html = await File.ReadAllTextAsync(Directory.GetFiles(folder, "*.html").Single());
        Assert.Contains("Evaluation: Riverside Maths Hub (demo)", html, StringComparison.Ordinal);
        Assert.Contains("Ongoing challenges", html, StringComparison.Ordinal);
        var pdf = Directory.GetFiles(folder, "*.pdf").Single();
        Assert.True(new FileInfo(pdf).Length > 1000);
    }

    [Fact]
    public async Task Evaluation_BadDate_ExitsTwo()
    {
        var run = await CliRun.RunAsync("programme", "evaluation", "--data", data.FullName, "--from", "1/9/2024", "--to", "2025-08-31", "--out", data.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }
}
