using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class RomanNumeralsGeneratorTests
{
    private static readonly Dictionary<char, int> Symbols = new() { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100, ['D'] = 500, ['M'] = 1000 };

    /// <summary>An independent reader: a symbol smaller than the one after it is subtracted.</summary>
    private static int Read(string roman)
    {
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var value = Symbols[roman[i]];
            total += i + 1 < roman.Length && Symbols[roman[i + 1]] > value ? -value : value;
        }

        return total;
    }

    private static bool IsStandard(string roman) =>
        !new[] { "IIII", "XXXX", "CCCC", "VV", "LL", "DD", "IL", "IC", "ID", "IM", "XD", "XM", "VX", "VL", "VC", "LC", "DM" }.Any(bad => roman.Contains(bad, StringComparison.Ordinal));

    [Fact]
    public void Generate_ManySeeds_NumeralsAndNumbersMatch()
    {
        foreach (var (step, q) in Questions<RomanNumeralsGenerator>())
        {
            if (q.Format == QuestionFormat.NumberEntry)
            {
                var roman = q.Prompt["What number is ".Length..^1];
                Assert.Equal(Read(roman), Value(q.Answer));
                continue;
            }

            var number = q.Picture is null ? Numbers(q.Prompt)[0] : PictureValue(q.Picture)!.Value;
            var right = ((ChoiceAnswer)q.Answer).Right;
            Assert.Equal(number, Read(right));
            Assert.True(IsStandard(right), right);
            Assert.All(q.Choices.Where(c => !c.Correct), c => Assert.False(IsStandard(c.Text) && Read(c.Text) == number, c.Text));
        }
    }

    [Fact]
    public void Generate_ManySeeds_NumbersStayWithinTheStepsLimit()
    {
        foreach (var (step, q) in Questions<RomanNumeralsGenerator>())
        {
            var limit = step.Year == 4 ? 100 : 1000;
            var value = q.Answer is NumberAnswer ? Value(q.Answer) : Read(((ChoiceAnswer)q.Answer).Right);
            Assert.InRange(value, 1, limit);
        }
    }
}
