using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class PrimesSquaresAndCubesGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<PrimesSquaresAndCubesGenerator>());

    [Fact]
    public void Generate_TestForPrimes_UsesNumbersFromElevenToAHundred()
    {
        foreach (var (_, set) in FamilyRuns.Sets<PrimesSquaresAndCubesGenerator>().Where(s => s.Step.Id.Value == "y5-md-test-for-primes"))
        {
            foreach (var q in set.Questions.Where(q => q.Variation.Dimension != Variation.Deepening))
            {
                var n = FamilyRuns.NumbersIn(q.Prompt)[0];
                Assert.True(n >= Fraction.Whole(11) && n <= Fraction.Whole(100), $"'{q.Prompt}'.");
            }
        }
    }

    [Fact]
    public void Generate_SquareNumbers_ArrayIsASquareOfTheNumber()
    {
        foreach (var (_, set) in FamilyRuns.Sets<PrimesSquaresAndCubesGenerator>().Where(s => s.Step.Id.Value == "y5-md-square-numbers"))
        {
            foreach (var q in set.Questions.Where(q => q.Picture is KeepUp.Domain.Pictures.Representations.ArrayPicture))
            {
                var array = (KeepUp.Domain.Pictures.Representations.ArrayPicture)q.Picture!;
                Assert.Equal(array.Rows, array.Columns);
                Assert.Contains(Fraction.Whole(array.Rows * array.Columns), FamilyRuns.NumbersIn(q.Prompt).Append(FactOracle.Number(q.Answer.Canonical)!.Value));
            }
        }
    }
}
