using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class DivisionStoryGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<DivisionStoryGenerator>());

    [Fact]
    public void Generate_YearOneStories_StayWithinSixty()
    {
        foreach (var (step, set) in FamilyRuns.Sets<DivisionStoryGenerator>().Where(s => s.Step.Year == 1))
        {
            Assert.All(set.Questions.SelectMany(q => FamilyRuns.NumbersIn(q.Prompt)), n => Assert.True(n <= Fraction.Whole(60), $"{step.Id} seed {set.Seed}: {n}."));
        }
    }

    [Fact]
    public void Generate_SharingSteps_StartByFindingTheAmountInEachGroup()
    {
        foreach (var (step, set) in FamilyRuns.Sets<DivisionStoryGenerator>().Where(s => s.Step.Title.Contains("shar", StringComparison.OrdinalIgnoreCase) && !s.Step.Title.Contains("or", StringComparison.Ordinal)))
        {
            Assert.Contains("shared equally", set.Questions[0].Prompt, StringComparison.Ordinal);
        }
    }
}
