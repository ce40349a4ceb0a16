using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberFacts;

public sealed class CountingGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<CountingGenerator>());

    [Fact]
    public void Generate_CountInStepsSets_CountInTheStepsStep()
    {
        foreach (var (step, set) in FamilyRuns.Sets<CountingGenerator>().Where(s => s.Step.Id.Value.StartsWith("y1-nf-count-in-", StringComparison.Ordinal)))
        {
            var size = Fraction.Whole(int.Parse(step.Id.Value["y1-nf-count-in-".Length..^1], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var q in set.Questions.Where(q => q.Variation.Dimension != Variation.Deepening && q.Format != QuestionFormat.Order))
            {
                var n = FamilyRuns.NumbersIn(q.Prompt);
                Assert.True(n[1] - n[0] == size || n[0] - n[1] == size, $"{step.Id}: '{q.Prompt}' does not count in {size}s.");
            }
        }
    }
}
