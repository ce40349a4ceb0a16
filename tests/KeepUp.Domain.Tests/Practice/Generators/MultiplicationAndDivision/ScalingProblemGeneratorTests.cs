using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class ScalingProblemGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<ScalingProblemGenerator>());

    [Fact]
    public void Generate_ClosingMistake_IsTheTwoNumbersAdded()
    {
        foreach (var (step, set) in FamilyRuns.Sets<ScalingProblemGenerator>().Where(s => s.Step.Id.Value != "y5-md-powers-of-ten-problems"))
        {
            var closing = set.Questions[^1];
            var n = FamilyRuns.NumbersIn(closing.Prompt);
            var wrong = closing.Choices.Single(c => !c.Correct);
            Assert.Equal(n[0] + n[1], FactOracle.Number(wrong.Text.Replace(" cm", string.Empty, StringComparison.Ordinal))!.Value);
        }
    }
}
