using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>How a fraction of an amount is written.</summary>
public enum AmountStyle
{
    /// <summary>In words, before pupils write fractions: "Half of 8 is □."</summary>
    Words,

    /// <summary>With fraction notation: "3/4 of 20 = □".</summary>
    Notation,

    /// <summary>As multiplication by a fraction: "3/4 × 20 = □".</summary>
    Operator,
}

/// <summary>
/// A fraction of an amount: divide by the denominator to find one part, then take as many parts
/// as the numerator says. The set changes the amount, then the fraction, then shows the same
/// calculation as equal groups of counters, and turns it round to find the whole or the numerator.
/// </summary>
/// <param name="style">Words, fraction notation or multiplication.</param>
/// <param name="nonUnit">True for non-unit fractions (3/4 of), false for unit fractions (1/4 of).</param>
/// <param name="largestPart">The largest size of one part (the amount divided by the denominator).</param>
/// <param name="denominators">The denominators to choose from.</param>
public sealed class FractionOfAmountGenerator(AmountStyle style, bool nonUnit, int largestPart, params int[] denominators) : QuestionGenerator
{
    private const string AmountFeature = "amount";
    private const string NumeratorFeature = "numerator";
    private const string DenominatorFeature = "denominator";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => "fraction of an amount";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        if (largestPart < 4 || denominators.Length == 0 || (style == AmountStyle.Words && nonUnit))
        {
            throw new GeneratorConstraintException("A fraction of an amount needs parts of at least 4 and a denominator.");
        }

        if (nonUnit)
        {
            return NonUnit(dice);
        }

