using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Reading, placing and estimating numbers on a number line whose ends only are labelled: read an
/// arrow, move it, work out what each interval is worth, zoom in to one interval split into ten,
/// read the arrow there, say which two marked numbers a number lies between, and end by
/// estimating where an arrow between the marks points.
/// </summary>
/// <param name="span">The length of the line (100, 1,000 … or 1 for decimals).</param>
/// <param name="interval">The gap between its marks (a tenth of the span).</param>
/// <param name="starts">The line starts at a multiple of the span from 0 up to this many spans (0 for lines from zero).</param>
public sealed class NumberLineGenerator(decimal span, decimal interval, int starts) : QuestionGenerator
{
    private const string Line = "line";
    private const string Value = "value";

    /// <inheritdoc />
    public override string Family => "read and place numbers on a number line";

    private Fraction Span => Fraction.FromDecimal(span);

    private Fraction Interval => Fraction.FromDecimal(interval);

    private bool Decimals => interval < 1;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var marks = (int)(span / interval);
        var start = Span * Fraction.Whole(dice.Between(0, starts));
        var k1 = dice.Between(1, marks - 1);
        var k2 = Other(dice, 1, marks - 1, k1);
        var j = dice.Between(0, marks - 1);
        var zoomStart = start + Interval * Fraction.Whole(j);
        var small = Interval / Fraction.Whole(10);
        var k3 = dice.Between(1, 9);
        var inside = zoomStart + small * Fraction.Whole(k3);
        var full = new LineAt(start, start + Span, Interval);
        var zoom = new LineAt(zoomStart, zoomStart + Interval, small);
        return
        [
            Read(full, k1, Variation.Start),
            Read(full, k2, Value),
            Worth(full, full.Start + full.Step * Fraction.Whole(k2), QuestionTypeFeature),
            Worth(full, inside, Value),
            Worth(zoom, inside, Line),
            Read(zoom, k3, QuestionTypeFeature),
            Between(full, inside, zoom, k3),
            Estimate(dice, full),
        ];
    }

    private static int Other(Dice dice, int low, int high, int not)
    {
        var x = dice.Between(low, high - 1);
        return x >= not ? x + 1 : x;
    }

    // Whole-number lines write a stray fraction as a fraction, which Read then leaves out.
    private string Text(Fraction x) => Decimals ? Decimal(x) : x.IsWhole ? Whole(x.Numerator) : $"{x.Numerator}/{x.Denominator}";

    private static NumberLinePicture Picture(LineAt line, Fraction? arrow) =>
        new(line.Start, line.End, line.Step, NumberLineLabels.Ends, [], arrow is { } a ? [new NumberLineMark(a, "?")] : []);

    private QuestionDraft Read(LineAt line, int k, string dimension)
    {
        var value = line.Start + line.Step * Fraction.Whole(k);
        var wrong = new List<WrongAnswer>
        {
            new(Text(line.Start + line.Step * Fraction.Whole(k + 1)), "Counts the marks instead of the intervals, so is one interval out."),
        };
        if (line.Step != Fraction.Whole(1))
        {
            wrong.Add(new(Text(line.Start + Fraction.Whole(k)), "Assumes every interval on a line is worth one."));
        }

        wrong.Add(new(Text(line.Start + line.Step * Fraction.Whole(k) / Fraction.Whole(10)), "Assumes each interval is worth a tenth of what it is."));
        if (Decimals && k == 9 && line.Step.Denominator == 10)
        {
            wrong.Insert(0, new(Decimal(line.Start) + ".10", "Counts 4.8, 4.9, 4.10 instead of 4.8, 4.9, 5."));
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.MatchPicture,
            Prompt = "What number is the arrow pointing to?",
            Picture = Picture(line, value),
            Answer = Decimals ? NumberAnswer.Decimal(value) : NumberAnswer.Whole(value.Numerator),
            Wrong = [.. wrong.Where(w => w.Text != Text(value) && !w.Text.Contains('/', System.StringComparison.Ordinal))],
            Worked = $"The line goes from {Text(line.Start)} to {Text(line.End)} in 10 equal intervals, so each is worth {Text(line.Step)}. The arrow is {NumberWords.Count(k, "intervals")} along: {Text(value)}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((Line, $"{line.Start}..{line.End}"), (Value, value)),
        };
    }

    private QuestionDraft Worth(LineAt line, Fraction value, string dimension)
    {
        var span = line.End - line.Start;
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"The line goes from {Text(line.Start)} to {Text(line.End)}. What is each interval worth?",
            Picture = Picture(line, value),
            Answer = Decimals || !line.Step.IsWhole ? NumberAnswer.Decimal(line.Step) : NumberAnswer.Whole(line.Step.Numerator),
            Wrong =
            [
                new(Text(Fraction.Whole(1)), "Assumes every interval is worth one whatever the end points."),
                new(Text(span), "Gives the length of the whole line instead of one interval."),
                new(Text(line.Step * Fraction.Whole(10)), "Divides by the wrong power of ten."),
            ],
            Worked = $"From {Text(line.Start)} to {Text(line.End)} is {Text(span)}, split into 10 equal intervals, so each is worth {Text(line.Step)}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Line, $"{line.Start}..{line.End}"), (Value, value)),
        };
    }

    private QuestionDraft Between(LineAt full, Fraction inside, LineAt zoom, int k)
    {
        var low = zoom.Start;
        var high = zoom.End;
        string Pair(Fraction a) => $"{Text(a)} and {Text(a + full.Step)}";
        var right = Pair(low);
        var wrong = new List<WrongAnswer>();
        if (low - full.Step >= full.Start)
        {
            wrong.Add(new(Pair(low - full.Step), "Uses the multiple before, so says the number lies one interval lower."));
        }

        if (high + full.Step <= full.End)
        {
            wrong.Add(new(Pair(high), "Says the next multiple is the start of the interval, so moves one interval too far."));
        }

        var options = new List<string> { right };
        options.AddRange(wrong.Select(w => w.Text));
        return new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"{Text(inside)} lies between which two numbers on the line?",
            Picture = Picture(zoom, null),
            Answer = new ChoiceAnswer(right, options),
            Wrong = wrong,
            Worked = $"{Text(inside)} is more than {Text(low)} and less than {Text(high)}, so it lies between {right}; it is closer to {Text(k < 5 ? low : k > 5 ? high : low)}{(k == 5 ? " and " + Text(high) + " equally" : string.Empty)}.",
            StemSentence = 1,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Line, $"{zoom.Start}..{zoom.End}"), (Value, inside)),
        };
    }

    private QuestionDraft Estimate(Dice dice, LineAt line)
    {
        // An arrow well away from the middle, between two marks, so that reading from the wrong
        // end or ignoring the scale gives a clearly different number.
        var small = line.Step / Fraction.Whole(10);
        var hundredths = dice.Chance(50) ? dice.Between(15, 35) : dice.Between(65, 85);
        if (hundredths % 10 == 0)
        {
            hundredths++;
        }

        var value = line.Start + small * Fraction.Whole(hundredths);
        var mirrored = line.End - small * Fraction.Whole(hundredths);
        var nearest = hundredths < 50 ? line.Start : line.End;
        return new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = "Only the ends are labelled. Which number is the arrow pointing to?",
            Picture = new NumberLinePicture(line.Start, line.End, line.Step, NumberLineLabels.Ends, [], [new NumberLineMark(value, "?")]),
            Answer = Decimals ? NumberAnswer.Decimal(value) : NumberAnswer.Whole(value.Numerator),
            Wrong =
            [
                new(Text(mirrored), "Places numbers from the right-hand end of the line."),
                new(Text(nearest), "Reads the nearest label instead of estimating the position."),
                new(Text(line.Start + (line.End - line.Start) / Fraction.Whole(2)), "Thinks an estimate is a wild guess, so picks the middle."),
            ],
            Worked = $"Halfway is {Text(line.Start + (line.End - line.Start) / Fraction.Whole(2))}. The arrow is a bit {(hundredths % 10 < 5 ? "more" : "less")} than {Text(line.Start + line.Step * Fraction.Whole((hundredths + 5) / 10))}, so it points to about {Text(value)}.",
            StemSentence = 1,
            Dimension = Variation.Deepening,
            Features = Features.Of((Line, $"{line.Start}..{line.End}"), (Value, value)),
        };
    }

    private readonly record struct LineAt(Fraction Start, Fraction End, Fraction Step);
}
