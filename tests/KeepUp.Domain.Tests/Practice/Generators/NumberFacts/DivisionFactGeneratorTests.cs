using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberFacts;

public sealed class DivisionFactGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<DivisionFactGenerator>());

    [Fact]
    public void Generate_DivisionSentences_DivideExactlyWithinTheTables()
    {
        foreach (var (step, set) in FamilyRuns.Sets<DivisionFactGenerator>())
        {
            foreach (var q in set.Questions.Where(q => q.Variation.Dimension != Variation.Deepening && q.Prompt.Contains('÷', StringComparison.Ordinal)))
            {
                var value = FactOracle.Number(q.Answer.Canonical)!.Value;
                Assert.True(value.IsWhole, $"{step.Id}: '{q.Prompt}' does not divide exactly.");
                Assert.All(FamilyRuns.NumbersIn(q.Prompt).Skip(1).Append(value), n => Assert.True(n <= Fraction.Whole(144), $"{step.Id}: '{q.Prompt}'."));
            }
        }
    }
}
