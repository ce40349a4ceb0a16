using System.Text.Json;
using KeepUp.Cli.Commands;

namespace KeepUp.Cli.Tests;

public sealed class MtcCommandTests
{
    [Fact]
    public async Task Form_Json_PrintsTheSeedPracticeAndTwentyFiveQuestions()
    {
        var run = await CliRun.RunAsync("mtc", "form", "--seed", "42", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("""{"seed":42,"practice":[{"a":1,"b":12},{"a":2,"b":2},{"a":10,"b":10}],"questions":[{"a":""", run.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["seed", "practice", "questions"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var questions = json.RootElement.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(25, questions.Count);
        Assert.All(questions, q =>
        {
            Assert.Equal(["a", "b"], q.EnumerateObject().Select(p => p.Name));
            Assert.InRange(q.GetProperty("a").GetInt32(), 2, 12);
            Assert.InRange(q.GetProperty("b").GetInt32(), 2, 12);
        });
    }

    [Fact]
    public async Task Form_SameSeed_PrintsTheSameForm()
    {
        var once = await CliRun.RunAsync("mtc", "form", "--seed", "7", "--json");
        var again = await CliRun.RunAsync("mtc", "form", "--seed", "7", "--json");
        var other = await CliRun.RunAsync("mtc", "form", "--seed", "8", "--json");

        Assert.Equal(once.Output, again.Output);
        Assert.NotEqual(once.Output, other.Output);
    }

    [Fact]
    public async Task Form_Text_ListsPracticeThenNumberedQuestions()
    {
        var run = await CliRun.RunAsync("mtc", "form", "--seed", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Practice (not scored): 1 × 12, 2 × 2, 10 × 10", run.Output, StringComparison.Ordinal);
        Assert.Contains("25. ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-4")]
    [InlineData("abc")]
    [InlineData("2147483648")]
    [InlineData("1.5")]
    public async Task Form_BadSeed_ExplainsAndExits2(string seed)
    {
        var run = await CliRun.RunAsync("mtc", "form", "--seed", seed, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--seed must be a whole number", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Form_NoSeed_Exits2()
    {
        var run = await CliRun.RunAsync("mtc", "form", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--seed N", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forms_Json_PrintsOneFormPerLineMatchingForm()
    {
        var run = await CliRun.RunAsync("mtc", "forms", "--seeds", "5..9", "--json");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal([5, 6, 7, 8, 9], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("seed").GetInt32()));
        var single = await CliRun.RunAsync("mtc", "form", "--seed", "7", "--json");
        Assert.Equal(single.Output.TrimEnd(), lines[2]);
    }

    [Fact]
    public async Task Forms_OneSeedRange_PrintsOneForm()
    {
        var run = await CliRun.RunAsync("mtc", "forms", "--seeds", "0..0");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("0: ", run.Output, StringComparison.Ordinal);
        Assert.Equal(25, run.Output.Split(',').Length);
    }

    [Theory]
    [InlineData("9..5")]
    [InlineData("5")]
    [InlineData("a..b")]
    [InlineData("-3..4")]
    [InlineData("1...4")]
    [InlineData("0..100000")]
    public async Task Forms_BadRange_ExplainsAndExits2(string seeds)
    {
        var run = await CliRun.RunAsync("mtc", "forms", "--seeds", seeds, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--seeds must be a range A..B", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Forms_NoRange_Exits2()
    {
        var run = await CliRun.RunAsync("mtc", "forms");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--seeds A..B", run.Error, StringComparison.Ordinal);
        Assert.Equal(100_000, MtcCommand.MaxForms);
    }
}
