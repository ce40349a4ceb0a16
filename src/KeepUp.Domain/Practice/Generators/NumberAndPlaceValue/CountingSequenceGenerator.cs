using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Counting forwards and backwards in a step (ones, 2s, 5s, 3s, 100s, 1,000s, powers of ten): a
/// count is shown with one number missing. The set changes the start, then the direction, then
/// where the box is, then shows the count as hops on a number line and changes the step, and ends
/// by spotting the mistake in someone's count.
/// </summary>
/// <param name="steps">The step sizes practised, the first one first (e.g. 2, 5, 3).</param>
/// <param name="low">The smallest number said.</param>
/// <param name="high">The largest number said.</param>
/// <param name="fromAnyNumber">True to start anywhere; false to start on a multiple of the step (counting from zero).</param>
public sealed class CountingSequenceGenerator(long[] steps, long low, long high, bool fromAnyNumber) : QuestionGenerator
{
    private const string Step = "step";
    private const string Start = "start";
    private const string Direction = "direction";
    private const string Missing = "missing";

    /// <inheritdoc />
    public override string Family => "count forwards and backwards in steps";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        ArgumentNullException.ThrowIfNull(step);
        var first = steps[0];
        // Starts that every step size can count down three times from and up three times from.
        var align = fromAnyNumber ? 1 : steps.Aggregate(1L, Lcm);
        var largest = steps.Max();
        var unit = fromAnyNumber ? 1 : first;
        long f1;
        long f2;
        if (steps is [1] && high >= 20)
        {
            // Counting in ones past 20 is about crossing a ten: on from …7, 8 or 9 and back from …0, 1 or 2.
            f2 = Numbers.PickMultiple(dice, low + 10, high - 10, 10) + dice.Between(0, 2);
            f1 = Numbers.PickMultiple(dice, low + 10, high - 3, 10) - dice.Between(1, 3);
        }
        else
        {
            f2 = Numbers.PickMultiple(dice, low + 3 * largest, high - 3 * largest, align);
            f1 = Numbers.PickMultiple(dice, low, high - 3 * first, unit, except: f2);
        }

        var deeper = Numbers.PickMultiple(dice, low, high - 4 * first, unit);
        var drafts = new List<QuestionDraft>
        {
            Sequence(new Count(first, f1, 1, 3), QuestionFormat.MissingNumber, false, Variation.Start),
            Sequence(new Count(first, f2, 1, 3), QuestionFormat.MissingNumber, false, Start),
            Sequence(new Count(first, f2, -1, 3), QuestionFormat.MissingNumber, false, Direction),
            Sequence(new Count(first, f2, -1, 1), QuestionFormat.MissingNumber, false, Missing),
            Sequence(new Count(first, f2, -1, 1), QuestionFormat.MissingNumber, true, RepresentationFeature),
        };
        foreach (var size in steps.Skip(1))
        {
            drafts.Add(Sequence(new Count(size, f2, -1, 1), QuestionFormat.MissingNumber, true, Step));
        }

        drafts.Add(Sequence(new Count(steps[^1], f2, -1, 1), QuestionFormat.MultipleChoice, true, QuestionTypeFeature));
        drafts.Add(Mistake(dice, new Count(first, deeper, 1, 3)));
        return drafts;
    }

    /// <summary>How the step size is said: "ones", "5s", "1,000s".</summary>
    internal static string UnitName(long size) => size == 1 ? "ones" : Whole(size) + "s";

    private static QuestionDraft Sequence(Count count, QuestionFormat format, bool line, string dimension)
    {
        var shown = string.Join(", ", Enumerable.Range(0, 4).Select(i => i == count.Box ? Box : Whole(count.Term(i))));
        var prompt = format == QuestionFormat.MultipleChoice
            ? $"Which number is missing from this count? {shown}"
            : $"Count {(count.Direction > 0 ? "on" : "back")} in {UnitName(count.Size)}: {shown}";
        return new QuestionDraft
        {
            Format = format,
            Prompt = prompt,
            Picture = line ? Line(count) : null,
            Answer = NumberAnswer.Whole(count.Term(count.Box)),
            Wrong = WrongTerms(count),
            Worked = $"Each number is {Whole(count.Size)} {(count.Direction > 0 ? "more" : "less")} than the one before, so the missing number is {Whole(count.Term(count.Box))}.",
            Dimension = dimension,
            Features = Features.Of((Step, count.Size), (Start, count.First), (Direction, count.Direction > 0 ? "on" : "back"), (Missing, count.Box)),
        };
    }

    private QuestionDraft Mistake(Dice dice, Count count)
    {
        var name = PupilNames.Pick(dice);
        var right = count.Term(3);
        var slip = right + count.Size;
        var said = string.Join(", ", Enumerable.Range(0, 3).Select(i => Whole(count.Term(i))).Append(Whole(slip)));
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} counted on in {UnitName(count.Size)}: {said}. One number is wrong. What should the last number be?",
            Answer = NumberAnswer.Whole(right),
            Wrong =
            [
                new(Whole(slip), "Skips a number in the count and does not check each jump."),
                new(Whole(count.Term(2)), "Says the number before again instead of counting on."),
                .. steps[0] > 1 ? [new WrongAnswer(Whole(count.Term(2) + 1), $"Counts on in ones instead of in {UnitName(count.Size)}.")] : Array.Empty<WrongAnswer>(),
            ],
            Worked = $"{Whole(count.Term(2))} + {Whole(count.Size)} = {Whole(right)}, so {name} should have said {Whole(right)}, not {Whole(slip)}.",
            Dimension = Variation.Deepening,
            Features = Features.Of((Step, count.Size), (Start, count.First), (Direction, "on"), (Missing, "mistake")),
        };
    }

    private static List<WrongAnswer> WrongTerms(Count count)
    {
        var before = count.Term(count.Box - 1);
        var right = count.Term(count.Box);
        var candidates = new List<(long Value, string Why)>
        {
            (before - count.Direction * count.Size, "Counts the wrong way, so goes back instead of on (or on instead of back)."),
            (count.Size > 1 ? before + count.Direction : right + count.Direction * count.Size,
                count.Size > 1 ? $"Counts in ones instead of in {UnitName(count.Size)}." : "Says the start number again as the first count, so lands one too far."),
            (before, "Says the number before again instead of moving on."),
        };
        return [.. candidates.Where(c => c.Value >= 0 && c.Value != right).Select(c => new WrongAnswer(Whole(c.Value), c.Why))];
    }

    private static NumberLinePicture Line(Count count)
    {
        var terms = Enumerable.Range(0, 4).Select(count.Term).ToList();
        var jumps = new List<NumberLineJump>();
        for (var i = 1; i < 4; i++)
        {
            jumps.Add(new NumberLineJump(terms[i - 1], terms[i], (count.Direction > 0 ? "+" : Minus) + Whole(count.Size)));
        }

        return new NumberLinePicture(terms.Min(), terms.Max(), count.Size, NumberLineLabels.Ends, jumps, [new NumberLineMark(terms[count.Box], "?")]);
    }

    private static long Lcm(long a, long b)
    {
        var (x, y) = (a, b);
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }

        return a / x * b;
    }

    private readonly record struct Count(long Size, long First, int Direction, int Box)
    {
        public long Term(int i) => First + Direction * i * Size;
    }
}
