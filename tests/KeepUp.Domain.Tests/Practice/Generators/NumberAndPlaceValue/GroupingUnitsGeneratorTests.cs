using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class GroupingUnitsGeneratorTests
{
    private static decimal UnitIn(string prompt) =>
        prompt.Contains("hundred", StringComparison.Ordinal) ? 100 : prompt.Contains(" ten", StringComparison.Ordinal) ? 10 : 1;

    [Fact]
    public void Generate_ManySeeds_CountsOfUnitsAreRight()
    {
        foreach (var (step, q) in Questions<GroupingUnitsGenerator>())
        {
            var unit = UnitIn(q.Prompt);
            var numbers = Numbers(q.Prompt);
            switch (q.Format)
            {
                case QuestionFormat.NumberEntry:
                    Assert.Equal(numbers[0] / unit, Value(q.Answer));
                    break;
                case QuestionFormat.MissingNumber when q.Prompt.EndsWith(PupilNumber.Box, StringComparison.Ordinal):
                    Assert.Equal(numbers[0] * unit, Value(q.Answer));
                    break;
                case QuestionFormat.MissingNumber:
                    Assert.Equal(numbers[0] / unit, Value(q.Answer));
                    break;
                case QuestionFormat.TrueOrFalse:
                    var claimedRight = numbers[0] == numbers[1] / unit;
                    Assert.Equal(claimedRight ? "True" : "False", ((ChoiceAnswer)q.Answer).Right);
                    break;
                default:
                    Assert.Fail($"Unexpected format {q.Format}.");
                    break;
            }
        }
    }

    [Fact]
    public void Generate_ManySeeds_NumbersAreMultiplesOfTheUnitCounted()
    {
        foreach (var (step, q) in Questions<GroupingUnitsGenerator>())
        {
            var unit = UnitIn(q.Prompt);
            var whole = q.Format == QuestionFormat.MissingNumber && q.Prompt.EndsWith(PupilNumber.Box, StringComparison.Ordinal)
                ? Value(q.Answer)
                : Numbers(q.Prompt).Max();
            Assert.Equal(0, whole % unit);
        }
    }
}
