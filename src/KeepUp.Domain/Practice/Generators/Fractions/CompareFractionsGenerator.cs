using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>Which kind of fractions a comparison set uses.</summary>
public enum FractionPair
{
    /// <summary>Halves and quarters (1/2, 2/4, 3/4), in words in Year 1.</summary>
    HalvesAndQuarters,

    /// <summary>Two unit fractions: 1/3 and 1/8.</summary>
    UnitFractions,

    /// <summary>The same denominator: 2/7 and 5/7.</summary>
    SameDenominator,

    /// <summary>One denominator a multiple of the other: 2/3 and 5/6.</summary>
    RelatedDenominators,

    /// <summary>Unrelated denominators, close in size: 3/4 and 5/7.</summary>
    CommonDenominator,

    /// <summary>The same numerator, or either side of a half: 5/9 and 5/11.</summary>
    SameNumerator,
}

/// <summary>
/// Comparing two fractions of the same whole. The set changes the first fraction, then the
/// second, shows both on a number line and asks which is greater, then closes with the rule the
/// step teaches (unit fractions, same denominators, a common denominator, a benchmark).
/// </summary>
/// <param name="pair">The kind of fractions compared.</param>
/// <param name="words">True to write halves and quarters in words, before pupils use notation.</param>
/// <param name="denominators">The denominators to choose from (ignored for halves and quarters).</param>
public sealed class CompareFractionsGenerator(FractionPair pair, bool words, params int[] denominators) : QuestionGenerator
{
    private const string FirstFeature = "first fraction";
    private const string SecondFeature = "second fraction";
    private const string Equal = "They are equal";

    private static readonly AsWritten[] HalvesAndQuarters = [new(1, 4), new(1, 2), new(2, 4), new(3, 4), new(4, 4)];

    /// <inheritdoc />
    public override string Family => "compare fractions";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (x1, y1, x2, y2) = Search(dice, Pairs, p => p.Item1 != p.Item2 && p.Item3 != p.Item1 && p.Item4 != p.Item2 && p.Item3 != p.Item4
            && Fits(p.Item1, p.Item2) && Fits(p.Item3, p.Item2) && Fits(p.Item3, p.Item4));
        var drafts = new List<QuestionDraft>
        {
            Compare(x1, y1, false, Variation.Start),
            Compare(x2, y1, false, FirstFeature),
            Compare(x2, y2, false, SecondFeature),
        };
        if (!words)
        {
            drafts.Add(Compare(x2, y2, true, RepresentationFeature));
        }

