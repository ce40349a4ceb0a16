using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// Imperial units through rough equivalents, scaled up and down: 1 inch is about 2.5 cm, 1 pound
/// (lb) about 450 g, 1 pint about 570 ml (Year 5); 5 miles is about 8 km (Year 6). The answers are
/// exact multiples of the equivalent, but the explanations keep saying "about", and the set ends by
/// asking whether an equivalent is exact, or catching the "add 3" slip with miles.
/// </summary>
/// <param name="year">5 (inches, pounds and pints) or 6 (miles and kilometres).</param>
public sealed class ImperialGenerator(int year) : QuestionGenerator
{
    private const string Unit = "unit";
    private const string HowMany = "how many";
    private const string Direction = "direction";

    private static readonly (string One, string Many, string Metric, decimal Each)[] Equivalents =
    [
        ("inch", "inches", "cm", 2.5m), ("pound (lb)", "lb", "g", 450m), ("pint", "pints", "ml", 570m),
    ];

    /// <inheritdoc />
    public override string Family => "imperial units";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => year switch
    {
        5 => Rough(dice),
        6 => Miles(dice),
        _ => throw new GeneratorConstraintException($"Imperial units are set up for Year 5 or Year 6, not Year {year}."),
    };

    private static IReadOnlyDictionary<string, string> Of(string unit, object count, string direction) =>
        Features.Of((Unit, unit), (HowMany, count), (Direction, direction));

    private static List<QuestionDraft> Rough(Dice dice)
    {
        var n = dice.Between(2, 6);
        var (inch, pound, pint) = (Equivalents[0], Equivalents[1], Equivalents[2]);
        var name = dice.Pick(Names);
        var millilitres = 570 * (n + 2) + (dice.Chance(50) ? 300 : -300);
        var sign = ComparisonAnswer.Between(570 * (n + 2), millilitres);
        var (answer, wrong) = TrueOrFalse(false, "Treats the rough equivalents as exact.");
        return
        [
            Scale(inch, n, Variation.Start, false),
            Scale(inch, n + 2, HowMany, false),
            Scale(pound, n + 2, Unit, false),
            Scale(pint, n + 2, Unit, false),
            Scale(pint, n + 2, RepresentationFeature, true),
            Ask(QuestionFormat.Compare, $"1 pint is about 570 ml. Write <, > or =. {n + 2} pints {Box} {Whole(millilitres)} ml", new ComparisonAnswer(sign),
                $"{n + 2} pints is about {n + 2} {Times} 570 = {Whole(570 * (n + 2))} ml, which is {(sign == '<' ? "less" : "more")} than {Whole(millilitres)} ml.",
                QuestionTypeFeature, Of(pint.One, n + 2, "to metric"), Bars(pint, n + 2),
                WrongSigns(sign, "Thinks a pint is less than 570 ml.", "Compares the numbers of pints and millilitres without converting.", "Treats the rough equivalents as exact and stops comparing.")),
            Ask(QuestionFormat.TrueOrFalse, $"{name} says 1 lb is exactly 450 g. True or false?", answer,
                "1 lb is about 450 g (a little more: about 454 g). The equivalents are for estimating and comparing, not exact answers.",
                Variation.Deepening, Of(pound.One, 1, "check"), null, wrong),
        ];
    }

    private static BarModelPicture Bars((string One, string Many, string Metric, decimal Each) u, int n) =>
        new([new Bar(string.Empty, [.. Enumerable.Repeat(new BarSection($"about {PupilNumber.Decimal(u.Each)} {u.Metric}", Fraction.FromDecimal(u.Each)), n)])], "?");

    private static QuestionDraft Scale((string One, string Many, string Metric, decimal Each) u, int n, string dimension, bool bar)
    {
        var total = n * u.Each;
        var each = PupilNumber.Decimal(u.Each);
        var wrong = new List<WrongAnswer> { new(PupilNumber.Decimal(n + u.Each), "Adds instead of multiplying.") };
        if (u.Metric == "g")
        {
            wrong.Insert(0, new(Whole(100 * n), "Thinks a pound in weight has something to do with £1 = 100p."));
        }
        else if (u.Metric == "cm")
        {
            wrong.Insert(0, new(Whole(2 * n), "Rounds 2.5 cm down to 2 cm."));
        }

        return Ask(QuestionFormat.MissingNumber, $"1 {u.One} is about {each} {u.Metric}, so {n} {u.Many} is about {Box} {u.Metric}",
            u.Each == decimal.Truncate(u.Each) || total == decimal.Truncate(total) ? NumberAnswer.Whole((long)total) : NumberAnswer.Decimal(Fraction.FromDecimal(total)),
            $"Scale up the equivalent: {n} {Times} {each} = {PupilNumber.Decimal(total)}, so {n} {u.Many} is about {PupilNumber.Decimal(total)} {u.Metric}.",
            dimension, Of(u.One, n, "to metric"), bar ? Bars(u, n) : null, wrong);
    }