        return denominators.Length == 1 ? OneDenominator(dice) : TwoDenominators(dice);
    }

    private List<QuestionDraft> NonUnit(Dice dice)
    {
        var (d, n1, n2, q1) = Search(
            dice,
            x => (x.Pick(denominators), x.Between(2, 11), x.Between(1, 11), x.Between(2, largestPart - 2)),
            s => s.Item2 < s.Item1 && s.Item3 < s.Item1 && s.Item2 != s.Item3 && Coprime(s.Item2, s.Item1) && Coprime(s.Item3, s.Item1));
        var (a1, a2, a3) = (d * q1, d * (q1 + 1), d * (q1 + 2));
        var picture = Groups(d, q1 + 1, n2);
        return
        [
            Find(n1, d, a1, Bar(d, n1, a1), Variation.Start),
            Find(n1, d, a2, Bar(d, n1, a2), AmountFeature),
            Find(n2, d, a2, Bar(d, n2, a2), NumeratorFeature),
            Find(n2, d, a2, picture, RepresentationFeature),
            FindNumerator(n2, d, a2, picture),
            style == AmountStyle.Operator ? BiggerOrSmaller(n1, d, a3) : StopsAtOnePart(dice, n1, d, a3),
        ];
    }

    private List<QuestionDraft> OneDenominator(Dice dice)
    {
        var d = denominators[0];
        var q1 = dice.Between(2, largestPart - 2);
        var (a1, a2, a3) = (d * q1, d * (q1 + 1), d * (q1 + 2));
        var picture = Groups(d, q1 + 2, 1);
        return
        [
            Find(1, d, a1, Bar(d, 1, a1), Variation.Start),
            Find(1, d, a2, Bar(d, 1, a2), AmountFeature),
            Find(1, d, a3, Bar(d, 1, a3), AmountFeature),
            Find(1, d, a3, picture, RepresentationFeature),
            FindWhole(d, a3, picture),
            TakesAway(dice, d, a3),
        ];
    }

    private List<QuestionDraft> TwoDenominators(Dice dice)
    {
        var (d1, d2, m) = Search(
            dice,
            x => (x.Pick(denominators), x.Pick(denominators), x.Between(1, largestPart)),
            s => s.Item1 != s.Item2 && Lcm(s.Item1, s.Item2) * s.Item3 / System.Math.Min(s.Item1, s.Item2) <= largestPart
                && Lcm(s.Item1, s.Item2) * s.Item3 >= 3 * s.Item1 && Lcm(s.Item1, s.Item2) * s.Item3 >= 2 * System.Math.Max(s.Item1, s.Item2));
        var a2 = (int)Lcm(d1, d2) * m;
        var a1 = a2 - d1;
        var picture = Groups(d2, a2 / d2, 1);
        return
        [
            Find(1, d1, a1, Bar(d1, 1, a1), Variation.Start),
            Find(1, d1, a2, Bar(d1, 1, a2), AmountFeature),
            Find(1, d2, a2, Bar(d2, 1, a2), DenominatorFeature),
            Find(1, d2, a2, picture, RepresentationFeature),
            FindWhole(d2, a2, picture),
            CompareUnitParts(d1, d2, a2),
        ];
    }

    private string Of(int n, int d, string amount) => style switch
    {
        AmountStyle.Words => $"{WordsFor(d)} of {amount} is",
        AmountStyle.Operator => $"{Text(n, d)} {PupilNumber.Times} {amount} =",
        _ => $"{Text(n, d)} of {amount} =",
    };

    private static string WordsFor(int d) => d switch
    {
        2 => "Half",
        4 => "A quarter",
        _ => "A " + Part(d),
    };

    private static IReadOnlyDictionary<string, string> Facts(int n, int d, int amount, string unknown) =>
        Features.Of((NumeratorFeature, n), (DenominatorFeature, d), (AmountFeature, amount), (UnknownFeature, unknown));

    private static BarModelPicture Bar(int d, int n, int amount) => SplitBar(d, n, W(amount));

    // Counters in equal groups, one row per group, while the groups are small enough to draw;
    // a fraction bar once the amounts grow.
    private Picture Groups(int d, int perPart, int n) =>
        largestPart <= 12 && d <= 12 ? new ArrayPicture(d, perPart) : new FractionBarPicture(d, n);

    private QuestionDraft Find(int n, int d, int amount, Picture picture, string dimension)
    {
        var part = amount / d;
        var wrong = new List<WrongAnswer>();
        if (n > 1)
        {
            wrong.AddRange(WrongWhole(part, "Finds one part and stops."));
            if (amount % n == 0)
            {
                wrong.AddRange(WrongWhole(amount / n, "Divides by the numerator instead of the denominator."));
            }
        }
        else
        {
            wrong.AddRange(WrongWhole(amount - d, $"Takes away {d} instead of sharing into {d} equal groups."));
            wrong.AddRange(WrongWhole(d, "Gives the number of groups instead of how many are in each group."));
        }

        if (n == 1 && d == 4)
        {
            wrong.AddRange(WrongWhole(amount / 2, "Halves only once when finding a quarter."));
        }

        var worked = n == 1
            ? $"Share {W(amount)} into {d} equal groups: {W(amount)} {PupilNumber.Divide} {d} = {W(part)}."
            : $"One {Part(d)} of {W(amount)} is {W(amount)} {PupilNumber.Divide} {d} = {W(part)}, so {Text(n, d)} is {n} {PupilNumber.Times} {W(part)} = {W(n * part)}.";
        return Ask(QuestionFormat.MissingNumber, $"{Of(n, d, W(amount))} {PupilNumber.Box}", NumberAnswer.Whole(n * part), worked, dimension,
            Facts(n, d, amount, "part"), picture, wrong);
    }

    private QuestionDraft FindWhole(int d, int amount, Picture picture)
    {
        var part = amount / d;
        var prompt = style == AmountStyle.Words ? $"{WordsFor(d)} of {PupilNumber.Box} is {W(part)}." : $"{Of(1, d, PupilNumber.Box)} {W(part)}";
        return Ask(QuestionFormat.MissingNumber, prompt, NumberAnswer.Whole(amount),
            $"{W(part)} is one of {d} equal parts, so the whole is {d} {PupilNumber.Times} {W(part)} = {W(amount)}.",
            UnknownFeature, Facts(1, d, amount, "whole"), picture,
            [.. WrongWhole(part + d, $"Adds {d} instead of finding {d} equal parts."), .. part % d == 0 ? WrongWhole(part / d, "Finds a fraction of the part instead of the whole.") : [], .. WrongWhole(part * (d - 1), "Counts the other parts but not the one given.")]);
    }

    private QuestionDraft FindNumerator(int n, int d, int amount, Picture picture)
    {
        var part = amount / d;
        return Ask(QuestionFormat.MissingNumber, $"{PupilNumber.Box}/{d} {(style == AmountStyle.Operator ? PupilNumber.Times : "of")} {W(amount)} = {W(n * part)}",
            NumberAnswer.Whole(n), $"One {Part(d)} of {W(amount)} is {W(part)}, and {W(n * part)} {PupilNumber.Divide} {W(part)} = {n}, so it is {Text(n, d)}.",
            UnknownFeature, Facts(n, d, amount, "numerator"), picture,
            [.. WrongWhole(d - n, "Counts the parts that are not taken."), .. WrongWhole(part, "Gives the size of one part instead of how many parts.")]);
    }

    private QuestionDraft TakesAway(Dice dice, int d, int amount)
    {
        var name = dice.Pick(Names);
        var mistake = amount - d;
        var statement = style == AmountStyle.Words ? $"{WordsFor(d).ToLowerInvariant()} of {W(amount)}" : $"{Text(1, d)} of {W(amount)}";
        return Ask(QuestionFormat.SpotTheMistake, $"{name} says {statement} is {W(mistake)}. What is {statement} really?",
            NumberAnswer.Whole(amount / d), $"{name} took away {d}. Sharing {W(amount)} into {d} equal groups gives {W(amount / d)} in each group.",
            Variation.Deepening, Facts(1, d, amount, "part"), new ArrayPicture(d, amount / d),
            [new(W(mistake), $"Takes away {d} instead of sharing into {d} equal groups.")]);
    }

    private static QuestionDraft StopsAtOnePart(Dice dice, int n, int d, int amount)
    {
        var name = dice.Pick(Names);
        var part = amount / d;
        return Ask(QuestionFormat.SpotTheMistake, $"{name} says {Text(n, d)} of {W(amount)} is {W(part)}. What is {Text(n, d)} of {W(amount)} really?",
            NumberAnswer.Whole(n * part), $"{W(part)} is only one {Part(d)}. {Text(n, d)} is {n} of those parts: {n} {PupilNumber.Times} {W(part)} = {W(n * part)}.",
            Variation.Deepening, Facts(n, d, amount, "part"), Bar(d, n, amount),
            [new(W(part), "Finds the unit fraction and forgets to multiply by the numerator.")]);
    }

    private static QuestionDraft BiggerOrSmaller(int n, int d, int amount)
    {
        var (answer, wrong) = TrueOrFalse(false, "Thinks multiplying always makes a number bigger.");
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {Text(n, d)} {PupilNumber.Times} {W(amount)} is greater than {W(amount)}.", answer,
            $"{Text(n, d)} {PupilNumber.Times} {W(amount)} is {Text(n, d)} of {W(amount)}, which is {W(amount / d * n)}. Multiplying by a fraction less than 1 makes the answer smaller.",
            Variation.Deepening, Facts(n, d, amount, "comparison"), Bar(d, n, amount), wrong, 1);
    }

    private static QuestionDraft CompareUnitParts(int d1, int d2, int amount)
    {
        var (x, y) = (amount / d1, amount / d2);
        var sign = ComparisonAnswer.Between(Fraction.Whole(x), Fraction.Whole(y));
        var (small, big) = (System.Math.Min(d1, d2), System.Math.Max(d1, d2));
        return Ask(QuestionFormat.Compare, $"Without working them out: {Text(1, d1)} of {W(amount)} {Circle} {Text(1, d2)} of {W(amount)}",
            new ComparisonAnswer(sign),
            $"The same amount shared into more groups gives fewer in each group, so {Text(1, small)} of {W(amount)} is more than {Text(1, big)} of it ({W(amount / small)} and {W(amount / big)}).",
            Variation.Deepening, Facts(1, d1, amount, "comparison"), Wall(d1, d2),
            [new(sign == '<' ? ">" : "<", $"Thinks {Text(1, big)} of an amount is more because {big} is greater than {small}."), new("=", "Thinks every unit fraction of the same amount is the same.")]);
    }
}
