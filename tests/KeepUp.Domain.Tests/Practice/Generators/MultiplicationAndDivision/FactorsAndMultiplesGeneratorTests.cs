using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class FactorsAndMultiplesGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<FactorsAndMultiplesGenerator>());

    [Fact]
    public void Generate_TestForPrimes_UsesNumbersFromElevenToAHundred()
    {
        foreach (var (_, set) in FamilyRuns.Sets<FactorsAndMultiplesGenerator>().Where(s => s.Step.Id.Value == "y5-md-test-for-primes"))
        {
            foreach (var q in set.Questions.Where(q => q.Variation.Dimension != Variation.Deepening))
            {
                var n = FamilyRuns.NumbersIn(q.Prompt)[0];
                Assert.True(n >= Fraction.Whole(11) && n <= Fraction.Whole(100), $"'{q.Prompt}'.");
            }
        }
    }

    [Fact]
    public void Generate_YearFourFactorPairs_StayWithinTheTables()
    {
        foreach (var (_, set) in FamilyRuns.Sets<FactorsAndMultiplesGenerator>().Where(s => s.Step.Id.Value == "y4-md-factor-pairs"))
        {
            Assert.All(set.Questions.Where(q => q.Format == QuestionFormat.MissingNumber), q => Assert.True(FamilyRuns.NumbersIn(q.Prompt)[1] <= Fraction.Whole(144)));
        }
    }
}
