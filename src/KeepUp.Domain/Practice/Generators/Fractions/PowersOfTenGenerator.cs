using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Multiplying and dividing by 10, 100 and 1,000: every digit moves one, two or three places and
/// a zero holds any empty place (7 ÷ 10 = 0.7, 8 ÷ 100 = 0.08, 2.4 × 100 = 240). The set changes
/// the number, then the power of ten, shows the answer's place on a number line, works backwards
/// to the starting number and closes with the step's classic slip.
/// </summary>
/// <param name="multiply">True to multiply, false to divide.</param>
/// <param name="largest">The largest whole number divided (99 in Year 4, 999 in Year 6).</param>
/// <param name="powers">The powers of ten used: the first for the start, the last for the change of power.</param>
public sealed class PowersOfTenGenerator(bool multiply, int largest, params int[] powers) : QuestionGenerator
{
    private const string NumberFeature = "number";
    private const string PowerFeature = "power of ten";
    private const string UnknownFeature = "unknown";

    private static readonly string[] Headings = ["Thousandths", "Hundredths", "Tenths", "Ones", "Tens", "Hundreds", "Thousands"];

    /// <inheritdoc />
    public override string Family => multiply ? "multiply by 10, 100 and 1,000" : "divide by 10, 100 and 1,000";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (p1, p2) = (powers[0], powers[^1]);
        var (x1, x2, x3) = Search(dice, Numbers, c => c.Item1 != c.Item2 && c.Item2 != c.Item3
            && new[] { (c.Item1, p1), (c.Item2, p1), (c.Item3, p1), (c.Item2, p2) }.All(q => Result(q.Item1, q.Item2).HasDecimalPlaces(3)));
        var changesPower = p2 != p1;
        return
        [
            Calculate(x1, p1, false, Variation.Start),
            Calculate(x2, p1, false, NumberFeature),
            changesPower ? Calculate(x2, p2, false, PowerFeature) : Calculate(x3, p1, false, NumberFeature),
            changesPower ? Calculate(x2, p2, true, RepresentationFeature) : Calculate(x3, p1, true, RepresentationFeature),
            changesPower ? Missing(x2, p2) : Missing(x3, p1),
            Slip(dice),
        ];
    }

    private (Fraction, Fraction, Fraction) Numbers(Dice dice)
    {
        Fraction Digits(int low, int high) => Fraction.Whole(Search(dice, x => x.Between(low, high), c => c % 10 != 0));
        if (multiply)
        {
            return (Digits(11, 99) / Fraction.Whole(100), Digits(11, 99) / Fraction.Whole(10), Digits(101, 999) / Fraction.Whole(1000));
        }

        return largest < 100
            ? powers[0] == 10 ? (Digits(1, 9), Digits(11, 99), Digits(11, 99)) : (Digits(11, 99), Digits(1, 9), Digits(11, 99))
            : (Digits(101, largest), Digits(11, 99), Digits(1, 9));
    }

    private Fraction Result(Fraction x, int power) => multiply ? x * Fraction.Whole(power) : x / Fraction.Whole(power);

    private string Op => multiply ? PupilNumber.Times : PupilNumber.Divide;

    private static IReadOnlyDictionary<string, string> Facts(Fraction x, int power, string unknown) =>
        Features.Of((NumberFeature, x), (PowerFeature, power), (UnknownFeature, unknown));

    private static PlaceValueChartPicture Chart(Fraction value)
    {
        var columns = new List<PlaceValueColumn>();
        var highest = System.Math.Max(0, W(Floor(value)).Replace(",", string.Empty, System.StringComparison.Ordinal).Length - 1);
        for (var exponent = highest; exponent >= -3; exponent--)
        {
            var scaled = value * Fraction.Whole(1000) / Fraction.Whole(PlaceValue.Power(exponent + 3));
            columns.Add(new PlaceValueColumn(Headings[exponent + 3], (int)(Floor(scaled) % 10)));
        }

        return new PlaceValueChartPicture(columns);
    }

    private static NumberLinePicture Line(Fraction value)
    {
        var interval = value.HasDecimalPlaces(1) ? Fraction.Of(1, 10) : value.HasDecimalPlaces(2) ? Fraction.Of(1, 100) : Fraction.Of(1, 1000);
        var low = Floor(value / interval / Fraction.Whole(10)) * (interval * Fraction.Whole(10));
        return new NumberLinePicture(low, low + (interval * Fraction.Whole(10)), interval, NumberLineLabels.Ends, [], [new NumberLineMark(value, "?")]);
    }

    private string Working(Fraction x, int power)
    {
        var places = power switch { 10 => "one place", 100 => "two places", _ => "three places" };
        return $"{(multiply ? "Multiplying" : "Dividing")} by {W(power)} makes the number {W(power)} times {(multiply ? "bigger" : "smaller")}, so every digit moves {places} to the {(multiply ? "left" : "right")}: {D(x)} {Op} {W(power)} = {D(Result(x, power))}.";
    }

    private List<WrongAnswer> Mistakes(Fraction x, int power)
    {
        var wrong = new List<WrongAnswer>
        {
            new(D(multiply ? x / Fraction.Whole(power) : x * Fraction.Whole(power)), multiply ? "Divides instead of multiplying." : "Multiplies instead of dividing."),
            new(D(multiply ? x * Fraction.Whole(power * 10) : x / Fraction.Whole(power * 10)), "Moves the digits one place too many."),
        };
        if (power > 10)
        {
            wrong.Add(new(D(multiply ? x * Fraction.Whole(power / 10) : x / Fraction.Whole(power / 10)), "Moves the digits one place too few."));
        }

        if (multiply)
        {
            wrong.Add(new(D(x) + new string('0', power.ToString(System.Globalization.CultureInfo.InvariantCulture).Length - 1), "Adds zeros to the end of the decimal instead of moving the digits."));
        }

        return wrong;
    }

    private QuestionDraft Calculate(Fraction x, int power, bool line, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{D(x)} {Op} {W(power)} = {PupilNumber.Box}",
        NumberAnswer.Decimal(Result(x, power)),
        Working(x, power),
        dimension,
        Facts(x, power, "answer"),
        line ? Line(Result(x, power)) : Chart(x),
        Mistakes(x, power),
        0);

    private QuestionDraft Missing(Fraction x, int power) => Ask(
        QuestionFormat.MissingNumber,
        $"{PupilNumber.Box} {Op} {W(power)} = {D(Result(x, power))}",
        NumberAnswer.Decimal(x),
        $"Work backwards: {D(Result(x, power))} {(multiply ? PupilNumber.Divide : PupilNumber.Times)} {W(power)} = {D(x)}.",
        UnknownFeature,
        Facts(x, power, "starting number"),
        Line(Result(x, power)),
        [new(D(multiply ? Result(x, power) * Fraction.Whole(power) : Result(x, power) / Fraction.Whole(power)), "Does the same operation again instead of the inverse.")],
        0);

    private QuestionDraft Slip(Dice dice)
    {
        var name = dice.Pick(Names);
        var power = powers[^1];
        var (x, mistake, why) = (multiply, power) switch
        {
            (true, _) => Zeros(dice, power),
            (false, 10) => TensOnes(dice),
            _ => TooFew(dice, power),
        };
        return Ask(QuestionFormat.SpotTheMistake, $"{name} writes {D(x)} {Op} {W(power)} = {mistake}. What is the right answer?", NumberAnswer.Decimal(Result(x, power)),
            $"{name}'s answer is not {W(power)} times {(multiply ? "bigger" : "smaller")}. {Working(x, power)}", Variation.Deepening, Facts(x, power, "answer"), Chart(x),
            [new(mistake, why)]);
    }

    private static (Fraction, string, string) Zeros(Dice dice, int power)
    {
        var x = Fraction.Of(Search(dice, d => d.Between(11, 99), c => c % 10 != 0), 100);
        return (x, D(x) + new string('0', power.ToString(System.Globalization.CultureInfo.InvariantCulture).Length - 1), "Adds zeros to the end of the decimal instead of moving the digits.");
    }

    private static (Fraction, string, string) TensOnes(Dice dice)
    {
        var (tens, ones) = (dice.Between(1, 9), dice.Between(1, 9));
        return (Fraction.Whole((tens * 10) + ones), $"{tens}.0{ones}", "Moves the decimal point to the wrong place, putting a zero between the digits.");
    }

    private (Fraction, string, string) TooFew(Dice dice, int power)
    {
        var x = Fraction.Whole(Search(dice, d => d.Between(1, largest < 100 ? 9 : 99), c => c % 10 != 0));
        return (x, D(x / Fraction.Whole(power / 10)), "Moves the digits one place too few.");
    }
}
