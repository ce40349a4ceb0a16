using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Tests.Curriculum;

public sealed class StepSearchTests
{
    private static readonly CurriculumMap Map = CurriculumValidator.Validate(CurriculumBuilder.EveryYear()
        .WithBlock(3, 2).WithStep("y3-npv-column-addition", s => s with { Title = "Column addition with an exchange", KeyLearningPoints = ["Ten ones are exchanged for one ten."] })
        .WithStep("y3-npv-column-subtraction", s => s with { Title = "Column subtraction", KeyLearningPoints = ["Exchange one ten for ten ones."], NationalCurriculum = ["NC-Y3-NPV-2"] })
        .ServingEverything().Build()).Curriculum!;

    [Theory]
    [InlineData("3NPV-2")]
    [InlineData("3npv-2")]
    [InlineData("3NPV–2")]
    [InlineData(" 3NPV - 2 ")]
    public void Find_ReadyToProgressCode_ReturnsServingSteps(string query)
    {
        Assert.Equal(["y3-npv-first"], StepSearch.Find(Map, query).Select(s => s.Id.Value));
    }

    [Fact]
    public void Find_NationalCurriculumId_ReturnsEveryServingStepInOrder()
    {
        Assert.Equal(["y3-npv-first", "y3-npv-column-subtraction"], StepSearch.Find(Map, "nc-y3-npv-2").Select(s => s.Id.Value));
    }

    [Fact]
    public void Find_StepId_ReturnsThatStep()
    {
        Assert.Equal(["y3-npv-column-addition"], StepSearch.Find(Map, "Y3-NPV-COLUMN-ADDITION").Select(s => s.Id.Value));
    }

    [Fact]
    public void Find_Words_NeedsEveryWordAndRanksTitleMatchesFirst()
    {
        Assert.Equal(["y3-npv-column-addition", "y3-npv-column-subtraction"], StepSearch.Find(Map, "column exchange").Select(s => s.Id.Value));
        Assert.Equal(["y3-npv-column-subtraction", "y3-npv-column-addition"], StepSearch.Find(Map, "subtraction").Concat(StepSearch.Find(Map, "addition")).Select(s => s.Id.Value));
        Assert.Empty(StepSearch.Find(Map, "column giraffe"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Find_Nothing_ReturnsNothing(string? query) => Assert.Empty(StepSearch.Find(Map, query));
}
