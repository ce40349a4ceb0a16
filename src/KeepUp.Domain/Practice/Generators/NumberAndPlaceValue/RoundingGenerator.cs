using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Rounding to the nearest 10, 100, 1,000 … or to a whole number or one decimal place: find the
/// multiples either side on a number line and decide which is nearer. The deciding digit changes
/// so the answer flips, then the number sits exactly halfway, the line is taken away, a number
/// that rounds to a given value is chosen, the same number is rounded to another place, and the
/// set ends by correcting someone who truncates or rounds in stages.
/// </summary>
/// <param name="places">The places rounded to (10, 100 … or 1 and 0.1 for decimals), the first one first.</param>
/// <param name="low">The smallest number rounded.</param>
/// <param name="high">The largest number rounded.</param>
/// <param name="decimals">Decimal places in the numbers rounded (0 for whole numbers).</param>
public sealed class RoundingGenerator(decimal[] places, long low, long high, int decimals) : QuestionGenerator
{
    private const string Number = "number";
    private const string Place = "place";

    /// <inheritdoc />
    public override string Family => "round numbers";

    private Fraction Unit => Fraction.Of(1, PlaceValue.Power(decimals));

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var p = Fraction.FromDecimal(places[0]);
        var n1 = Pick(dice, p);
        var n2 = Flip(dice, n1, p);
        var n3 = Floor(n2, p) + p / Fraction.Whole(2);
        var drafts = new List<QuestionDraft>
        {
            Round(n1, p, line: true, Variation.Start),
            Round(n2, p, line: true, Number),
            Round(n3, p, line: true, Number),
            Round(n3, p, line: false, RepresentationFeature),
        };
        drafts.AddRange(places.Skip(1).Select(q => Round(n3, Fraction.FromDecimal(q), line: false, Place)));
        drafts.Add(WhichRounds(n3, Fraction.FromDecimal(places[^1])));
        drafts.Add(Mistake(dice));
        return drafts;
    }

    private Fraction Pick(Dice dice, Fraction p)
    {
        while (true)
        {
            var n = Fraction.Whole(Numbers.Between(dice, low * PlaceValue.Power(decimals), high * PlaceValue.Power(decimals))) * Unit;
            // Not already a multiple of the deciding place, so there is something to round.
            var tenth = p / Fraction.Whole(10);
            if (!(n / p).IsWhole && (tenth <= Unit || !(n / tenth).IsWhole))
            {
                return n;
            }
        }
    }

    private static Fraction Floor(Fraction n, Fraction p) => Fraction.Whole((long)Math.Floor((n / p).ToDecimal())) * p;

    private static Fraction Nearest(Fraction n, Fraction p) => Fraction.Whole((long)Math.Floor((n / p).ToDecimal() + 0.5m)) * p;

    private static int DecidingDigit(Fraction n, Fraction p) => (int)((n - Floor(n, p)) / (p / Fraction.Whole(10))).ToDecimal();

    // The deciding digit moves to the other side of 5, so the rounding flips.
    private static Fraction Flip(Dice dice, Fraction n, Fraction p)
    {
        var tenth = p / Fraction.Whole(10);
        var digit = DecidingDigit(n, p);
        var next = digit >= 5 ? dice.Between(1, 4) : dice.Between(6, 9);
        return n + tenth * Fraction.Whole(next - digit);
    }

    private string Text(Fraction x) => decimals > 0 ? Decimal(x) : Whole(x.Numerator);

    private NumberAnswer Answer(Fraction x) => decimals > 0 ? NumberAnswer.Decimal(x) : NumberAnswer.Whole(x.Numerator);

    private string To(Fraction p) => p == Fraction.Whole(1) && decimals > 0 ? "the nearest whole number"
        : p == Fraction.Of(1, 10) ? "1 decimal place"
        : $"the nearest {Text(p)}";

    private QuestionDraft Round(Fraction n, Fraction p, bool line, string dimension)
    {
        var lower = Floor(n, p);
        var upper = lower + p;
        var right = Nearest(n, p);
        var wrong = new List<WrongAnswer>
        {
            new(Text(right == lower ? upper : lower), right == upper
                ? "Always rounds down by replacing the lower digits with zeros."
                : $"Rounds up because a digit further right is large, instead of looking at the digit after the {PlaceName(p)}."),
        };
        if (p >= Fraction.Whole(1000))
        {
            wrong.Add(new(Text(right / p), $"Drops the zeros and writes how many {PlaceName(p)} there are."));
        }

        if (decimals > 0 && p == Fraction.Of(1, 10) && DecidingDigit(n, p) >= 5 && (lower - Floor(lower, Fraction.Whole(1))) == Fraction.Of(9, 10))
        {
            wrong.Add(new($"{Whole(Floor(lower, Fraction.Whole(1)).Numerator)}.10", "Adds one to the tenths digit and writes .10 instead of crossing the whole number."));
        }

        var wider = Nearest(n, p * Fraction.Whole(10));
        if (wider != right && wider.Numerator != 0)
        {
            wrong.Add(new(Text(wider), "Rounds to the wrong place."));
        }

        var half = lower + p / Fraction.Whole(2);
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"Round {Text(n)} to {To(p)}.",
            Picture = line ? new NumberLinePicture(lower, upper, p / Fraction.Whole(10), NumberLineLabels.Ends, [], [new NumberLineMark(n, Text(n))]) : null,
            Answer = Answer(right),
            Wrong = wrong,
            Worked = n == half
                ? $"{Text(n)} is exactly halfway between {Text(lower)} and {Text(upper)}, so it rounds up to {Text(upper)}."
                : $"{Text(n)} is between {Text(lower)} and {Text(upper)}. The halfway point is {Text(half)}, so it is closer to {Text(right)} and rounds to {Text(right)}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Place, p)),
        };
    }

    private static string PlaceName(Fraction p) => p == Fraction.Of(1, 10) ? "tenths" : p == Fraction.Of(1, 100) ? "hundredths"
        : p == Fraction.Whole(1) ? "ones" : PlaceValue.NameOf(p.Numerator);

    private QuestionDraft WhichRounds(Fraction n, Fraction p)
    {
        var target = Nearest(n, p);
        var half = p / Fraction.Whole(2);
        var candidates = new List<(Fraction Value, string Why)>
        {
            (target + half, "Thinks a number exactly halfway rounds down."),
            (target - half - Unit, "Thinks a number just below halfway rounds up."),
            (target + p, "Matches the digits before the rounding place without checking the nearest multiple."),
        };
        var wrong = candidates.Where(c => Nearest(c.Value, p) != target && c.Value > Fraction.Zero)
            .Select(c => new WrongAnswer(Text(c.Value), c.Why)).ToList();
        return new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Which number rounds to {Text(target)} when rounded to {To(p)}?",
            Answer = Answer(n),
            Wrong = wrong,
            Worked = $"The numbers that round to {Text(target)} go from {Text(target - half)} up to just below {Text(target + half)}; {Text(n)} is one of them.",
            StemSentence = 0,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Number, n), (Place, p)),
        };
    }

    private QuestionDraft Mistake(Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var p = Fraction.FromDecimal(places[^1]);
        var tenth = p / Fraction.Whole(10);
        var stages = tenth / Fraction.Whole(10) >= Unit && dice.Chance(50);
        Fraction n;
        Fraction mistake;
        string why;
        if (stages)
        {
            // Deciding digit 4 and the next digit 5 or more: rounding in stages wrongly rounds up.
            var basis = Floor(Pick(dice, p), p);
            n = basis + tenth * Fraction.Whole(4) + tenth / Fraction.Whole(10) * Fraction.Whole(dice.Between(5, 9));
            mistake = basis + p;
            why = "Rounds in stages, one digit at a time, which can round up when it should not.";
        }
        else
        {
            var basis = Floor(Pick(dice, p), p);
            n = basis + tenth * Fraction.Whole(dice.Between(5, 9)) + (tenth > Unit ? Unit : Fraction.Zero);
            mistake = basis;
            why = "Drops the lower digits, so always rounds down.";
        }

        var right = Nearest(n, p);
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} rounded {Text(n)} to {To(p)} and got {Text(mistake)}. What is the right answer?",
            Answer = Answer(right),
            Wrong = [new(Text(mistake), why), .. Nearest(n, p * Fraction.Whole(10)) is var wider && wider != Fraction.Zero ? [new WrongAnswer(Text(wider), "Rounds to the wrong place.")] : System.Array.Empty<WrongAnswer>()],
            Worked = $"Look only at the digit after the {PlaceName(p)}: {Text(n)} is between {Text(Floor(n, p))} and {Text(Floor(n, p) + p)} and closer to {Text(right)}. {name} {why[0..1].ToLowerInvariant()}{why[1..]}",
            StemSentence = 0,
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, n), (Place, p)),
        };
    }
}
