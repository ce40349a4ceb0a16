using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberFacts;

public sealed class DoublesGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<DoublesGenerator>());

    [Fact]
    public void Generate_DoublesSteps_StartWithANumberAddedToItself()
    {
        foreach (var (step, set) in FamilyRuns.Sets<DoublesGenerator>())
        {
            var numbers = FamilyRuns.NumbersIn(set.Questions[0].Prompt);
            var nearOnly = step.Id.Value == "y1-nf-near-doubles-within-10";
            Assert.True(nearOnly ? numbers[1] - numbers[0] == Fraction.Whole(1) : numbers[0] == numbers[1], $"{step.Id} seed {set.Seed}: '{set.Questions[0].Prompt}'.");
        }
    }

    [Fact]
    public void Generate_NearDoubleQuestions_AddendsDifferByOne()
    {
        foreach (var (step, set) in FamilyRuns.Sets<DoublesGenerator>())
        {
            foreach (var q in set.Questions.Where(q => q.Variation.Dimension == "near double"))
            {
                var numbers = FamilyRuns.NumbersIn(q.Prompt);
                Assert.Equal(Fraction.Whole(1), numbers[1] - numbers[0]);
            }
        }
    }
}
