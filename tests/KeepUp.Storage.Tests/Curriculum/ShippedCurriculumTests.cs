using KeepUp.Domain.Curriculum;
using KeepUp.Storage.Curriculum;

namespace KeepUp.Storage.Tests.Curriculum;

/// <summary>What the issue asks of the curriculum KeepUp ships, checked on the real files.</summary>
public sealed class ShippedCurriculumTests
{
    private static readonly CurriculumMap Map = CurriculumFolder.Load(CurriculumFolder.Default).Curriculum
        ?? throw new InvalidOperationException("The shipped curriculum is invalid: run keepup curriculum validate.");

    [Fact]
    public void Coverage_EveryCriterionAndStatementIsServed()
    {
        Assert.Equal(79, Map.Criteria.Count);
        Assert.Equal(227, Map.Statements.Count);
        Assert.All(Map.Criteria, c => Assert.NotEmpty(Map.Serving(c.Code)));
        Assert.All(Map.Statements, s => Assert.NotEmpty(Map.Serving(s.Id)));
    }

    [Fact]
    public void NumberStrands_HaveAtLeast250SmallSteps()
    {
        Assert.True(Map.Steps.Count(s => s.Strand.IsNumber()) >= 250);
        for (var year = 1; year <= 6; year++)
        {
            Assert.True(Map.StepsOf(year).Count(s => s.Strand.IsNumber()) >= 30, $"Year {year} has too few number steps.");
        }
    }

    [Fact]
    public void NumberBlocks_AreTypically8To20Steps()
    {
        var sizes = Map.Blocks.Where(b => b.Strand.IsNumber()).Select(b => Map.StepsIn(b).Count()).Order().ToList();

        Assert.True(sizes[sizes.Count / 2] >= 8, $"Median number block has {sizes[sizes.Count / 2]} steps.");
        Assert.True(sizes[^1] <= 20, $"A number block has {sizes[^1]} steps; split it.");
    }

    [Fact]
    public void EveryStep_HasRepresentationsAndMisconceptions()
    {
        Assert.All(Map.Steps, s => Assert.True(s.Representations.Count > 0 && s.Misconceptions.Count > 0, s.Id.Value));
    }

    [Fact]
    public void OtherStrands_HaveAStepPerStatement()
    {
        var statements = Map.Statements.Where(s => s.Domain is "M" or "GPS" or "GPD" or "S" or "RP" or "ALG");

        Assert.All(statements, s => Assert.Contains(Map.Serving(s.Id), step => !step.Strand.IsNumber()));
    }

    [Fact]
    public void EveryBlockAfterYear1_BuildsOnEarlierWork()
    {
        // Coherence: apart from Year 1's starting points, each block's first step builds on something.
        var orphans = Map.Blocks.Where(b => b.Year > 1).Select(b => Map.StepsIn(b).First()).Where(s => s.Prerequisites.Count == 0).Select(s => s.Id.Value).ToList();

        Assert.True(orphans.Count == 0, "Blocks with no prerequisite: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Text_UsesBritishSpellingAndSymbols()
    {
        string[] american = ["color", "center", "meter", "meters", "liter", "liters", "favorite", "math", "centimeter", "centimeters"];
        var words = Map.Steps.SelectMany(s => s.KeyLearningPoints.Concat(s.StemSentences).Concat(s.Misconceptions).Append(s.Title))
            .SelectMany(t => t.ToLowerInvariant().Split([' ', ',', '.', '(', ')', '"', ':', ';', '?', '!'], StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(american, word => Assert.DoesNotContain(word, words));
    }
}
