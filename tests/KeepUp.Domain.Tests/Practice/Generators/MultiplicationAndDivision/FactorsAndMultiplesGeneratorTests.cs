using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class FactorsAndMultiplesGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<FactorsAndMultiplesGenerator>());

    [Fact]
    public void Generate_YearFourFactorPairs_StayWithinTheTables()
    {
        foreach (var (_, set) in FamilyRuns.Sets<FactorsAndMultiplesGenerator>().Where(s => s.Step.Id.Value == "y4-md-factor-pairs"))
        {
            Assert.All(set.Questions.Where(q => q.Format == QuestionFormat.MissingNumber), q => Assert.True(FamilyRuns.NumbersIn(q.Prompt)[1] <= Fraction.Whole(144)));
        }
    }
}
