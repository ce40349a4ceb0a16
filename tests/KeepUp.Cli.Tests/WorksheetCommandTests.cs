using KeepUp.Cli.Commands;

namespace KeepUp.Cli.Tests;

/// <summary>
/// <c>keepup worksheet</c>. The tests change <c>KEEPUP_CHROMIUM</c>, so they live in one class
/// (xUnit runs a class's tests one at a time) and put the variable back afterwards.
/// </summary>
public sealed class WorksheetCommandTests : IDisposable
{
    private const string Tens = "y3-as-add-subtract-tens";

    private readonly string? chromium = Environment.GetEnvironmentVariable(ChromiumLocation.Variable);
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("keepup-worksheet-");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(ChromiumLocation.Variable, chromium);
        work.Delete(recursive: true);
    }

    [Fact]
    public async Task Worksheet_ChromiumMissing_WritesSelfContainedHtmlAndSaysSo()
    {
        Environment.SetEnvironmentVariable(ChromiumLocation.Variable, Path.Combine(work.FullName, "no-chromium-here"));
        var folder = Path.Combine(work.FullName, "sheets");

        var run = await CliRun.RunAsync("worksheet", "--step", Tens, "--pupils", "3", "--seed", "5", "--out", folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("which does not exist: wrote the HTML only", run.Error, StringComparison.Ordinal);
        var html = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal($"{Tens}-seed-5-3-sheets.html", Path.GetFileName(html));
        Assert.Contains("Rendering 3 sheets… done", run.Output, StringComparison.Ordinal);
        Assert.Contains($"HTML  {html}", run.Output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(html);
        Assert.Equal(3, text.Split("<article class=\"sheet\"").Length - 1);
        Assert.Equal(3, text.Split("<section class=\"answers\"").Length - 1);
        Assert.Contains("Sheet 3 of 3 · seed 7", text, StringComparison.Ordinal);
        // Self-contained: the stylesheet is inside, nothing is fetched from a server.
        Assert.Contains("@page { size: A4;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"/", text, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Worksheet_ChromiumPresent_WritesAPdfAndTheHtmlItCameFrom()
    {
        Environment.SetEnvironmentVariable(ChromiumLocation.Variable, chromium);
        var folder = Path.Combine(work.FullName, "pdf");

        var run = await CliRun.RunAsync("worksheet", "--step", Tens, "--pupils", "2", "--out", folder);

        Assert.True(run.ExitCode == 0, run.Error);
        var pdf = Path.Combine(folder, $"{Tens}-seed-1-2-sheets.pdf");
        Assert.True(File.Exists(pdf), run.Output + run.Error);
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(pdf))[..4]);
        Assert.True(File.Exists(Path.ChangeExtension(pdf, ".html")));
        Assert.Contains("Printing PDF with Chromium… done", run.Output, StringComparison.Ordinal);
        // Each sheet fits one A4 page, then one answers page per sheet.
        Assert.Contains("(4 A4 pages,", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("y3-no-such-step", "1", "1", "There is no small step")]
    [InlineData("y3-g-turns-and-angles", "1", "1", "has no question generator yet")]
    [InlineData(Tens, "0", "1", "choose 1 to 400")]
    [InlineData(Tens, "401", "1", "choose 1 to 400")]
    [InlineData(Tens, "2", "2147483647", "choose a smaller seed")]
    public async Task Worksheet_BadRequest_ExitsTwoWritingNothing(string step, string pupils, string seed, string message)
    {
        var folder = Path.Combine(work.FullName, "never");

        var run = await CliRun.RunAsync("worksheet", "--step", step, "--pupils", pupils, "--seed", seed, "--out", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Worksheet_OutIsNotAFolder_ExitsTwoWritingNothing()
    {
        var file = Path.Combine(work.FullName, "a-file.txt");
        await File.WriteAllTextAsync(file, "not a folder");

        var intoFile = await CliRun.RunAsync("worksheet", "--step", Tens, "--out", file);
        var underFile = await CliRun.RunAsync("worksheet", "--step", Tens, "--out", Path.Combine(file, "sheets"));

        Assert.Equal(2, intoFile.ExitCode);
        Assert.Contains("it is a file, not a folder", intoFile.Error, StringComparison.Ordinal);
        Assert.Equal(2, underFile.ExitCode);
        Assert.Contains("Cannot write to", underFile.Error, StringComparison.Ordinal);
        Assert.Single(work.GetFileSystemInfos());
    }
}
