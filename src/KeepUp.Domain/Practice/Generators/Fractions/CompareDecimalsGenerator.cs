using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Comparing and ordering decimals (Year 4) or a mix of fractions, decimals and percentages
/// (Year 6): compare ones, then tenths, then hundredths, or change everything into one form.
/// The set changes each number in turn, shows them on a number line and as bars, asks which is
/// greater and closes by ordering three numbers chosen so that reading the digits misleads.
/// </summary>
/// <param name="mixedForms">True to mix fractions, decimals and percentages.</param>
public sealed class CompareDecimalsGenerator(bool mixedForms) : QuestionGenerator
{
    private const string FirstFeature = "first number";
    private const string SecondFeature = "second number";
    private const string Equal = "They are equal";

    private static readonly int[] Denominators = [2, 4, 5, 8, 10, 20, 25];

    /// <inheritdoc />
    public override string Family => mixedForms ? "compare fractions, decimals and percentages" : "compare and order decimals";

    private sealed record Item(Fraction Value, string Text, long Digits);

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (x1, x2, y1, y2) = Search(dice, d => (Draw(d, 0), Draw(d, 0), Draw(d, 1), Draw(d, 1)),
            c => c.Item1.Value != c.Item3.Value && c.Item2.Value != c.Item3.Value && c.Item2.Value != c.Item4.Value && c.Item1 != c.Item2 && c.Item3 != c.Item4
                && Misleads(c.Item2, c.Item4));
        return
        [
            Compare(x1, y1, true, Variation.Start),
            Compare(x2, y1, true, FirstFeature),
            Compare(x2, y2, true, SecondFeature),
            Compare(x2, y2, false, RepresentationFeature),
            Greater(x2, y2),
            Order(dice),
        ];
    }

    // Year 4 pairs share their ones and differ in the number of decimal places (0.38 and 0.4);
    // Year 6 pairs are in different forms.
    private Item Draw(Dice dice, int side)
    {
        if (!mixedForms)
        {
            var ones = 0;
            return dice.Chance(50)
                ? Decimal(Fraction.Whole(ones) + Fraction.Of(dice.Between(1, 9), 10))
                : Decimal(Fraction.Whole(ones) + Fraction.Of(Search(dice, x => x.Between(11, 99), c => c % 10 != 0), 100));
        }

        var form = (dice.Between(0, 2) + side) % 3;
        switch (form)
        {
            case 0:
                var d = dice.Pick(Denominators);
                var n = Search(dice, x => x.Between(1, d - 1), c => Coprime(c, d));
                return new Item(Fraction.Of(n, d), Text(n, d), n);
            case 1:
                var k = Search(dice, x => x.Between(1, 99), c => c % 10 != 0 || c < 10);
                return Decimal(Fraction.Of(k, 100));
            default:
                var p = dice.Between(1, 99);
                return new Item(Fraction.Of(p, 100), $"{p}%", p);
        }
    }

    private static Item Decimal(Fraction value) => new(value, D(value), long.Parse(D(value).Split('.')[^1], System.Globalization.CultureInfo.InvariantCulture));

    // Reading the digits after the point (or the numerator) as a whole number gives the wrong answer.
    private static bool Misleads(Item x, Item y) =>
        System.Math.Sign(x.Value.CompareTo(y.Value)) != 0 && System.Math.Sign(x.Digits.CompareTo(y.Digits)) == -System.Math.Sign(x.Value.CompareTo(y.Value));

    private static IReadOnlyDictionary<string, string> Facts(Item x, Item y) => Features.Of((FirstFeature, x.Text), (SecondFeature, y.Text));

    private static Picture Picture(Item x, Item y, bool line) => line
        ? new NumberLinePicture(Fraction.Zero, Fraction.Whole(1), Fraction.Of(1, 10), NumberLineLabels.All, [], [new NumberLineMark(x.Value, x.Text), new NumberLineMark(y.Value, y.Text)])
        : Lengths((x.Value, x.Text), (y.Value, y.Text));

    private string Why(Item x, Item y)
    {
        var (big, small) = x.Value > y.Value ? (x, y) : (y, x);
        return mixedForms
            ? $"Write both as decimals: {big.Text} = {D(big.Value)} and {small.Text} = {D(small.Value)}, so {big.Text} is greater."
            : $"Both have 0 ones. {big.Text} has {Floor(big.Value * Fraction.Whole(10))} tenths and {small.Text} has {Floor(small.Value * Fraction.Whole(10))} tenths, so {big.Text} is greater.";
    }

    private string WhyWrong(char wrong, Item x, Item y)
    {
        if (wrong == '=')
        {
            return "Thinks the two numbers are equal without comparing place by place.";
        }

        var byDigits = ComparisonAnswer.Between(Fraction.Whole(x.Digits), Fraction.Whole(y.Digits));
        return byDigits != wrong ? "Compares the numbers without checking each place in turn."
            : mixedForms ? "Compares the digits that appear instead of changing both into the same form."
            : "Compares the digits after the point as whole numbers, so thinks 0.38 is greater than 0.4.";
    }

    private QuestionDraft Compare(Item x, Item y, bool line, string dimension)
    {
        var sign = ComparisonAnswer.Between(x.Value, y.Value);
        return Ask(QuestionFormat.Compare, $"{x.Text} {Circle} {y.Text}", new ComparisonAnswer(sign), Why(x, y), dimension, Facts(x, y), Picture(x, y, line),
            [.. ComparisonAnswer.Signs.Where(s => s[0] != sign).Select(s => new WrongAnswer(s, WhyWrong(s[0], x, y)))], 0);
    }

    private QuestionDraft Greater(Item x, Item y)
    {
        var right = x.Value > y.Value ? x.Text : y.Text;
        var options = new List<string> { x.Text, y.Text, Equal };
        return Ask(QuestionFormat.MultipleChoice, $"Which is greater: {x.Text} or {y.Text}?", new ChoiceAnswer(right, options), Why(x, y), QuestionTypeFeature,
            Facts(x, y), Picture(x, y, false), [.. options.Where(o => o != right).Select(o => new WrongAnswer(o, WhyWrong(o == Equal ? '=' : o == x.Text ? '>' : '<', x, y)))], 0);
    }

    private QuestionDraft Order(Dice dice)
    {
        // No percentages here: pupils type the list, and a list is read as numbers.
        var set = Search(dice, d => Enumerable.Range(0, 3).Select(i => mixedForms && i == 2 ? Decimal(Fraction.Of(d.Between(1, 99), 100)) : Draw(d, i)).Where(t => !t.Text.EndsWith('%')).ToList(),
            s => s.Count == 3 && s.Select(i => i.Value).Distinct().Count() == 3 && s.OrderBy(i => i.Digits).Select(i => i.Value).SequenceEqual(s.OrderBy(i => i.Value).Select(i => i.Value)) == false);
        var sorted = set.OrderBy(i => i.Value).ToList();
        var byDigits = set.OrderBy(i => i.Digits).ThenBy(i => i.Value).ToList();
        return Ask(QuestionFormat.Order, $"Put these in ascending order (smallest first): {string.Join(", ", set.Select(i => i.Text))}",
            new OrderAnswer([.. sorted.Select(i => i.Value)], [.. sorted.Select(i => i.Text)]),
            $"{(mixedForms ? "Write them all as decimals" : "Compare the tenths, then the hundredths")}: {string.Join(", ", sorted.Select(i => i.Text))}.",
            Variation.Deepening, Facts(set[0], set[1]), Lengths([.. set.Select(i => (i.Value, i.Text))]),
            [
                new(string.Join(", ", byDigits.Select(i => i.Text)), mixedForms ? "Compares the digits that appear instead of changing them all into the same form." : "Compares the digits after the point as whole numbers, so thinks 0.38 is greater than 0.4."),
                new(string.Join(", ", sorted.AsEnumerable().Reverse().Select(i => i.Text)), "Orders from largest to smallest when asked for ascending order."),
            ],
            mixedForms ? 0 : 1);
    }
}
