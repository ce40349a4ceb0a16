using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>What a decimal calculation set practises.</summary>
public enum DecimalCalculation
{
    /// <summary>A decimal times a whole number, from a known fact: 0.3 × 4 = 1.2.</summary>
    Multiply,

    /// <summary>A decimal divided by a whole number, sharing ones and tenths: 8.4 ÷ 4 = 2.1.</summary>
    Divide,

    /// <summary>A whole number divided with the remainder exchanged into tenths and hundredths: 17 ÷ 4 = 4.25.</summary>
    DivideToDecimals,
}

/// <summary>
/// Calculating with decimals and whole numbers by place value. The set changes the whole
/// number, then the decimal (or the divisor), shows the place-value counters, finds a missing
/// number and ends by correcting the step's classic slip.
/// </summary>
/// <param name="calculation">Multiply, divide, or divide to two decimal places.</param>
public sealed class DecimalCalculationGenerator(DecimalCalculation calculation) : QuestionGenerator
{
    private const string FirstFeature = "first number";
    private const string SecondFeature = "second number";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => "calculate with decimals";

    private string Op => calculation == DecimalCalculation.Multiply ? PupilNumber.Times : PupilNumber.Divide;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (a1, b1, a2, b2) = Search(dice, Draw, Fits);
        return
        [
            Calculate(a1, b1, true, Variation.Start),
            Calculate(a1, b2, true, SecondFeature),
            Calculate(a2, b2, true, FirstFeature),
            Calculate(a2, b2, false, RepresentationFeature),
            Missing(a2, b2),
            Slip(dice),
        ];
    }

    private (Fraction, long, Fraction, long) Draw(Dice dice) => calculation switch
    {
        DecimalCalculation.Multiply => (Fraction.Of(dice.Between(2, 9), 10), dice.Between(2, 9), Fraction.Of(dice.Between(2, 9), 100), dice.Between(2, 9)),
        DecimalCalculation.Divide => (Tenths(dice), dice.Between(2, 6), Tenths(dice), dice.Between(2, 6)),
        _ => (Fraction.Whole(dice.Between(11, 49)), dice.Pick(Divisors), Fraction.Whole(dice.Between(11, 49)), dice.Pick(Divisors)),
    };

    private static readonly int[] Divisors = [2, 4, 5, 8];

    private static Fraction Tenths(Dice dice) => Fraction.Of(Search(dice, d => d.Between(21, 99), k => k % 10 != 0), 10);

    private static long Unit(Fraction a) => a.HasDecimalPlaces(1) ? 10 : 100;

    private bool Fits((Fraction A1, long B1, Fraction A2, long B2) c)
    {
        if (c.B1 == c.B2 || c.A1 == c.A2)
        {
            return false;
        }

        var pairs = new[] { (c.A1, c.B1), (c.A1, c.B2), (c.A2, c.B2) };
        return calculation switch
        {
            DecimalCalculation.Multiply => c.A1.Numerator * c.B2 > 10 && c.A1.Numerator * c.B2 % 10 != 0,
            DecimalCalculation.Divide => pairs.All(p => (p.Item1 / Fraction.Whole(p.Item2)).HasDecimalPlaces(1))
                && Floor(c.A1) % c.B1 == 0 && Floor(c.A2) % c.B2 != 0,
            _ => pairs.All(p => !(p.Item1 / Fraction.Whole(p.Item2)).IsWhole && (p.Item1 / Fraction.Whole(p.Item2)).HasDecimalPlaces(2)),
        };
    }

    private static IReadOnlyDictionary<string, string> Facts(Fraction a, long b, string unknown) =>
        Features.Of((FirstFeature, a), (SecondFeature, b), (UnknownFeature, unknown));

    private Fraction Result(Fraction a, long b) => calculation == DecimalCalculation.Multiply ? a * Fraction.Whole(b) : a / Fraction.Whole(b);

    private static PlaceValueChartPicture Counters(Fraction a) => new(
    [
        new PlaceValueColumn("Tens", (int)(Floor(a) / 10 % 10)),
        new PlaceValueColumn("Ones", (int)(Floor(a) % 10)),
        new PlaceValueColumn("Tenths", (int)(Floor(a * Fraction.Whole(10)) % 10)),
        new PlaceValueColumn("Hundredths", (int)(Floor(a * Fraction.Whole(100)) % 10)),
    ]);

    private string Working(Fraction a, long b)
    {
        var r = Result(a, b);
        switch (calculation)
        {
            case DecimalCalculation.Multiply:
                var unit = Unit(a);
                var parts = (a * Fraction.Whole(unit)).Numerator;
                return $"{parts} {Parts(unit)} {PupilNumber.Times} {b} = {parts * b} {Parts(unit)}, which is {D(r)}. ({parts} {PupilNumber.Times} {b} = {parts * b}, then make it {(unit == 10 ? "ten" : "a hundred")} times smaller.)";
            case DecimalCalculation.Divide:
                var ones = Floor(a);
                var left = ones % b;
                return left == 0
                    ? $"Share the ones and the tenths: {ones} ones {PupilNumber.Divide} {b} = {ones / b} ones and {Floor(a * Fraction.Whole(10)) % 10} tenths {PupilNumber.Divide} {b} = {Floor(a * Fraction.Whole(10)) % 10 / b} tenths, so {D(r)}."
                    : $"{ones} ones shared between {b} is {ones / b} ones each, with {left} left to exchange for {left * 10} tenths. Then share the tenths: the answer is {D(r)}.";
            default:
                var whole = Floor(a) / b;
                var remainder = Floor(a) % b;
                return $"{W(Floor(a))} {PupilNumber.Divide} {b} = {whole} remainder {remainder}. Exchange the {remainder} left over for {remainder * 10} tenths and keep sharing (writing zeros after the decimal point): {W(Floor(a))} {PupilNumber.Divide} {b} = {D(r)}.";
        }
    }

    private List<WrongAnswer> Mistakes(Fraction a, long b)
    {
        var r = Result(a, b);
        var wrong = new List<WrongAnswer>();
        switch (calculation)
        {
            case DecimalCalculation.Multiply:
                wrong.Add(new(D(r / Fraction.Whole(10)), "Loses the place value, writing 0.3 × 4 = 0.12."));
                wrong.Add(new(D(r * Fraction.Whole(Unit(a))), "Forgets to make the whole-number answer smaller again."));
                break;
            case DecimalCalculation.Divide:
                wrong.Add(new(D(r * Fraction.Whole(10)), "Forgets the decimal point in the answer."));
                var unexchanged = Fraction.Whole(Floor(a) / b) + Fraction.Of(Floor(a * Fraction.Whole(10)) % 10 / b, 10);
                if (unexchanged != Fraction.Zero)
                {
                    wrong.Add(new(D(unexchanged), "Does not exchange the leftover ones for tenths."));
                }
                break;
            default:
                var whole = Floor(a) / b;
                var remainder = Floor(a) % b;
                wrong.Add(new($"{whole}.{remainder}", "Writes the remainder after the decimal point."));
                wrong.Add(new(W(whole), "Drops the remainder instead of exchanging it."));
                break;
        }

        return wrong;
    }

    private QuestionDraft Calculate(Fraction a, long b, bool counters, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{D(a)} {Op} {b} = {PupilNumber.Box}",
        NumberAnswer.Decimal(Result(a, b)),
        Working(a, b),
        dimension,
        Facts(a, b, "answer"),
        counters ? Counters(a) : new BarModelPicture([new Bar(string.Empty, [new BarSection(calculation == DecimalCalculation.Multiply ? D(a) : null, calculation == DecimalCalculation.Multiply ? a : Result(a, b))])], calculation == DecimalCalculation.Multiply ? "?" : D(a)),
        Mistakes(a, b),
        0);

    private QuestionDraft Missing(Fraction a, long b) => Ask(
        QuestionFormat.MissingNumber,
        calculation == DecimalCalculation.Multiply ? $"{D(a)} {Op} {PupilNumber.Box} = {D(Result(a, b))}" : $"{PupilNumber.Box} {Op} {b} = {D(Result(a, b))}",
        calculation == DecimalCalculation.Multiply ? NumberAnswer.Whole(b) : NumberAnswer.Decimal(a),
        calculation == DecimalCalculation.Multiply ? $"{D(Result(a, b))} {PupilNumber.Divide} {D(a)} = {b}." : $"Work backwards: {D(Result(a, b))} {PupilNumber.Times} {b} = {D(a)}.",
        UnknownFeature,
        Facts(a, b, "missing number"),
        new BarModelPicture([new Bar(string.Empty, [new BarSection(null, a)])], D(Result(a, b))),
        calculation == DecimalCalculation.Multiply ? [new(W(b * 10), "Loses track of the place value of the decimal.")]
            : (Result(a, b) / Fraction.Whole(b)).HasDecimalPlaces(4) ? [new(D(Result(a, b) / Fraction.Whole(b)), "Divides again instead of multiplying.")] : [],
        0);

    private QuestionDraft Slip(Dice dice)
    {
        var name = dice.Pick(Names);
        var (a, b, _, _) = Search(dice, Draw, Fits);
        var mistake = Mistakes(a, b)[0];
        return Ask(QuestionFormat.SpotTheMistake, $"{name} writes {D(a)} {Op} {b} = {mistake.Text}. What is the right answer?", NumberAnswer.Decimal(Result(a, b)),
            $"{name}'s answer does not make sense: {Working(a, b)}", Variation.Deepening, Facts(a, b, "answer"), Counters(a), [mistake]);
    }
}
