using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberFacts;

public sealed class BridgingTenGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<BridgingTenGenerator>());

    [Fact]
    public void Generate_BridgingSteps_FirstFactCrossesTen()
    {
        foreach (var (step, set) in FamilyRuns.Sets<BridgingTenGenerator>())
        {
            var n = FamilyRuns.NumbersIn(set.Questions[0].Prompt);
            var crosses = set.Questions[0].Prompt.Contains('+', StringComparison.Ordinal)
                ? n[0] < Fraction.Whole(10) && n[1] < Fraction.Whole(10) && n[0] + n[1] > Fraction.Whole(10)
                : n[0] > Fraction.Whole(10) && n[0] - n[1] < Fraction.Whole(10);
            Assert.True(crosses, $"{step.Id} seed {set.Seed}: '{set.Questions[0].Prompt}' does not cross 10.");
        }
    }
}
