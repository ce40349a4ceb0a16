using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>Which numbers a fraction number line shows.</summary>
public enum LineNumbers
{
    /// <summary>Proper fractions between 0 and 1.</summary>
    Proper,

    /// <summary>Mixed numbers between two whole numbers.</summary>
    Mixed,

    /// <summary>Improper fractions beyond 1, written as improper fractions.</summary>
    Improper,
}

/// <summary>
/// Reading fractions on a number line: the denominator is the number of equal intervals in each
/// whole, not the number of marks. The set moves the arrow, then changes how each whole is split,
/// and asks how many intervals there are before a closing true-or-false about where a number lies.
/// </summary>
/// <param name="numbers">Proper fractions, mixed numbers or improper fractions.</param>
/// <param name="wholes">The line runs from 0 to this whole number (1 for proper fractions).</param>
/// <param name="denominators">The denominators to choose from.</param>
public sealed class FractionNumberLineGenerator(LineNumbers numbers, int wholes, params int[] denominators) : QuestionGenerator
{
    private const string WholesFeature = "wholes";
    private const string MarkedFeature = "marked";
    private const string IntervalsFeature = "intervals";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => "fractions on a number line";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var lowest = numbers == LineNumbers.Proper ? 0 : 1;
        var highest = numbers == LineNumbers.Proper ? 0 : wholes - 1;
        var (w, d1, k1, k2, d2) = Search(
            dice,
            x => (x.Between(lowest, highest), x.Pick(denominators), x.Between(1, 11), x.Between(1, 11), x.Pick(denominators)),
            c => c.Item1 <= highest && c.Item3 < c.Item2 && c.Item4 < c.Item2 && c.Item4 < c.Item5 && c.Item3 != c.Item4 && c.Item2 != c.Item5
                && Coprime(c.Item3, c.Item2) && Coprime(c.Item4, c.Item2) && Coprime(c.Item4, c.Item5));
        return
        [
            Read(w, k1, d1, QuestionFormat.MatchPicture, Variation.Start),
            Read(w, k2, d1, QuestionFormat.MatchPicture, MarkedFeature),
            Read(w, k2, d2, QuestionFormat.MatchPicture, IntervalsFeature),
            Read(w, k2, d2, QuestionFormat.NumberEntry, QuestionTypeFeature),
            Intervals(w, k2, d2),
            Between(dice, w, k2, d2),
        ];
    }

    private int LineWholes => numbers == LineNumbers.Proper ? 1 : wholes;

    private string Write(Fraction value, long d) => numbers switch
    {
        LineNumbers.Improper => Text((value * Fraction.Whole(d)).Numerator, d),
        _ => Over(value, d),
    };

    private static IReadOnlyDictionary<string, string> Facts(int w, int k, int d, string unknown) =>
        Features.Of((WholesFeature, w), (MarkedFeature, k), (IntervalsFeature, d), (UnknownFeature, unknown));

    private FractionNumberLinePicture Line(Fraction value, int d) => new FractionNumberLinePicture(d, LineWholes, value, "?", false);

    private QuestionDraft Read(int w, int k, int d, QuestionFormat format, string dimension)
    {
        var value = Fraction.Whole(w) + Fraction.Of(k, d);
        var answer = numbers == LineNumbers.Mixed ? MixedAnswer(value) : FractionAnswer(value);
        var wrong = new List<WrongAnswer>
        {
            new(Write(Fraction.Whole(w) + Fraction.Of(k, d + 1), d + 1), "Counts the marks rather than the intervals to find the denominator."),
            new(Write(value + Fraction.Of(1, d), d), "Counts the mark at the start as one interval."),
        };
        if (w > 0)
        {
            wrong.Add(new(Write(Fraction.Of(k, d), d), numbers == LineNumbers.Improper
                ? "Places a fraction between 0 and 1 because it is 'a fraction'."
                : "Reads the fraction part and forgets the whole numbers."));
        }

        var prompt = format == QuestionFormat.NumberEntry
            ? $"Write the number the arrow points to{(numbers == LineNumbers.Improper ? " as an improper fraction" : string.Empty)}."
            : $"What number does the arrow point to?{(numbers == LineNumbers.Improper ? " Write it as an improper fraction." : string.Empty)}";
        var worked = $"Each whole is split into {d} equal intervals, so each interval is {Text(1, d)}. "
            + (w == 0 ? $"The arrow is {k} intervals from 0, so it points to {Text(k, d)}." : $"The arrow is {k} intervals past {w}, so it points to {Write(value, d)}.");
        return Ask(format, prompt, answer, worked, dimension, Facts(w, k, d, "number"), Line(value, d), wrong, w == 0 ? 1 : 0);
    }

    private QuestionDraft Intervals(int w, int k, int d)
    {
        var value = Fraction.Whole(w) + Fraction.Of(k, d);
        return Ask(QuestionFormat.NumberEntry, "How many equal intervals is each whole split into?", NumberAnswer.Whole(d),
            $"Count the spaces between the marks from one whole number to the next: {d}. So each interval is {Text(1, d)}.",
            UnknownFeature, Facts(w, k, d, "intervals"), Line(value, d),
            [new(W(d + 1), "Counts the marks, not the intervals."), new(W(d - 1), "Counts only the marks between the whole numbers.")]);
    }

    private QuestionDraft Between(Dice dice, int w, int k, int d)
    {
        var value = Fraction.Whole(w) + Fraction.Of(k, d);
        var truth = dice.Chance(50);
        string statement;
        string misconception;
        string why;
        if (numbers == LineNumbers.Proper)
        {
            statement = truth
                ? $"The line from 0 to 1 is split into {d} equal intervals, so each interval is {Text(1, d)}."
                : $"The line from 0 to 1 has {d + 1} marks, so each interval is {Text(1, d + 1)}.";
            misconception = truth ? "Does not link the number of intervals to the denominator." : "Counts the marks rather than the intervals to find the denominator.";
            why = $"There are {d + 1} marks but {d} intervals between them, so each interval is {Text(1, d)}.";
        }
        else
        {
            var from = truth ? w : 0;
            statement = $"{Write(value, d)} is between {from} and {from + 1} on the number line.";
            misconception = truth ? "Does not see how many wholes a fraction greater than 1 contains." : "Places a fraction between 0 and 1 because it is 'a fraction'.";
            why = $"{Write(value, d)} is {w} whole{(w == 1 ? string.Empty : "s")} and {Text(k, d)}, so it lies between {w} and {w + 1}.";
        }

        var (answer, wrong) = TrueOrFalse(truth, misconception);
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {statement}", answer, why, Variation.Deepening,
            Facts(w, k, d, "statement"), new FractionNumberLinePicture(d, LineWholes, null, string.Empty, true), wrong);
    }
}
