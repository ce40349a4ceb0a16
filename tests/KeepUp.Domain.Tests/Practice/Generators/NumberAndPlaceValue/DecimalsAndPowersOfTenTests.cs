using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class DecimalsAndPowersOfTenTests
{
    private static readonly Dictionary<string, decimal> Places = new(StringComparer.Ordinal) { ["tenths"] = 0.1m, ["hundredths"] = 0.01m, ["thousandths"] = 0.001m };

    private static readonly Dictionary<string, decimal> Digits = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    [Fact]
    public void DecimalPlaceValue_ManySeeds_DigitValuesAndPartitionsAreRight()
    {
        foreach (var (step, q) in Questions<DecimalPlaceValueGenerator>())
        {
            switch (q.Format)
            {
                case QuestionFormat.MatchPicture:
                    Assert.Equal(PictureValue(q.Picture), Value(q.Answer));
                    break;
                case QuestionFormat.NumberEntry:
                    // "What is the value of the digit 5 in 9.15?"
                    var number = q.Prompt.Split(' ')[^1].TrimEnd('?');
                    var digit = q.Prompt.Split(' ')[7][0];
                    var after = number.IndexOf('.', StringComparison.Ordinal);
                    var at = number.IndexOf(digit, StringComparison.Ordinal);
                    Assert.Equal((digit - '0') * (decimal)Math.Pow(10, at < after ? after - at - 1 : after - at), Value(q.Answer));
                    break;
                case QuestionFormat.MissingNumber:
                    var sides = q.Prompt.Split(" = ");
                    Assert.Equal(Num(sides[0]) - Numbers(sides[1]).Sum(), Value(q.Answer));
                    break;
                case QuestionFormat.SpotTheMistake:
                    // "Eshan wrote four hundredths as 0.4."
                    var words = q.Prompt.Split(' ');
                    Assert.Equal(Digits[words[2]] * Places[words[3]], Value(q.Answer));
                    break;
                default:
                    Assert.Fail($"Unexpected format {q.Format}.");
                    break;
            }
        }
    }

    [Fact]
    public void DecimalUnits_ManySeeds_CountsOfTenthsAndHundredthsAreRight()
    {
        foreach (var (step, q) in Questions<DecimalUnitsGenerator>())
        {
            var unit = q.Prompt.Contains("tenths", StringComparison.Ordinal) && !q.Prompt.Contains("hundredths", StringComparison.Ordinal) ? 0.1m : 0.01m;
            if (q.Format == QuestionFormat.TrueOrFalse)
            {
                Assert.Equal(q.Prompt.Contains("bigger", StringComparison.Ordinal) ? "False" : "True", q.Answer.Canonical);
                continue;
            }

            var number = Numbers(q.Prompt)[0];
            Assert.InRange(number, 0.01m, 1m);
            Assert.Equal(number / unit, Value(q.Answer));
        }
    }

    [Fact]
    public void TenTimes_ManySeeds_DigitsMoveByThePowerOfTen()
    {
        foreach (var (step, q) in Questions<TenTimesGenerator>())
        {
            var numbers = Numbers(q.Prompt);
            switch (q.Format)
            {
                case QuestionFormat.MissingNumber when q.Prompt.Contains(PupilNumber.Times, StringComparison.Ordinal):
                    Assert.Equal(numbers[0] * numbers[1], Value(q.Answer));
                    break;
                case QuestionFormat.MissingNumber:
                    Assert.Equal(numbers[0] / numbers[1], Value(q.Answer));
                    break;
                case QuestionFormat.NumberEntry:
                    Assert.Equal(numbers[0] / 1000, Value(q.Answer));
                    break;
                default:
                    Assert.Equal(QuestionFormat.AlwaysSometimesNever, q.Format);
                    break;
            }
        }
    }
}
