using System.Text.Json;

namespace KeepUp.Cli.Tests;

public sealed class PracticeCommandTests
{
    private const string Step = "y3-as-add-subtract-ones";

    [Fact]
    public async Task Generate_Json_PrintsTheVariationSetAsAnArray()
    {
        var run = await CliRun.RunAsync("practice", "generate", "--step", Step, "--seed", "42", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var questions = json.RootElement.EnumerateArray().ToList();
        Assert.InRange(questions.Count, 5, 10);
        Assert.All(questions, q =>
        {
            Assert.Equal(Step, q.GetProperty("stepId").GetString());
            Assert.Equal(42, q.GetProperty("seed").GetInt32());
            Assert.True(q.TryGetProperty("picture", out _));
            Assert.True(q.GetProperty("variation").TryGetProperty("dimension", out _));
        });
        Assert.Equal(Enumerable.Range(1, questions.Count), questions.Select(q => q.GetProperty("index").GetInt32()));
        Assert.Equal("deepening", questions[^1].GetProperty("variation").GetProperty("dimension").GetString());
    }

    [Fact]
    public async Task Generate_SameSeed_PrintsTheSameQuestions()
    {
        var once = await CliRun.RunAsync("practice", "generate", "--step", Step, "--seed", "5", "--json");
        var again = await CliRun.RunAsync("practice", "generate", "--step", Step, "--seed", "5", "--json");

        Assert.Equal(once.Output, again.Output);
    }

    [Theory]
    [InlineData("y3-no-such-step", "3", "no small step")]
    [InlineData(Step, "-4", "out of range")]
    [InlineData("y3-g-turns-and-angles", "3", "no question generator yet")]
    public async Task Generate_BadInput_ExplainsAndExits2(string step, string seed, string message)
    {
        var run = await CliRun.RunAsync("practice", "generate", "--step", step, "--seed", seed, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Check_Stdin_WritesOneVerdictPerLine()
    {
        var generated = await CliRun.RunAsync("practice", "generate", "--step", Step, "--seed", "8", "--json");
        using var json = JsonDocument.Parse(generated.Output);
        var answer = json.RootElement[0].GetProperty("answer").GetString();
        var input = string.Join('\n',
            $$"""{"stepId":"{{Step}}","seed":8,"index":1,"answer":"{{answer}}"}""",
            $$"""{"stepId":"{{Step}}","seed":8,"index":1,"answer":"0"}""",
            $$"""{"stepId":"{{Step}}","seed":8,"index":1,"answer":"lots"}""");

        var run = await CliRun.RunWithStdinAsync(input, "practice", "check", "--stdin", "--json");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].GetProperty("correct").GetBoolean());
        Assert.False(lines[1].GetProperty("correct").GetBoolean());
        Assert.True(lines[1].GetProperty("wellFormed").GetBoolean());
        Assert.False(lines[2].GetProperty("wellFormed").GetBoolean());
        Assert.All(lines, l => Assert.False(string.IsNullOrEmpty(l.GetProperty("feedback").GetString())));
    }

    [Fact]
    public async Task Check_BadLines_AreReportedAndTheRestStillChecked()
    {
        var input = string.Join('\n',
            "this is not json",
            $$"""{"stepId":"{{Step}}","seed":8,"index":99,"answer":"1"}""",
            $$"""{"stepId":"{{Step}}","seed":8,"index":1,"answer":"{{new string('1', 101)}}"}""",
            $$"""{"stepId":"{{Step}}","seed":8,"index":2,"answer":"1"}""");

        var run = await CliRun.RunWithStdinAsync(input, "practice", "check", "--stdin", "--json");

        Assert.Equal(2, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("not-json", lines[0].GetProperty("error").GetString());
        Assert.Equal("no-such-question", lines[1].GetProperty("error").GetString());
        Assert.Equal("answer-too-long", lines[2].GetProperty("error").GetString());
        Assert.True(lines[3].TryGetProperty("correct", out _));
    }

    [Fact]
    public async Task Check_WithoutStdin_SaysHowToUseIt()
    {
        var run = await CliRun.RunWithStdinAsync(string.Empty, "practice", "check", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--stdin", run.Error, StringComparison.Ordinal);
    }
}