    // Year 6: 5 miles is about 8 km, scaled up and down.
    private static List<QuestionDraft> Miles(Dice dice)
    {
        var k = dice.Between(2, 5);
        var name = dice.Pick(Names);
        var miles = 5 * dice.Between(2, 6);
        // Often more kilometres than miles but less far, so comparing the numbers alone misleads.
        var km = 8 * miles / 5 + (dice.Chance(50) ? -2 : 2);
        var sign = ComparisonAnswer.Between(8 * miles, 5 * km);
        var (answer, wrong) = TrueOrFalse(false, "Adds 3 to convert miles to kilometres (5 → 8, so 10 → 13).");
        return
        [
            ToKm(k, Variation.Start, false),
            ToKm(k + 1, HowMany, false),
            ToMiles(k + 1, Direction, false),
            ToMiles(k + 1, RepresentationFeature, true),
            ToMiles(Fraction.Of(1, 2), HowMany, true),
            Ask(QuestionFormat.Compare, $"5 miles is about 8 km. Write <, > or =. {miles} miles {Box} {km} km", new ComparisonAnswer(sign),
                $"{miles} miles is about {miles / 5} {Times} 8 = {8 * miles / 5} km, which is {(sign == '<' ? "less" : "more")} than {km} km.",
                QuestionTypeFeature, Of("miles and km", Fraction.Of(1, 2), "to miles"), Line(miles / 5, "?"),
                WrongSigns(sign, "Thinks a mile is shorter than a kilometre, so compares the numbers without converting.", "Doubles the miles to estimate kilometres instead of scaling 5 → 8.", "Treats miles and kilometres as the same.")),
            Ask(QuestionFormat.TrueOrFalse, $"{name} says 20 miles is about 23 km, because 5 miles is about 8 km and 8 is 3 more than 5. True or false?", answer,
                "Converting scales the fact, it does not add: 20 miles is 4 lots of 5 miles, so it is about 4 × 8 = 32 km.",
                Variation.Deepening, Of("miles and km", 20, "check"), null, wrong),
        ];
    }

    private static NumberLinePicture Line(int lots, string endLabel) => new(
        0, 8 * lots, 8, NumberLineLabels.All,
        [.. Enumerable.Range(0, lots).Select(i => new NumberLineJump(8 * i, 8 * (i + 1), "5 miles"))],
        [new NumberLineMark(8 * lots, endLabel)]);

    private static QuestionDraft ToKm(int lots, string dimension, bool line) => Ask(
        QuestionFormat.MissingNumber,
        $"5 miles is about 8 km, so {5 * lots} miles is about {Box} km",
        NumberAnswer.Whole(8 * lots),
        $"{5 * lots} miles is {lots} lots of 5 miles, so it is about {lots} {Times} 8 = {8 * lots} km.",
        dimension,
        Of("miles and km", lots, "to km"),
        line ? Line(lots, "?") : null,
        [new(Whole(5 * lots + 3), $"Adds 3 to convert miles to kilometres (5 → 8, so {5 * lots} → {5 * lots + 3})."), new(Whole(5 * lots), "Thinks a mile is the same as a kilometre.")]);

    private static QuestionDraft ToMiles(Fraction lots, string dimension, bool line)
    {
        var km = lots * Fraction.Whole(8);
        var miles = lots * Fraction.Whole(5);
        return Ask(QuestionFormat.MissingNumber, $"5 miles is about 8 km, so {Box} miles is about {PupilNumber.Decimal(km)} km",
            miles.IsWhole ? NumberAnswer.Whole(miles.Numerator) : NumberAnswer.Decimal(miles),
            $"{PupilNumber.Decimal(km)} km is {PupilNumber.Decimal(lots)} lots of 8 km, so it is about {PupilNumber.Decimal(lots)} {Times} 5 = {PupilNumber.Decimal(miles)} miles.",
            dimension, Of("miles and km", lots, "to miles"),
            line ? (lots.IsWhole ? Line((int)lots.Numerator, "?") : new NumberLinePicture(0, 8, 4, NumberLineLabels.All, [new NumberLineJump(0, 4, "half of 5 miles")], [new NumberLineMark(4, "?")])) : null,
            [new(PupilNumber.Decimal(km - Fraction.Whole(3)), "Subtracts 3 to convert kilometres to miles."), new(PupilNumber.Decimal(km * Fraction.Whole(8) / Fraction.Whole(5)), "Converts the wrong way, multiplying by 8 and dividing by 5.")]);
    }
}
