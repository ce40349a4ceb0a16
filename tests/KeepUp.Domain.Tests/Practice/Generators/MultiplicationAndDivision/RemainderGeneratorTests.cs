using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class RemainderGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<RemainderGenerator>());

    [Fact]
    public void Generate_EveryQuestion_LeavesARemainder()
    {
        foreach (var (step, set) in FamilyRuns.Sets<RemainderGenerator>())
        {
            foreach (var q in set.Questions.Where(q => q.Variation.Dimension != Variation.Deepening))
            {
                var n = FamilyRuns.NumbersIn(q.Prompt).Where(f => f != Fraction.Zero).ToList();
                var (dividend, divisor) = q.Prompt.StartsWith(PupilNumber.Box, StringComparison.Ordinal) ? (FactOracle.Number(q.Answer.Canonical)!.Value, n[0]) : (n[0], n[1]);
                Assert.False((dividend / divisor).IsWhole, $"{step.Id}: '{q.Prompt}' divides exactly, so the remainder teaches nothing.");
            }
        }
    }
}
