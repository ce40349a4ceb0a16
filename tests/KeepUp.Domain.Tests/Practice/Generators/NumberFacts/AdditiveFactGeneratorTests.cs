using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberFacts;

public sealed class AdditiveFactGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<AdditiveFactGenerator>());

    [Fact]
    public void Generate_EveryStep_NumbersStayWithinTheYearsRange()
    {
        foreach (var (step, set) in FamilyRuns.Sets<AdditiveFactGenerator>())
        {
            var limit = step.Year == 1 || step.Title.Contains("within 10", StringComparison.Ordinal) ? 10 : 20;
            foreach (var q in set.Questions.Where(q => q.Variation.Dimension != Variation.Deepening))
            {
                Assert.All(FamilyRuns.NumbersIn(q.Prompt), n => Assert.True(n <= Fraction.Whole(limit), $"{step.Id} seed {set.Seed}: '{q.Prompt}' goes past {limit}."));
            }
        }
    }

    [Fact]
    public void Generate_BondsToTwenty_SecondQuestionAddsTenToOneNumberOnly()
    {
        foreach (var (_, set) in FamilyRuns.Sets<AdditiveFactGenerator>().Where(s => s.Step.Id.Value == "y2-nf-bonds-to-twenty"))
        {
            var (first, second) = (FamilyRuns.NumbersIn(set.Questions[0].Prompt), FamilyRuns.NumbersIn(set.Questions[1].Prompt));
            Assert.Equal(first[0] + Fraction.Whole(10), second[0]);
            Assert.Equal(first[1], second[1]);
        }
    }
}
