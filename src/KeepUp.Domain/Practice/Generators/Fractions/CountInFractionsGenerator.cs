using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>How the numbers of a count in fractions are written.</summary>
public enum CountStyle
{
    /// <summary>Fractions, then whole and mixed numbers: 3/4, 1, 1 1/4.</summary>
    Mixed,

    /// <summary>Improper fractions past one whole: 3/4, 4/4, 5/4 (the box is the numerator).</summary>
    Improper,

    /// <summary>Decimals: 0.8, 0.9, 1, 1.1.</summary>
    Decimal,
}

/// <summary>
/// Counting forwards and backwards in a unit fraction, through and beyond a whole: the set moves
/// the count along, turns its direction round, shows it as hops on a number line and stops it on
/// a whole number, where pupils must see that d/d is 1.
/// </summary>
/// <param name="style">Mixed numbers, improper fractions or decimals.</param>
/// <param name="wholes">The count stays between 0 and this whole number.</param>
/// <param name="denominators">The unit fractions to count in (one, or several to change the step).</param>
public sealed class CountInFractionsGenerator(CountStyle style, int wholes, params int[] denominators) : QuestionGenerator
{
    private const string StepFeature = "step";
    private const string DirectionFeature = "direction";
    private const string MissingFeature = "missing term";
    private static readonly int[] StepsBack = [3, 2, 1];

    /// <inheritdoc />
    public override string Family => "count in fractions";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        if (wholes < 2 || denominators.Length == 0)
        {
            throw new GeneratorConstraintException("A count in fractions needs at least two wholes.");
        }

        var d = dice.Pick(denominators);
        var d2 = denominators.Length > 1 ? Search(dice, x => x.Pick(denominators), c => c != d) : d;
        var s = Fraction.Of(1, d);
        var top = Fraction.Whole(wholes);
        var (m1, gap, w) = Search(
            dice,
            x => (Fraction.Of(x.Between(3, (wholes * d) - 4), d), x.Between(1, 3), x.Between(1, wholes - 1)),
            c => Nice(c.Item1, d) && Nice(c.Item1 + (s * Fraction.Whole(c.Item2)), d) && c.Item1 + (s * Fraction.Whole(c.Item2 + 3)) <= top
                && Fraction.Whole(c.Item3) + Fraction.Of(3, System.Math.Min(d, d2)) <= top);
        var m2 = m1 + (s * Fraction.Whole(gap));
        var drafts = new List<QuestionDraft>
        {
            Count(d, m1, true, false, Variation.Start),
            Count(d, m2, true, false, MissingFeature),
            Count(d, m2, false, false, DirectionFeature),
            Count(d, m2, false, true, RepresentationFeature),
            Count(d, Fraction.Whole(w), false, true, MissingFeature),
        };
        if (d2 != d)
        {
            drafts.Add(Count(d2, Fraction.Whole(w), false, true, StepFeature));
        }

        drafts.Add(AfterOneWhole(dice, d2));
        return drafts;
    }

    // In mixed style the missing number is one pupils write without simplifying (never 2/4).
    private bool Nice(Fraction value, int d) => !value.IsWhole && (style != CountStyle.Mixed || Coprime((value * Fraction.Whole(d)).Numerator % d, d));

    private string Term(Fraction value, int d) => style switch
    {
        CountStyle.Decimal => D(value),
        CountStyle.Improper => Text((value * Fraction.Whole(d)).Numerator, d),
        CountStyle.Mixed => Over(value, d),
    };

    private string Box(int d) => style == CountStyle.Improper ? $"{PupilNumber.Box}/{d}" : PupilNumber.Box;

    private NumberAnswer AnswerFor(Fraction value, int d) => style switch
    {
        CountStyle.Decimal => NumberAnswer.Decimal(value),
        CountStyle.Improper => NumberAnswer.Whole((value * Fraction.Whole(d)).Numerator),
        CountStyle.Mixed => MixedAnswer(value),
    };

    private string WrongText(Fraction value, int d) => style == CountStyle.Improper ? W((value * Fraction.Whole(d)).Numerator) : Term(value, d);

    private QuestionDraft Count(int d, Fraction missing, bool forward, bool line, string dimension)
    {
        var s = Fraction.Of(forward ? 1 : -1, d);
        var terms = StepsBack.Select(k => missing - (s * Fraction.Whole(k))).ToList();
        var direction = forward ? "on" : "back";
        var unit = style == CountStyle.Decimal ? "tenths" : Parts(d);
        var prompt = $"Count {direction} in {unit}: {string.Join(", ", terms.Select(t => Term(t, d)))}, {Box(d)}";
        var worked = $"Each step is {(forward ? "+" : PupilNumber.Minus)}{Term(Fraction.Of(1, d), d)}, so after {Term(terms[^1], d)} comes {Term(missing, d)}."
            + (missing.IsWhole ? $" {d} {Parts(d)} make one whole." : string.Empty);
        var (low, high) = forward ? (terms[0], missing) : (missing, terms[0]);
        var end = System.Math.Max(Ceiling(high), Floor(low) + 1);
        Picture? picture = line
            ? new NumberLinePicture(
                Fraction.Whole(Floor(low)),
                Fraction.Whole(end),
                Fraction.Of(1, d),
                NumberLineLabels.Ends,
                [.. terms.Zip(terms.Skip(1).Append(missing)).Select(p => new NumberLineJump(p.First, p.Second, null))],
                [new NumberLineMark(missing, "?")],
                style != CountStyle.Decimal)
            : null;
        return Ask(QuestionFormat.MissingNumber, prompt, AnswerFor(missing, d), worked, dimension,
            Features.Of((StepFeature, d), (DirectionFeature, forward ? "forwards" : "backwards"), (MissingFeature, missing)), picture,
            [new(WrongText(missing + s, d), "Counts two steps instead of one."), new(WrongText(terms[^1], d), "Repeats the last number instead of counting on.")],
            missing.IsWhole ? 1 : 0);
    }

    private QuestionDraft AfterOneWhole(Dice dice, int d)
    {
        var before = style == CountStyle.Improper ? 0 : dice.Between(0, wholes - 1);
        var last = Fraction.Whole(before) + Fraction.Of(d - 1, d);
        var truth = dice.Chance(50);
        var wrongNext = style == CountStyle.Decimal
            ? $"{W(before)}.10"
            : Over(Fraction.Whole(before) + Fraction.Of(1, d + 1), d + 1);
        var rightNext = style == CountStyle.Improper ? Text((before + 1) * d, d) : W(before + 1);
        var misconception = style == CountStyle.Decimal
            ? "Counts 0.8, 0.9, 0.10, as if the tenths were a whole number."
            : "Changes the denominator after one whole instead of carrying on in the same parts.";
        var (answer, wrong) = TrueOrFalse(truth, truth ? "Does not see that a full set of parts makes the next whole number." : misconception);
        var unit = style == CountStyle.Decimal ? "tenths" : Parts(d);
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? Counting on in {unit}, the number after {Term(last, d)} is {(truth ? rightNext : wrongNext)}.",
            answer, $"{d} {Parts(d)} make one whole, so one more {Part(d)} after {Term(last, d)} makes {W(before + 1)}.",
            Variation.Deepening, Features.Of((StepFeature, d), (DirectionFeature, "forwards"), (MissingFeature, before + 1)),
            new FractionNumberLinePicture(d, wholes, last, Term(last, d), false), wrong, 1);
    }
}
