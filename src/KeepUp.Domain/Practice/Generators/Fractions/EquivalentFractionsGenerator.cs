using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Equivalent fractions: splitting every part into the same number of smaller parts multiplies
/// the numerator and the denominator by the same number. The set changes that number, then the
/// fraction, moves the box to the denominator and changes the picture; in simplifying sets the
/// same structure runs backwards, dividing by a common factor.
/// </summary>
/// <param name="simplify">True to simplify (answers asked for in their simplest form), false to find equivalents.</param>
/// <param name="onLine">True to start on a number line, false to start with a fraction wall.</param>
/// <param name="largestDenominator">The largest denominator an equivalent fraction may have.</param>
/// <param name="denominators">The denominators of the fractions in their simplest form.</param>
public sealed class EquivalentFractionsGenerator(bool simplify, bool onLine, int largestDenominator, params int[] denominators) : QuestionGenerator
{
    private const string NumeratorFeature = "numerator";
    private const string DenominatorFeature = "denominator";
    private const string MultiplierFeature = "multiplier";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => simplify ? "simplify fractions" : "equivalent fractions";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (b, a1, a2, k1, k2) = Search(
            dice,
            x =>
            {
                var d = x.Pick(denominators);
                var most = System.Math.Clamp(largestDenominator / d, 2, 12);
                return (d, x.Between(1, d - 1), x.Between(1, d - 1), x.Between(2, most), x.Between(2, most));
            },
            c => c.Item2 != c.Item3 && c.Item4 != c.Item5 && Coprime(c.Item2, c.Item1) && Coprime(c.Item3, c.Item1)
                && c.Item1 * System.Math.Max(c.Item4, c.Item5) <= largestDenominator);
        return simplify
            ? [
                Simplify(a1, b, k1, false, Variation.Start),
                Simplify(a1, b, k2, false, MultiplierFeature),
                Simplify(a2, b, k2, false, NumeratorFeature),
                SimplifyToDenominator(a2, b, k2, false, QuestionTypeFeature),
                SimplifyToDenominator(a2, b, k2, true, RepresentationFeature),
                Deepening(dice, a2, b, k2),
            ]
            : [
                Equivalent(a1, b, k1, NumeratorFeature, onLine, Variation.Start),
                Equivalent(a1, b, k2, NumeratorFeature, onLine, MultiplierFeature),
                Equivalent(a2, b, k2, NumeratorFeature, onLine, NumeratorFeature),
                Equivalent(a2, b, k2, DenominatorFeature, onLine, UnknownFeature),
                Equivalent(a2, b, k2, DenominatorFeature, !onLine, RepresentationFeature),
                Deepening(dice, a2, b, k2),
            ];
    }

    private static IReadOnlyDictionary<string, string> Facts(int a, int b, int k, string unknown) =>
        Features.Of((NumeratorFeature, a), (DenominatorFeature, b), (MultiplierFeature, k), (UnknownFeature, unknown));

    private static Picture Picture(int a, int b, int k, bool line) => line
        ? FractionLine(b * k, 1, (Fraction.Of(a, b), Text(a, b)))
        : Wall(b, b * k);

    private static QuestionDraft Equivalent(int a, int b, int k, string unknown, bool line, string dimension)
    {
        var (big, small) = (Text(a * k, b * k), Text(a, b));
        var askNumerator = unknown == NumeratorFeature;
        var prompt = askNumerator ? $"{small} = {PupilNumber.Box}/{b * k}" : $"{small} = {a * k}/{PupilNumber.Box}";
        var wrong = askNumerator
            ? new List<WrongAnswer>
            {
                new(W(a + (b * k) - b), $"Adds {(b * k) - b} to the numerator because {(b * k) - b} was added to the denominator."),
                new(W(a), "Changes the denominator but not the numerator."),
                new(W(k), "Writes the number the denominator was multiplied by."),
            }
            : [new(W(b + (a * k) - a), $"Adds {(a * k) - a} to the denominator because {(a * k) - a} was added to the numerator."), new(W(b), "Changes the numerator but not the denominator.")];
        var worked = $"{b} {PupilNumber.Times} {k} = {b * k}, so each part is split into {k}. There are {k} times as many parts and {k} times as many are shaded: {small} = {big}.";
        var stem = line ? 0 : 1;
        return Ask(QuestionFormat.MissingNumber, prompt, NumberAnswer.Whole(askNumerator ? a * k : b * k), worked, dimension,
            Facts(a, b, k, unknown), Picture(a, b, k, line), wrong, stem);
    }

    private static QuestionDraft Simplify(int a, int b, int k, bool line, string dimension)
    {
        var wrong = new List<WrongAnswer>
        {
            new(Text(a * k, b * k), "Leaves the fraction unsimplified."),
            new(Text(a, b * k), "Divides the numerator but not the denominator."),
        };
        var factor = SmallestFactor(k);
        if (factor < k)
        {
            wrong.Insert(0, new(Text(a * k / factor, b * k / factor), "Divides by a common factor but not the highest, so the fraction can be simplified further."));
        }

        return Ask(QuestionFormat.NumberEntry, $"Write {Text(a * k, b * k)} in its simplest form.", FractionAnswer(Fraction.Of(a, b), simplest: true),
            $"{a * k} and {b * k} have a highest common factor of {k}. Divide both by {k}: {Text(a * k, b * k)} = {Text(a, b)}.", dimension,
            Facts(a, b, k, "simplest form"), line ? Picture(a, b, k, true) : new FractionBarPicture(b * k, a * k), wrong, 0);
    }

    private static QuestionDraft SimplifyToDenominator(int a, int b, int k, bool line, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{Text(a * k, b * k)} = {PupilNumber.Box}/{b}",
        NumberAnswer.Whole(a),
        $"{b * k} {PupilNumber.Divide} {k} = {b}, so divide the numerator by {k} too: {a * k} {PupilNumber.Divide} {k} = {a}.",
        dimension,
        Facts(a, b, k, "simplest form"),
        line ? Picture(a, b, k, true) : new FractionBarPicture(b * k, a * k),
        [.. WrongWhole((a * k) - ((b * k) - b), "Subtracts the same number from the numerator as from the denominator."), new(W(a * k), "Changes the denominator but not the numerator.")],
        0);

    private QuestionDraft Deepening(Dice dice, int a, int b, int k)
    {
        var c = dice.Between(1, 4);
        var choice = simplify ? dice.Between(3, 4) : dice.Between(0, 2);
        var (statement, truth, misconception, why) = choice switch
        {
            0 => ($"{Text(a + c, b + c)} is equivalent to {Text(a, b)} because {c} was added to the numerator and the denominator.", false,
                "Adds the same number to the numerator and denominator to make an equivalent fraction.",
                $"Adding changes the amount: {Text(a, b)} and {Text(a + c, b + c)} are at different points on a number line. Multiplying both by the same number keeps it the same."),
            1 => ($"{Text(a * k, b * k)} is greater than {Text(a, b)} because its numbers are bigger.", false,
                "Thinks a fraction with bigger numbers is bigger, even when it is equivalent.",
                $"{Text(a * k, b * k)} has {k} times as many parts, each {k} times smaller, so it is the same amount as {Text(a, b)}."),
            2 => ($"{Text(a, b)} = {Text(a * k, b * k)} because the numerator and the denominator were both multiplied by {k}.", true,
                "Does not see that multiplying the numerator and denominator by the same number keeps the fraction's value.",
                $"Each part was split into {k}, so there are {k} times as many parts and {k} times as many of them are taken."),
            3 => ($"Simplifying {Text(a * k, b * k)} to {Text(a, b)} makes the fraction smaller.", false,
                "Thinks simplifying makes the fraction smaller.",
                $"{Text(a * k, b * k)} and {Text(a, b)} are the same amount; simplifying only uses fewer, larger parts."),
            _ => OddStatement(dice),
        };
        var (answer, wrong) = TrueOrFalse(truth, misconception);
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {statement}", answer, why, Variation.Deepening,
            Facts(a, b, k, "statement"), Wall(b, b * k), wrong, simplify ? 0 : 1);
    }

    private static (string, bool, string, string) OddStatement(Dice dice)
    {
        var (a, b) = dice.Pick(OddFractions);
        var k = dice.Chance(50) ? 3 : 5;
        return ($"{Text(a * k, b * k)} cannot be simplified because {a * k} and {b * k} are both odd.", false,
            "Thinks a fraction with an odd numerator or denominator can never be simplified.",
            $"{a * k} and {b * k} have a common factor of {k}, so {Text(a * k, b * k)} = {Text(a, b)}.");
    }

    private static readonly (int, int)[] OddFractions = [(1, 3), (1, 5), (3, 5), (1, 7), (3, 7), (5, 7)];

    private static int SmallestFactor(int k)
    {
        for (var f = 2; f * f <= k; f++)
        {
            if (k % f == 0)
            {
                return f;
            }
        }

        return k;
    }
}
