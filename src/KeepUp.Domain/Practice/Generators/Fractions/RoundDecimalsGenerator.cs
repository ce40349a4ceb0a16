using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Rounding decimals: find the two neighbours on a number line and choose the nearer; halfway
/// rounds up. Year 4 rounds one-place decimals to a whole number (either side of the half, then
/// exactly half); Year 6 rounds to a whole number, one or two decimal places, changing the
/// accuracy asked for, and closes with the "3.96 becomes 3.10" slip.
/// </summary>
/// <param name="places">The decimal places of the numbers rounded: 1 in Year 4, 3 in Year 6.</param>
public sealed class RoundDecimalsGenerator(int places) : QuestionGenerator
{
    private const string NumberFeature = "number";
    private const string AccuracyFeature = "accuracy";

    private static readonly string[] Accuracy = ["the nearest whole number", "one decimal place", "two decimal places"];

    /// <inheritdoc />
    public override string Family => "round decimals";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => places == 1 ? ToWhole(dice) : ToPlaces(dice);

    private static Fraction Round(Fraction x, int to)
    {
        var scale = Fraction.Whole(PlaceValue.Power(to));
        return Fraction.Whole(Floor((x * scale) + Fraction.Of(1, 2))) / scale;
    }

    private static IReadOnlyDictionary<string, string> Facts(Fraction x, int to) => Features.Of((NumberFeature, x), (AccuracyFeature, to));

    private static NumberLinePicture Line(Fraction x, int to)
    {
        var step = Fraction.Of(1, PlaceValue.Power(to));
        var low = Fraction.Whole(Floor(x / step)) * step;
        return new NumberLinePicture(low, low + step, step / Fraction.Whole(10), NumberLineLabels.Ends, [], [new NumberLineMark(x, D(x))]);
    }

    private static PlaceValueChartPicture Chart(Fraction x) => new(
    [
        new PlaceValueColumn("Ones", (int)(Floor(x) % 10)),
        new PlaceValueColumn("Tenths", (int)(Floor(x * Fraction.Whole(10)) % 10)),
        new PlaceValueColumn("Hundredths", (int)(Floor(x * Fraction.Whole(100)) % 10)),
        new PlaceValueColumn("Thousandths", (int)(Floor(x * Fraction.Whole(1000)) % 10)),
    ]);

    private static QuestionDraft Rounding(Fraction x, int to, bool chart, string dimension)
    {
        var step = Fraction.Of(1, PlaceValue.Power(to));
        var (low, high) = (Fraction.Whole(Floor(x / step)) * step, (Fraction.Whole(Floor(x / step)) * step) + step);
        var rounded = Round(x, to);
        var other = rounded == low ? high : low;
        var wrong = new List<WrongAnswer> { new(D(other), rounded == high ? "Rounds down whatever the next digit." : "Rounds up whatever the next digit.") };
        if (to == 0)
        {
            wrong.Add(new(D(Round(x, 1)), "Rounds to the nearest tenth instead of the nearest whole number."));
        }
        else
        {
            wrong.Add(new(D(Round(x, 0)), "Rounds to the nearest whole number instead."));
        }

        var halfway = (x - low) * Fraction.Whole(2) == step;
        return Ask(QuestionFormat.NumberEntry, $"Round {D(x)} to {Accuracy[to]}.", NumberAnswer.Decimal(rounded),
            $"{D(x)} is between {D(low)} and {D(high)}; it is {(halfway ? "exactly halfway, and halfway rounds up, so it rounds" : "nearer to " + D(rounded) + ", so it rounds")} to {D(rounded)}.",
            dimension, Facts(x, to), chart ? Chart(x) : Line(x, to), wrong, 0);
    }

    private static List<QuestionDraft> ToWhole(Dice dice)
    {
        var (w, t1, t2, w2) = Search(dice, d => (d.Between(1, 8), d.Between(1, 9), d.Between(1, 9), d.Between(1, 9)),
            c => c.Item2 != 5 && c.Item3 != 5 && (c.Item2 > 5) != (c.Item3 > 5) && c.Item4 != c.Item1);
        Fraction X(int ones, int tenths) => Fraction.Whole(ones) + Fraction.Of(tenths, 10);
        return
        [
            Rounding(X(w, t1), 0, false, Variation.Start),
            Rounding(X(w, t2), 0, false, NumberFeature),
            Rounding(X(w, 5), 0, false, NumberFeature),
            Rounding(X(w, 5), 0, true, RepresentationFeature),
            Rounding(X(w2, t1), 0, true, NumberFeature),
            Halfway(dice),
        ];
    }

    private static QuestionDraft Halfway(Dice dice)
    {
        var w = dice.Between(1, 9);
        var truth = dice.Chance(50);
        var x = Fraction.Whole(w) + Fraction.Of(5, 10);
        var (answer, wrong) = TrueOrFalse(truth, truth ? "Does not know that halfway rounds up." : "Rounds a number exactly halfway down.");
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {D(x)} rounded to the nearest whole number is {(truth ? w + 1 : w)}.", answer,
            $"{D(x)} is exactly halfway between {w} and {w + 1}. Halfway rounds up, so it rounds to {w + 1}.", Variation.Deepening, Facts(x, 0), Line(x, 0), wrong, 0);
    }

    private static List<QuestionDraft> ToPlaces(Dice dice)
    {
        Fraction Draw(Dice d) => Fraction.Of(d.Between(1, 19) * 1000 + d.Between(101, 999), 1000);
        var (x1, x2) = Search(dice, d => (Draw(d), Draw(d)), c => c.Item1 != c.Item2
            && !Round(c.Item1, 1).IsWhole && !Round(c.Item2, 1).IsWhole && !Round(c.Item2, 2).HasDecimalPlaces(1));
        return
        [
            Rounding(x1, 1, false, Variation.Start),
            Rounding(x2, 1, false, NumberFeature),
            Rounding(x2, 0, false, AccuracyFeature),
            Rounding(x2, 0, true, RepresentationFeature),
            Rounding(x2, 2, true, AccuracyFeature),
            NinesRollOver(dice),
        ];
    }

    private static QuestionDraft NinesRollOver(Dice dice)
    {
        var name = dice.Pick(Names);
        var w = dice.Between(1, 9);
        var x = Fraction.Whole(w) + Fraction.Of(dice.Between(95, 99), 100);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} rounds {D(x)} to one decimal place and writes {w}.10. What should it be?",
            NumberAnswer.Decimal(Fraction.Whole(w + 1)),
            $"{D(x)} is between {D(Fraction.Whole(w) + Fraction.Of(9, 10))} and {w + 1}.0, and it is nearer to {w + 1}.0. Nine tenths and one more tenth make a whole one, not 10 tenths written as .10.",
            Variation.Deepening, Facts(x, 1), Line(x, 1), [new($"{w}.10", "Writes ten tenths as .10 instead of exchanging them for a one.")]);
    }
}