        drafts.Add(WhichIsGreater(x2, y2, !words));
        drafts.Add(Deepening(dice, x2, y2));
        return drafts;
    }

    private (AsWritten, AsWritten, AsWritten, AsWritten) Pairs(Dice dice)
    {
        AsWritten Unit() => new(1, dice.Pick(denominators));
        AsWritten Over(int d) => new(dice.Between(1, d - 1), d);
        switch (pair)
        {
            case FractionPair.HalvesAndQuarters:
                return (dice.Pick(HalvesAndQuarters), dice.Pick(HalvesAndQuarters), dice.Pick(HalvesAndQuarters), dice.Pick(HalvesAndQuarters));
            case FractionPair.UnitFractions:
                return (Unit(), Unit(), Unit(), Unit());
            case FractionPair.SameDenominator:
                var d = dice.Pick(denominators);
                return (Over(d), Over(d), Over(d), Over(d));
            case FractionPair.RelatedDenominators:
                var small = dice.Pick(denominators);
                var big = small * dice.Between(2, 4);
                return dice.Chance(50) ? (Over(small), Over(big), Over(small), Over(big)) : (Over(big), Over(small), Over(big), Over(small));
            case FractionPair.SameNumerator:
                var n = dice.Between(1, 5);
                AsWritten Above() => new(n, Search(dice, x => x.Pick(denominators), c => c > n && Coprime(n, c)));
                return (Above(), Above(), Above(), Above());
            default:
                var (a, b) = (dice.Pick(denominators), dice.Pick(denominators));
                return (Over(a), Over(b), Over(a), Over(b));
        }
    }

    private bool Fits(AsWritten x, AsWritten y) => pair switch
    {
        FractionPair.HalvesAndQuarters => true,
        FractionPair.SameNumerator => x.D != y.D && x.N < x.D && y.N < y.D && Coprime(x.N, x.D) && Coprime(y.N, y.D),
        FractionPair.RelatedDenominators => x.Value != y.Value && Coprime(x.N, x.D) && Coprime(y.N, y.D),
        FractionPair.CommonDenominator => x.D % y.D != 0 && y.D % x.D != 0 && Coprime(x.N, x.D) && Coprime(y.N, y.D) && x.Value != y.Value
            && Math.Abs((double)(x.Value - y.Value).Numerator / (x.Value - y.Value).Denominator) < 0.3,
        _ => x.Value != y.Value,
    };

    private string Say(AsWritten x)
    {
        if (!words)
        {
            return x.Text;
        }

        return (x.N, x.D) switch
        {
            (1, 2) => "a half",
            (1, 4) => "a quarter",
            (4, 4) => "4 quarters",
            _ => Count(x.N, x.D),
        };
    }

    private static IReadOnlyDictionary<string, string> Facts(AsWritten x, AsWritten y) =>
        Features.Of((FirstFeature, x.Text), (SecondFeature, y.Text));

    private Picture Picture(AsWritten x, AsWritten y, bool line) => line
        ? FractionLine(Lcm(x.D, y.D), Math.Max(1, Ceiling(x.Value > y.Value ? x.Value : y.Value)), (x.Value, x.Text), (y.Value, y.Text))
        : Lengths((x.Value, Say(x)), (y.Value, Say(y)));

    private QuestionDraft Compare(AsWritten x, AsWritten y, bool line, string dimension)
    {
        var sign = ComparisonAnswer.Between(x.Value, y.Value);
        var wrong = ComparisonAnswer.Signs.Where(s => s[0] != sign).Select(s => new WrongAnswer(s, WhyWrong(s[0], x, y))).ToList();
        var of = words ? " of the same bar" : string.Empty;
        return Ask(QuestionFormat.Compare, $"{Capital(Say(x))}{of} {Circle} {Say(y)}{of}", new ComparisonAnswer(sign), Why(x, y), dimension,
            Facts(x, y), Picture(x, y, line), wrong, StemFor(x, y));
    }

    private QuestionDraft WhichIsGreater(AsWritten x, AsWritten y, bool line)
    {
        var sign = ComparisonAnswer.Between(x.Value, y.Value);
        var right = sign == '=' ? Equal : sign == '>' ? Say(x) : Say(y);
        var options = new List<string> { Say(x), Say(y), Equal };
        var wrong = options.Where(o => o != right).Select(o => new WrongAnswer(o, WhyWrong(
            o == Equal ? '=' : o == Say(x) ? '>' : '<', x, y))).ToList();
        return Ask(QuestionFormat.MultipleChoice, $"Which is greater: {Say(x)} or {Say(y)}{(words ? " of the same bar" : string.Empty)}?", new ChoiceAnswer(right, options),
            Why(x, y), QuestionTypeFeature, Facts(x, y), Picture(x, y, line), wrong, StemFor(x, y));
    }

    private int StemFor(AsWritten x, AsWritten y) => pair switch
    {
        FractionPair.HalvesAndQuarters => x.Value == y.Value ? 0 : 1,
        FractionPair.SameNumerator => x.N == y.N ? 1 : 0,
        _ => 1,
    };

    private string Why(AsWritten x, AsWritten y)
    {
        var (big, small) = x.Value >= y.Value ? (x, y) : (y, x);
        if (x.Value == y.Value)
        {
            return $"{Capital(Say(x))} and {Say(y)} cover the same amount of the whole, so they are equal.";
        }

        if (big.D == small.D)
        {
            return $"The parts are the same size ({Parts(big.D)}), so {Say(big)} is greater because it has more of them.";
        }

        if (big.N == small.N)
        {
            return $"Both have {big.N} part{(big.N == 1 ? string.Empty : "s")}; {Parts(big.D)} are larger than {Parts(small.D)}, so {Say(big)} is greater.";
        }

        var common = Lcm(big.D, small.D);
        var b = new AsWritten(big.N * (common / big.D), common);
        var s = new AsWritten(small.N * (common / small.D), common);
        return $"Make the parts the same size: {Say(big)} = {b.Text} and {Say(small)} = {s.Text}, so {Say(big)} is greater.";
    }

    private string WhyWrong(char wrongSign, AsWritten x, AsWritten y)
    {
        if (wrongSign == '=')
        {
            return pair == FractionPair.HalvesAndQuarters
                ? "Thinks any two fractions of the same whole are the same size."
                : "Thinks the fractions are equal without checking the size of the parts.";
        }

        var byDenominator = ComparisonAnswer.Between(Fraction.Whole(x.D), Fraction.Whole(y.D));
        var byNumerator = ComparisonAnswer.Between(Fraction.Whole(x.N), Fraction.Whole(y.N));
        var byBothNumbers = ComparisonAnswer.Between(Fraction.Whole(x.N + x.D), Fraction.Whole(y.N + y.D));
        return true switch
        {
            _ when x.D == y.D => "Applies the unit-fraction rule and thinks fewer parts make a greater fraction.",
            _ when x.N == y.N && byDenominator == wrongSign => "Thinks the larger denominator means the larger fraction.",
            _ when x.N != y.N && byNumerator == wrongSign => "Compares only the numerators, even though the parts are different sizes.",
            _ when byDenominator == wrongSign => "Thinks the larger denominator means the larger fraction.",
            _ when byBothNumbers == wrongSign => "Thinks a fraction written with bigger numbers is bigger.",
            _ => "Compares the fractions without making the parts the same size.",
        };
    }

    private QuestionDraft Deepening(Dice dice, AsWritten x, AsWritten y) => pair switch
    {
        FractionPair.HalvesAndQuarters => HalfAndQuarter(),
        FractionPair.UnitFractions => Rule(x, y, "Always, sometimes or never? Of two unit fractions of the same whole, the one with the greater denominator is smaller.",
            "The more equal parts a whole is split into, the smaller each part is.", "Thinks a greater denominator makes a greater fraction."),
        FractionPair.SameDenominator => Rule(x, y, "Always, sometimes or never? Of two fractions with the same denominator, the one with the greater numerator is greater.",
            "The parts are the same size, so more parts make a greater fraction.", "Applies the unit-fraction rule to fractions with the same denominator."),
        FractionPair.SameNumerator => Benchmark(dice),
        _ => Order(dice, x, y),
    };

    private QuestionDraft HalfAndQuarter()
    {
        var (statement, misconception) = words
            ? ("A quarter of a cake is bigger than a half of the same cake.", "Thinks a quarter is greater than a half because 4 is greater than 2.")
            : ("2/4 is bigger than 1/2 because its numbers are bigger.", "Thinks 2/4 is bigger than 1/2 because the numbers are bigger.");
        var (answer, wrong) = TrueOrFalse(false, misconception);
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {statement}", answer,
            words ? "A half is 2 quarters, so a quarter is smaller than a half." : "2 quarters cover the same part of the whole as 1 half, so 2/4 = 1/2.",
            Variation.Deepening, Facts(new(1, 2), new(1, 4)), Wall(2, 4), wrong, words ? 1 : 0);
    }

    private static QuestionDraft Rule(AsWritten x, AsWritten y, string prompt, string why, string misconception)
    {
        var (answer, wrong) = AlwaysSometimesNever("Always", misconception);
        return Ask(QuestionFormat.AlwaysSometimesNever, prompt, answer, why, Variation.Deepening, Facts(x, y), Wall(x.D, y.D), wrong, 0);
    }

    private QuestionDraft Benchmark(Dice dice)
    {
        var (low, high) = Search(
            dice,
            d =>
            {
                var over = d.Pick(denominators);
                var top = d.Between((over / 2) + 1, over - 1);
                var under = d.Pick(denominators);
                return (new AsWritten(d.Between(top, System.Math.Max(top, (under - 1) / 2)), under), new AsWritten(top, over));
            },
            p => p.Item1.N < p.Item1.D && p.Item1.D != p.Item2.D && Coprime(p.Item1.N, p.Item1.D) && Coprime(p.Item2.N, p.Item2.D)
                && p.Item1.Value < Fraction.Of(1, 2) && p.Item2.Value > Fraction.Of(1, 2) && p.Item1.N >= p.Item2.N);
        var flip = dice.Chance(50);
        var (x, y) = flip ? (high, low) : (low, high);
        var sign = ComparisonAnswer.Between(x.Value, y.Value);
        return Ask(QuestionFormat.Compare, $"Use a half to decide: {x.Text} {Circle} {y.Text}", new ComparisonAnswer(sign),
            $"{low.Text} is less than a half and {high.Text} is more than a half, so {high.Text} is greater.",
            Variation.Deepening, Facts(x, y), FractionLine(Lcm(x.D, y.D), 1, (x.Value, x.Text), (y.Value, y.Text)),
            [new(sign == '<' ? ">" : "<", WhyWrong(sign == '<' ? '>' : '<', x, y)), new("=", WhyWrong('=', x, y))], 0);
    }

    private QuestionDraft Order(Dice dice, AsWritten x, AsWritten y)
    {
        var z = Search(dice, d => new AsWritten(d.Between(1, 11), pair == FractionPair.RelatedDenominators ? (d.Chance(50) ? x.D : y.D) : d.Pick(denominators)),
            c => c.N < c.D && Coprime(c.N, c.D) && c.Value != x.Value && c.Value != y.Value);
        var set = new[] { x, y, z };
        var sorted = set.OrderBy(f => f.Value).ToList();
        var byDenominator = set.OrderBy(f => f.D).ThenBy(f => f.N).ToList();
        var byNumerator = set.OrderBy(f => f.N).ThenBy(f => f.D).ToList();
        return Ask(QuestionFormat.Order, $"Put these in order, smallest first: {string.Join(", ", set.Select(f => f.Text))}",
            new OrderAnswer([.. sorted.Select(f => f.Value)], [.. sorted.Select(f => f.Text)]),
            $"Write them with a common denominator of {Lcm(Lcm(x.D, y.D), z.D)} and order the numerators: {string.Join(", ", sorted.Select(f => f.Text))}.",
            Variation.Deepening, Facts(x, y), Lengths((x.Value, x.Text), (y.Value, y.Text), (z.Value, z.Text)),
            [
                new(string.Join(", ", byDenominator.Select(f => f.Text)), "Orders by the denominators, as if a larger denominator meant a larger fraction."),
                new(string.Join(", ", byNumerator.Select(f => f.Text)), "Orders by the numerators only, ignoring the size of the parts."),
                new(string.Join(", ", sorted.AsEnumerable().Reverse().Select(f => f.Text)), "Orders from largest to smallest."),
            ],
            0);
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
