using System.Text.Json;

namespace KeepUp.Cli.Tests;

public sealed class CurriculumCommandTests
{
    [Fact]
    public async Task Validate_ShippedCurriculum_ExitsZeroWithASummary()
    {
        var run = await CliRun.RunAsync("curriculum", "validate");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"is valid: \d+ small steps \(\d+ in the number strands\) in \d+ blocks, serving all 79 ready-to-progress criteria and all 227 National Curriculum statements\.", run.Output);
    }

    [Fact]
    public async Task Validate_BrokenFolder_ExitsOneWithAProblemPerLine()
    {
        var folder = Directory.CreateTempSubdirectory("keepup-cli-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "ready-to-progress.yaml"), "criteria: []\n");
            File.WriteAllText(Path.Combine(folder.FullName, "national-curriculum.yaml"), "statements: []\n");
            Directory.CreateDirectory(Path.Combine(folder.FullName, "y1"));
            File.WriteAllText(Path.Combine(folder.FullName, "y1", "npv.yaml"), """
                year: 1
                strand: NPV
                blocks:
                  - order: 1
                    term: Autumn
                    title: Counting
                    steps:
                      - id: y1-npv-count
                        title: Count to 10
                        prerequisites: [y1-npv-missing]
                        keyLearningPoints: [Each object is counted once.]
                        stemSentences: ["There are ___."]
                        representations: [ten-frame, abacus]
                """);

            var run = await CliRun.RunAsync("curriculum", "validate", folder.FullName);

            Assert.Equal(1, run.ExitCode);
            var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Contains("y1/npv.yaml: y1-npv-count: Representation 'abacus' is not in the vocabulary (see content/curriculum/README.md).", lines);
            Assert.Contains("ready-to-progress.yaml: Year 1 should have 8 ready-to-progress criteria but has 0.", lines);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task List_YearJson_PrintsTheYearsStepsWithEveryProperty()
    {
        var run = await CliRun.RunAsync("curriculum", "list", "--year", "4", "--json");

        Assert.Equal(0, run.ExitCode);
        var steps = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.True(steps.Count > 50);
        Assert.All(steps, s => Assert.Equal(4, s.GetProperty("year").GetInt32()));
        Assert.Equal(["id", "year", "strand", "title", "readyToProgress", "nationalCurriculum", "prerequisites", "keyLearningPoints", "stemSentences", "representations", "misconceptions", "sequence"],
            steps[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("Autumn", steps[0].GetProperty("sequence").GetProperty("term").GetString());
    }

    [Fact]
    public async Task List_WithoutJson_GroupsStepsUnderBlocks()
    {
        var run = await CliRun.RunAsync("curriculum", "list", "--year", "3");

        Assert.StartsWith("Year 3 · Autumn · Block 1: Place value within 1,000", run.Output, StringComparison.Ordinal);
        Assert.Contains("y3-npv-ten-tens-make-a-hundred", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownYear_ExitsTwo()
    {
        var run = await CliRun.RunAsync("curriculum", "list", "--year", "9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Year 9 is not a primary year group", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Step_PrintsWhatATeacherNeeds()
    {
        var run = await CliRun.RunAsync("curriculum", "show", "y3-npv-ten-tens-make-a-hundred");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Ten tens make one hundred  (y3-npv-ten-tens-make-a-hundred)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Stem sentences:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Leads to:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_IsOneStep()
    {
        var run = await CliRun.RunAsync("curriculum", "show", "y3-npv-ten-tens-make-a-hundred", "--json");

        Assert.Equal("y3-npv-ten-tens-make-a-hundred", JsonDocument.Parse(run.Output).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Show_UnknownStep_ExitsTwoWithAHelpfulMessage()
    {
        var run = await CliRun.RunAsync("curriculum", "show", "y3-nothing");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("There is no small step 'y3-nothing'", run.Error, StringComparison.Ordinal);
    }
}
