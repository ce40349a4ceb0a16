using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>What a mixed-number set asks pupils to do.</summary>
public enum MixedNumberTask
{
    /// <summary>Say which mixed number a picture of wholes and parts shows.</summary>
    Recognise,

    /// <summary>Convert an improper fraction to a mixed number.</summary>
    ToMixed,

    /// <summary>Convert a mixed number to an improper fraction.</summary>
    ToImproper,
}

/// <summary>
/// Mixed numbers and improper fractions: every whole is a full set of parts (1 = 5/5), so
/// 3 2/5 = 17/5. The set changes the parts left over, then the number of wholes, then the size
/// of the parts (the denominator), shows the same number on a number line and ends on the step's
/// misconception.
/// </summary>
/// <param name="task">Recognise, convert to a mixed number or convert to an improper fraction.</param>
/// <param name="mostWholes">The most whole ones in a number.</param>
/// <param name="denominators">The denominators to choose from (3 or more, so two remainders are possible).</param>
public sealed class ImproperAndMixedGenerator(MixedNumberTask task, int mostWholes, params int[] denominators) : QuestionGenerator
{
    private const string WholesFeature = "wholes";
    private const string RemainderFeature = "parts left over";
    private const string DenominatorFeature = "denominator";

    /// <inheritdoc />
    public override string Family => "mixed numbers and improper fractions";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (d, r1, r2, w1, d2) = Search(
            dice,
            x => (x.Pick(denominators), x.Between(1, 11), x.Between(1, 11), x.Between(1, mostWholes - 1), x.Pick(denominators)),
            c => c.Item2 < c.Item1 && c.Item3 < c.Item1 && c.Item3 < c.Item5 && c.Item2 != c.Item3 && c.Item1 != c.Item5
                && Coprime(c.Item2, c.Item1) && Coprime(c.Item3, c.Item1) && Coprime(c.Item3, c.Item5));
        var w2 = w1 + 1;
        return
        [
            Convert(w1, r1, d, false, Variation.Start),
            Convert(w1, r2, d, false, RemainderFeature),
            Convert(w2, r2, d, false, WholesFeature),
            Convert(w2, r2, d2, false, DenominatorFeature),
            Convert(w2, r2, d2, true, RepresentationFeature),
            task switch
            {
                MixedNumberTask.Recognise => NotTimes(w2, r1, d),
                MixedNumberTask.ToMixed => MoreThanWholes(dice, w1, r1, d),
                MixedNumberTask.ToImproper => SpotTheMistake(dice, w2, r1, d),
            },
        ];
    }

    private static IReadOnlyDictionary<string, string> Facts(int w, int r, int d) =>
        Features.Of((WholesFeature, w), (RemainderFeature, r), (DenominatorFeature, d));

    private static Picture Picture(int w, int r, int d, bool line) => line
        ? new FractionNumberLinePicture(d, w + 1, Fraction.Whole(w) + Fraction.Of(r, d), "?", false)
        : new FractionBarPicture(d, (w * d) + r, w + 1);

    private QuestionDraft Convert(int w, int r, int d, bool line, string dimension)
    {
        var value = Fraction.Whole(w) + Fraction.Of(r, d);
        var n = (w * d) + r;
        var (mixed, improper) = (Over(value, d), Text(n, d));
        var worked = $"{d} {Parts(d)} make one whole, so {w} whole{(w == 1 ? string.Empty : "s")} {(w == 1 ? "is" : "are")} {w * d} {Parts(d)}; with {r} more that makes {n} {Parts(d)}: {mixed} = {improper}.";
        return task switch
        {
            MixedNumberTask.Recognise => Ask(QuestionFormat.MatchPicture, line ? "What mixed number does the arrow point to?" : "What mixed number does the picture show?",
                MixedAnswer(value), worked, dimension, Facts(w, r, d), Picture(w, r, d, line),
                [
                    new(Text(n, (w + 1) * d), $"Counts all the shaded parts over all the parts in the {w + 1} bars."),
                    new(Text(r, d), "Counts only the part-filled whole and forgets the full wholes."),
                    new(Over(Fraction.Whole(w + 1) + Fraction.Of(r, d), d), "Counts the part-filled bar as another whole."),
                ]),
            MixedNumberTask.ToMixed => Ask(QuestionFormat.NumberEntry, $"Write {improper} as a mixed number.", MixedAnswer(value),
                $"{n} {PupilNumber.Divide} {d} = {w} remainder {r}: {w} wholes and {r} {Parts(d)} left over, so {improper} = {mixed}.",
                dimension, Facts(w, r, d), Picture(w, r, d, line),
                [
                    new($"{w} {Text(r, n)}", "Changes the denominator, writing the remainder over the numerator."),
                    .. r > w ? [] : new[] { new WrongAnswer($"{r} {Text(w, d)}", "Writes the remainder as the whole number and the quotient as the numerator.") },
                    new(Over(Fraction.Whole(w - 1) + Fraction.Of(r, d), d), "Counts one whole too few."),
                ]),
            MixedNumberTask.ToImproper => Ask(QuestionFormat.NumberEntry, $"Write {mixed} as an improper fraction.", FractionAnswer(value, mixedAccepted: false),
                worked, dimension, Facts(w, r, d), Picture(w, r, d, line),
                [
                    new(Text(w * r, d), "Multiplies the whole number by the numerator."),
                    new(Text(w + r, d), "Adds the whole number to the numerator."),
                    .. w > 1 ? new[] { new WrongAnswer(Text(n, w * d), "Changes the denominator as well as the numerator.") } : [],
                ],
                1),
        };
    }

    private static QuestionDraft NotTimes(int w, int r, int d)
    {
        var (answer, wrong) = TrueOrFalse(false, $"Reads {Over(Fraction.Whole(w) + Fraction.Of(r, d), d)} as {w} {PupilNumber.Times} {Text(r, d)}.");
        var mixed = Over(Fraction.Whole(w) + Fraction.Of(r, d), d);
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {mixed} means {w} {PupilNumber.Times} {Text(r, d)}.", answer,
            $"{mixed} means {w} wholes and {Text(r, d)} more: {w} + {Text(r, d)}.", Variation.Deepening, Facts(w, r, d), Picture(w, r, d, false), wrong, 1);
    }

    private static QuestionDraft MoreThanWholes(Dice dice, int w, int r, int d)
    {
        var n = (w * d) + r;
        var whole = dice.Chance(50) ? w : w + 1;
        var sign = whole == w ? '>' : '<';
        return Ask(QuestionFormat.Compare, $"{Text(n, d)} {Circle} {whole}", new ComparisonAnswer(sign),
            $"{whole} = {Text(whole * d, d)}, and {n} {Parts(d)} is {(sign == '>' ? "more" : "less")} than {whole * d} {Parts(d)}.",
            Variation.Deepening, Facts(w, r, d), Picture(w, r, d, false),
            [new(sign == '>' ? "<" : ">", "Thinks an improper fraction is less than 1 because it is a fraction."), new("=", "Does not group the parts into wholes before comparing.")]);
    }

    private static QuestionDraft SpotTheMistake(Dice dice, int w, int r, int d)
    {
        var name = dice.Pick(Names);
        var mixed = Over(Fraction.Whole(w) + Fraction.Of(r, d), d);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} writes {mixed} = {Text(w * r, d)}. What should it be?", FractionAnswer(Fraction.Whole(w) + Fraction.Of(r, d), mixedAccepted: false),
            $"{name} multiplied the whole number by the numerator. Each whole is {d} {Parts(d)}: {w} {PupilNumber.Times} {d} + {r} = {(w * d) + r}, so {mixed} = {Text((w * d) + r, d)}.",
            Variation.Deepening, Facts(w, r, d), Picture(w, r, d, false), [new(Text(w * r, d), "Multiplies the whole number by the numerator.")]);
    }
}
