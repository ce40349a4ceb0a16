using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class WrittenDivisionGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<WrittenDivisionGenerator>());

    [Fact]
    public void Generate_NoExchangeStep_TensAndOnesEachDivideExactly()
    {
        foreach (var (_, set) in FamilyRuns.Sets<WrittenDivisionGenerator>().Where(s => s.Step.Id.Value == "y3-md-divide-2-digit-no-exchange"))
        {
            var n = FamilyRuns.NumbersIn(set.Questions[0].Prompt).Select(f => (int)f.Numerator).ToList();
            Assert.True(n[0] / 10 % n[1] == 0 && n[0] % 10 % n[1] == 0, $"'{set.Questions[0].Prompt}'.");
        }
    }

    [Fact]
    public void Generate_FlexibleSteps_TensDoNotShareEqually()
    {
        foreach (var (step, set) in FamilyRuns.Sets<WrittenDivisionGenerator>().Where(s => s.Step.Id.Value.Contains("partitioning", StringComparison.Ordinal)))
        {
            var n = FamilyRuns.NumbersIn(set.Questions[0].Prompt).Select(f => (int)f.Numerator).ToList();
            Assert.True(n[0] / 10 % n[1] != 0, $"{step.Id}: '{set.Questions[0].Prompt}' shares its tens exactly.");
        }
    }
}
