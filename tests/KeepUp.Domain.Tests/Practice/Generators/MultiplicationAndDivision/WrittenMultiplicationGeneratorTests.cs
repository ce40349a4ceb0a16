using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class WrittenMultiplicationGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<WrittenMultiplicationGenerator>());

    [Fact]
    public void Generate_NoExchangeStep_NeverNeedsAnExchange() => AssertExchange("y3-md-multiply-2-digit-no-exchange", false);

    [Fact]
    public void Generate_WithExchangeStep_AlwaysNeedsAnExchange() => AssertExchange("y3-md-multiply-2-digit-with-exchange", true);

    private static void AssertExchange(string stepId, bool exchange)
    {
        foreach (var (_, set) in FamilyRuns.Sets<WrittenMultiplicationGenerator>().Where(s => s.Step.Id.Value == stepId))
        {
            foreach (var q in set.Questions.Where(q => q.Variation.Dimension != Variation.Deepening))
            {
                var n = FamilyRuns.NumbersIn(q.Prompt).Select(f => (int)f.Numerator).ToList();
                var (number, by) = n[0] > 9 ? (n[0], n[1]) : (n[1], n[0]);
                Assert.Equal(exchange, number % 10 * by >= 10);
                Assert.True(number * by < 100, $"'{q.Prompt}' goes past 100.");
            }
        }
    }
}
