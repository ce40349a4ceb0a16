using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Ordering three fractions: unit fractions by their denominators and same-denominator fractions
/// by their numerators (Year 3), or fractions either side of 1 written as improper fractions and
/// mixed numbers (Year 6). The set changes the fractions, then the direction, shows them on a
/// number line and closes by correcting someone who used the wrong rule.
/// </summary>
/// <param name="beyondOne">True for Year 6 sets that mix proper, improper and mixed numbers.</param>
public sealed class OrderFractionsGenerator(bool beyondOne) : QuestionGenerator
{
    private const string FractionsFeature = "fractions";
    private const string DirectionFeature = "direction";

    /// <inheritdoc />
    public override string Family => "order fractions";

    private sealed record Item(Fraction Value, string Text, long Numerator, long Denominator, Fraction Part);

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var first = beyondOne ? Mixed(dice) : UnitSet(dice);
        var second = beyondOne ? Search(dice, Mixed, s => !Same(s, first)) : Search(dice, UnitSet, s => !Same(s, first));
        var third = beyondOne ? Search(dice, Mixed, s => !Same(s, first) && !Same(s, second)) : SameDenominatorSet(dice);
        var mistake = beyondOne ? Search(dice, Mixed, s => !Same(s, third) && ByPartOnly(s, false) is { } wrong && !wrong.SequenceEqual(s.OrderByDescending(i => i.Value)))
            : SameDenominatorSet(dice);
        return
        [
            Order(first, true, false, Variation.Start),
            Order(second, true, false, FractionsFeature),
            Order(second, false, false, DirectionFeature),
            Order(third, false, false, FractionsFeature),
            Order(third, false, true, RepresentationFeature),
            SpotTheMistake(dice, mistake),
        ];
    }

    private static bool Same(IReadOnlyList<Item> a, IReadOnlyList<Item> b) => a.Select(i => i.Text).Order().SequenceEqual(b.Select(i => i.Text).Order());

    private static List<Item> UnitSet(Dice dice) => Search(
        dice,
        d => Enumerable.Range(0, 3).Select(_ => d.Pick(UnitDenominators)).Select(x => new Item(Fraction.Of(1, x), Text(1, x), 1, x, Fraction.Of(1, x))).ToList(),
        s => s.Select(i => i.Denominator).Distinct().Count() == 3);

    private static readonly int[] UnitDenominators = [2, 3, 4, 5, 6, 8, 10, 12];

    private static List<Item> SameDenominatorSet(Dice dice)
    {
        var d = dice.Between(5, 12);
        return Search(
            dice,
            x => Enumerable.Range(0, 3).Select(_ => x.Between(1, d - 1)).Select(n => new Item(Fraction.Of(n, d), Text(n, d), n, d, Fraction.Of(n, d))).ToList(),
            s => s.Select(i => i.Numerator).Distinct().Count() == 3);
    }

    private static List<Item> Mixed(Dice dice) => Search(
        dice,
        x => Enumerable.Range(0, 3).Select(_ => MixedItem(x)).ToList(),
        s => s.Select(i => i.Value).Distinct().Count() == 3 && s.Any(i => i.Value > Fraction.Whole(1)) && s.Any(i => i.Value < Fraction.Whole(2)));

    private static Item MixedItem(Dice dice)
    {
        var d = dice.Between(2, 9);
        var k = dice.Between(1, d - 1);
        var w = dice.Between(0, 2);
        var value = Fraction.Whole(w) + Fraction.Of(k, d);
        var improper = w > 0 && dice.Chance(50);
        var n = (w * d) + k;
        return Coprime(k, d)
            ? new Item(value, improper ? Text(n, d) : Over(value, d), improper ? n : k, d, Fraction.Of(k, d))
            : MixedItem(dice);
    }

    private static IReadOnlyDictionary<string, string> Facts(IEnumerable<Item> set, bool ascending) =>
        Features.Of((FractionsFeature, string.Join(", ", set.Select(i => i.Text))), (DirectionFeature, ascending ? "smallest first" : "largest first"));

    private static string Join(IEnumerable<Item> items) => string.Join(", ", items.Select(i => i.Text));

    private QuestionDraft Order(List<Item> set, bool ascending, bool line, string dimension)
    {
        var sorted = ascending ? set.OrderBy(i => i.Value).ToList() : set.OrderByDescending(i => i.Value).ToList();
        var wrong = new List<WrongAnswer>
        {
            new(Join(sorted.AsEnumerable().Reverse()), ascending ? "Orders from largest to smallest when asked for smallest first." : "Orders from smallest to largest when asked for largest first."),
            new(Join(ascending ? set.OrderBy(i => i.Denominator).ThenBy(i => i.Numerator) : set.OrderByDescending(i => i.Denominator).ThenByDescending(i => i.Numerator)), "Orders by the denominators, as if a larger denominator meant a larger fraction."),
            new(Join(ascending ? set.OrderBy(i => i.Numerator).ThenBy(i => i.Value) : set.OrderByDescending(i => i.Numerator).ThenByDescending(i => i.Value)), "Orders by the numerators without looking at the size of the parts."),
        };
        if (ByPartOnly(set, ascending) is { } partOnly)
        {
            wrong.Insert(0, new(Join(partOnly), "Orders mixed numbers by the fraction part only, ignoring the wholes."));
        }

        var common = set.Aggregate(1L, (l, i) => Lcm(l, i.Value.Denominator));
        var wholes = System.Math.Max(1, set.Max(i => Ceiling(i.Value)));
        return Ask(QuestionFormat.Order, $"Put these in order, {(ascending ? "smallest" : "largest")} first: {Join(set)}",
            new OrderAnswer([.. sorted.Select(i => i.Value)], [.. sorted.Select(i => i.Text)]), Reason(set, sorted), dimension,
            Facts(set, ascending), line ? FractionLine(common, wholes, [.. set.Select(i => (i.Value, i.Text))]) : Lengths([.. set.Select(i => (i.Value, i.Text))]),
            wrong, 0);
    }

    private static List<Item>? ByPartOnly(List<Item> set, bool ascending) =>
        set.Any(i => i.Value > Fraction.Whole(1))
            ? (ascending ? set.OrderBy(i => i.Part).ThenBy(i => i.Value) : set.OrderByDescending(i => i.Part).ThenByDescending(i => i.Value)).ToList()
            : null;

    private string Reason(List<Item> set, List<Item> sorted)
    {
        if (set.All(i => i.Numerator == 1 && i.Value < Fraction.Whole(1)))
        {
            return $"For unit fractions, the larger the denominator, the smaller the parts: {Join(sorted)}.";
        }

        if (set.Select(i => i.Denominator).Distinct().Count() == 1)
        {
            return $"The denominators are the same, so the parts are the same size and the numerators decide: {Join(sorted)}.";
        }

        return beyondOne
            ? $"Sort them into less than 1 and more than 1 first, then compare with a common denominator: {Join(sorted)}."
            : $"In order: {Join(sorted)}.";
    }

    private QuestionDraft SpotTheMistake(Dice dice, List<Item> set)
    {
        var name = dice.Pick(Names);
        var sorted = set.OrderByDescending(i => i.Value).ToList();
        var (mistake, why) = beyondOne
            ? (ByPartOnly(set, false)!, "Orders mixed numbers by the fraction part only, ignoring the wholes.")
            : (set.OrderBy(i => i.Value).ToList(), "Uses the unit-fraction rule for fractions with the same denominator.");
        return Ask(QuestionFormat.SpotTheMistake, $"{name} puts {Join(set)} in order, largest first, and writes {Join(mistake)}. Write the correct order.",
            new OrderAnswer([.. sorted.Select(i => i.Value)], [.. sorted.Select(i => i.Text)]),
            beyondOne ? $"{name} looked only at the fraction parts. Compare the wholes first: {Join(sorted)}." : $"{name} used the rule for unit fractions. With the same denominator, more parts is greater: {Join(sorted)}.",
            Variation.Deepening, Facts(set, false), Lengths([.. set.Select(i => (i.Value, i.Text))]), [new(Join(mistake), why)], 0);
    }
}
