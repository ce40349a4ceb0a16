using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class PlaceValuePartsGeneratorTests
{
    /// <summary>The value of the only digit <paramref name="digit"/> in a number, from where it is written.</summary>
    private static decimal ValueOfDigit(string number, char digit)
    {
        var digits = number.Replace(",", string.Empty, StringComparison.Ordinal);
        Assert.Single(digits, c => c == digit);
        var fromRight = digits.Length - 1 - digits.IndexOf(digit, StringComparison.Ordinal);
        return (digit - '0') * (decimal)Math.Pow(10, fromRight);
    }

    [Fact]
    public void Generate_ManySeeds_DigitValuesAndPartitionsAreRight()
    {
        foreach (var (step, q) in Questions<PlaceValuePartsGenerator>())
        {
            switch (q.Format)
            {
                case QuestionFormat.MatchPicture:
                    Assert.Equal(PictureValue(q.Picture), Value(q.Answer));
                    break;
                case QuestionFormat.NumberEntry:
                case QuestionFormat.SpotTheMistake:
                    // "What is the value of the digit 4 in 3,481?" / "Amir says the 4 in 3,481 is worth 4."
                    var words = q.Prompt.Split(' ');
                    var number = words[Array.IndexOf(words, "in") + 1].TrimEnd('?', '.');
                    var digit = q.Format == QuestionFormat.NumberEntry ? words[Array.IndexOf(words, "digit") + 1][0] : words[Array.IndexOf(words, "the") + 1][0];
                    Assert.Equal(ValueOfDigit(number, digit), Value(q.Answer));
                    break;
                case QuestionFormat.MissingNumber:
                    var sides = q.Prompt.Split(" = ");
                    var known = Numbers(sides[1]).Sum();
                    Assert.Equal(Num(sides[0]) - known, Value(q.Answer));
                    break;
                default:
                    Assert.Fail($"Unexpected format {q.Format}.");
                    break;
            }
        }
    }

    [Fact]
    public void Generate_ManySeeds_PartitionsAreByPlaceValueWithNoZeroParts()
    {
        foreach (var (step, q) in Questions<PlaceValuePartsGenerator>().Where(x => x.Question.Format == QuestionFormat.MissingNumber))
        {
            var parts = Numbers(q.Prompt.Split(" = ")[1]).Append(Value(q.Answer)).ToList();
            // Each part is one non-zero digit followed by zeros.
            Assert.All(parts, p => Assert.Matches("^[1-9]0*$", p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(parts.Count, parts.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture).Length).Distinct().Count());
        }
    }
}
