using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberFacts;

public sealed class ScaledFactGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<ScaledFactGenerator>());

    [Fact]
    public void Generate_UnitQuestion_IsTheKnownFactInTheNewUnit()
    {
        var units = new[] { Fraction.Whole(10), Fraction.Whole(100), Fraction.Of(1, 10), Fraction.Of(1, 100) };
        foreach (var (step, set) in FamilyRuns.Sets<ScaledFactGenerator>())
        {
            var (fact, scaled) = (FamilyRuns.NumbersIn(set.Questions[0].Prompt), FamilyRuns.NumbersIn(set.Questions[1].Prompt));
            var ratios = fact.Zip(scaled).Select(p => p.Second / p.First).Distinct().ToList();
            Assert.True(ratios.All(r => r == Fraction.Whole(1) || units.Contains(r)), $"{step.Id} seed {set.Seed}: '{set.Questions[0].Prompt}' then '{set.Questions[1].Prompt}'.");
            Assert.Contains(ratios, units.Contains);
        }
    }
}
