using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>How a step compares lengths.</summary>
public enum LengthComparison
{
    /// <summary>Rods of cubes lined up at the same start: longer and shorter (Year 1).</summary>
    Rods,

    /// <summary>Lengths in the same unit with &lt;, &gt; and = (Year 2).</summary>
    SameUnit,

    /// <summary>Three lengths in order, shortest or longest first (Year 2).</summary>
    Order,

    /// <summary>Lengths in metres and centimetres, written in the same unit first (Year 3).</summary>
    MixedUnits,
}

/// <summary>
/// Comparing and ordering lengths: line them up from the same start, compare numbers only when
/// the units are the same, and otherwise convert first (90 cm is shorter than 2 m though 90 &gt; 2).
/// The set moves one length at a time across, equal to and past the other, draws the lengths as
/// bars, asks which is longer or shortest, and ends on a statement built on a classic mistake.
/// </summary>
/// <param name="comparison">How the step compares lengths.</param>
public sealed class LengthCompareGenerator(LengthComparison comparison) : QuestionGenerator
{
    private const string First = "first length";
    private const string Second = "second length";
    private const string Asked = "asked";

    private static readonly string[] Colours = ["red", "blue", "green", "yellow", "orange", "purple"];
    private static readonly string[] Things = ["ribbon", "scarf", "snake", "rope", "stick", "plant", "paper chain", "train"];

    /// <inheritdoc />
    public override string Family => "compare and order lengths";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => comparison switch
    {
        LengthComparison.Rods => Rods(dice),
        LengthComparison.SameUnit => SameUnit(dice),
        LengthComparison.Order => Order(dice),
        LengthComparison.MixedUnits => MixedUnits(dice),
    };

    private static IReadOnlyDictionary<string, string> Of(object first, object second, string asked) =>
        Features.Of((First, first), (Second, second), (Asked, asked));

    private static BarModelPicture Bars(params (string Name, int Length, string Label)[] bars) =>
        new([.. bars.Select(b => new Bar(b.Name, [new BarSection(b.Label, b.Length)]))]);

    private static BarModelPicture Rods((string Name, int Cubes) a, (string Name, int Cubes) b) =>
        new([new Bar(a.Name, [.. Enumerable.Repeat(new BarSection(string.Empty, 1), a.Cubes)]), new Bar(b.Name, [.. Enumerable.Repeat(new BarSection(string.Empty, 1), b.Cubes)])]);

    // Year 1: rods of cubes, lined up at the left.
    private static List<QuestionDraft> Rods(Dice dice)
    {
        var colours = dice.Shuffle(Colours);
        var (a, b) = ($"The {colours[0]} rod", $"The {colours[1]} rod");
        var red = dice.Between(5, 8);
        var shorter = red - dice.Between(2, 3);
        var longer = red + dice.Between(2, 3);
        return
        [
            WhichRod(dice, a, b, red, shorter, "longer", Variation.Start),
            WhichRod(dice, a, b, red, longer, "longer", Second),
            WhichRod(dice, a, b, red, longer, "shorter", Asked),
            RodSigns(a, b, red, longer, QuestionTypeFeature),
            RodSigns(a, b, longer, longer, First),
            EndsNotLinedUp(dice, colours[2], colours[3]),
        ];
    }

    private static QuestionDraft WhichRod(Dice dice, string a, string b, int first, int second, string asked, string dimension)
    {
        var longer = first > second ? a : b;
        var shorter = first > second ? b : a;
        var right = asked == "longer" ? longer : shorter;
        WrongAnswer[] wrong = [new(asked == "longer" ? shorter : longer, "Mixes up longer and shorter.")];
        return Ask(QuestionFormat.MultipleChoice, $"The rods are lined up at the same start. Which rod is {asked}?", Choose(dice, right, wrong),
            $"{a} is {first} cubes long and {b} is {second} cubes long. {right} is {asked}.",
            dimension, Of(first, second, asked), Rods((a[4..], first), (b[4..], second)), wrong);
    }

    private static QuestionDraft RodSigns(string a, string b, int first, int second, string dimension)
    {
        var sign = ComparisonAnswer.Between(first, second);
        return Ask(QuestionFormat.Compare, $"{a} is {first} cubes long. {b} is {second} cubes long. Write <, > or =. {first} cubes {Box} {second} cubes",
            new ComparisonAnswer(sign), $"{first} cubes {sign} {second} cubes.", dimension, Of(first, second, "shorter"),
            Rods((a[4..], first), (b[4..], second)),
            WrongSigns(sign, "Mixes up the signs < and >.", "Mixes up the signs < and >.", "Thinks rods of different lengths are equal."), 0);
    }

    private static QuestionDraft EndsNotLinedUp(Dice dice, string moved, string lined)
    {
        var start = dice.Between(3, 4);
        var movedLength = dice.Between(5, 7);
        var linedLength = movedLength + dice.Between(1, 2);
        WrongAnswer[] wrong = [new($"The {moved} rod", "Compares only where the ends are, without lining up the starts.")];
        return Ask(QuestionFormat.MultipleChoice, $"The {moved} rod is not lined up at 0. Which rod is longer?", Choose(dice, $"The {lined} rod", wrong),
            $"The {lined} rod goes from 0 to {linedLength}: {linedLength} long. The {moved} rod goes from {start} to {start + movedLength}: only {movedLength} long. To compare fairly, line up the starts.",
            Variation.Deepening, Of(movedLength, linedLength, "longer"),
            new NumberLinePicture(0, 12, 1, NumberLineLabels.All, [new NumberLineJump(0, linedLength, $"{lined} rod"), new NumberLineJump(start, start + movedLength, $"{moved} rod")], []), wrong);
    }

    // Year 2: centimetres with <, > and =; the ones digit must not decide.
    private static List<QuestionDraft> SameUnit(Dice dice)
    {
        var tens = dice.Between(2, 7);
        var ones = dice.Between(5, 9);
        var a = 10 * tens + ones;
        var less = 10 * (tens - 1) + dice.Between(0, 9);
        var more = 10 * (tens + 1) + dice.Between(0, ones - 1);
        var things = dice.Shuffle(Things);
        var name = dice.Pick(Names);
        return
        [
            Signs(a, less, Variation.Start),
            Signs(a, more, Second),
            Signs(things, a, more, RepresentationFeature),
            Longer(dice, things, a, more, QuestionTypeFeature),
            Longer(dice, things, more, more, First),
            BackToFront(dice, name),
        ];
    }

    private static QuestionDraft Signs(int a, int b, string dimension) => Signs(null, a, b, dimension);

    private static QuestionDraft Signs(IReadOnlyList<string>? things, int a, int b, string dimension)
    {
        var sign = ComparisonAnswer.Between(a, b);
        return Ask(QuestionFormat.Compare,
            things is null ? $"Write <, > or =. {a} cm {Box} {b} cm" : $"The {things[0]} is {a} cm long and the {things[1]} is {b} cm long. Write <, > or =. {a} cm {Box} {b} cm",
            new ComparisonAnswer(sign), $"Both lengths are in cm, so compare the numbers, tens first: {a} cm {sign} {b} cm.",
            dimension, Of(a, b, "sign"), things is null ? null : Bars((things[0], a, $"{a} cm"), (things[1], b, $"{b} cm")),
            WrongSigns(sign, "Reads < and > the wrong way round.", a % 10 > b % 10 ? "Compares the ones digits before the tens." : "Reads < and > the wrong way round.", "Compares only part of the numbers."), 0);
    }

    private static QuestionDraft Longer(Dice dice, IReadOnlyList<string> things, int a, int b, string dimension)
    {
        var same = "They are the same length";
        var right = a == b ? same : a > b ? $"The {things[0]}" : $"The {things[1]}";
        WrongAnswer[] options =
        [
            new($"The {things[0]}", a % 10 > b % 10 ? "Compares the ones digits before the tens." : "Compares objects that do not start from the same line."),
            new($"The {things[1]}", "Compares objects that do not start from the same line."),
            new(same, "Compares only the tens digits."),
        ];
        var wrong = options.Where(o => o.Text != right).ToArray();
        return Ask(QuestionFormat.MultipleChoice, $"The {things[0]} is {a} cm long and the {things[1]} is {b} cm long. Which is longer?",
            Choose(dice, right, wrong), $"{a} cm {ComparisonAnswer.Between(a, b)} {b} cm, so the answer is: {right.ToLowerInvariant()}.",
            dimension, Of(a, b, "sign"), Bars((things[0], a, $"{a} cm"), (things[1], b, $"{b} cm")), wrong, 1);
    }

    private static QuestionDraft BackToFront(Dice dice, string name)
    {
        var big = dice.Between(30, 90);
        var small = big - dice.Between(3, 20);
        var (answer, wrong) = TrueOrFalse(false, "Reads < and > the wrong way round.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} writes {big} cm < {small} cm to show that {big} cm is longer. True or false: that is right.", answer,
            $"The sign opens towards the larger length: {big} cm > {small} cm.", Variation.Deepening, Of(big, small, "sign"), null, wrong);
    }

    // Year 2: three lengths in order.
    private static List<QuestionDraft> Order(Dice dice)
    {
        var things = dice.Shuffle(Things);
        var lengths = Distinct(dice, 3);
        var changed = lengths.ToArray();
        do
        {
            changed[2] = dice.Between(11, 95);
        }
        while (changed.Distinct().Count() < 3 || changed[2] == lengths[2]);

        var name = dice.Pick(Names);
        return
        [
            InOrder(things, lengths, true, Variation.Start, false),
            InOrder(things, changed, true, First, false),
            InOrder(things, changed, false, Asked, false),
            InOrder(things, changed, false, RepresentationFeature, true),
            Shortest(dice, things, changed, QuestionTypeFeature),
            OneMetre(dice, name),
        ];
    }

    private static int[] Distinct(Dice dice, int count)
    {
        var set = new List<int>();
        while (set.Count < count)
        {
            var n = dice.Between(11, 95);
            if (!set.Contains(n))
            {
                set.Add(n);
            }
        }

        return [.. set];
    }

    private static OrderAnswer Lengths(IEnumerable<int> order) =>
        new([.. order.Select(n => Fraction.Whole(n))], [.. order.Select(n => Whole(n))]);

    private static QuestionDraft InOrder(IReadOnlyList<string> things, int[] lengths, bool shortestFirst, string dimension, bool bars)
    {
        var right = shortestFirst ? lengths.Order().ToArray() : lengths.OrderDescending().ToArray();
        var backwards = right.Reverse().ToArray();
        var byOnes = (shortestFirst ? lengths.OrderBy(n => n % 10) : lengths.OrderByDescending(n => n % 10)).ThenBy(n => n).ToArray();
        var which = shortestFirst ? "shortest" : "longest";
        return Ask(QuestionFormat.Order,
            $"Write the lengths in order, {which} first (just the numbers): {string.Join(", ", lengths.Select(n => $"{n} cm"))}",
            Lengths(right), $"All the lengths are in cm, so compare the tens first, then the ones: {string.Join(", ", right.Select(n => $"{n} cm"))}.",
            dimension, Of(string.Join("+", lengths), lengths.Length, which),
            bars ? Bars([.. things.Take(3).Zip(lengths, (t, n) => (t, n, $"{n} cm"))]) : null,
            [new(Lengths(backwards).Canonical, "Confuses shortest and longest."), new(Lengths(byOnes).Canonical, "Orders by the ones digits, not the whole number.")]);
    }

    private static QuestionDraft Shortest(Dice dice, IReadOnlyList<string> things, int[] lengths, string dimension)
    {
        var named = things.Take(3).Zip(lengths, (t, n) => (Thing: t, Length: n)).ToArray();
        var shortest = named.MinBy(p => p.Length).Thing;
        var wrong = named.Where(p => p.Thing != shortest)
            .Select(p => new WrongAnswer($"The {p.Thing}", p.Length == lengths.Max() ? "Confuses shortest and longest." : "Orders by the ones digits, not the whole number.")).ToArray();
        return Ask(QuestionFormat.MultipleChoice,
            $"{string.Join(". ", named.Select(p => $"The {p.Thing} is {p.Length} cm long"))}. Which is the shortest?",
            Choose(dice, $"The {shortest}", wrong), $"The shortest has the smallest number of cm: {lengths.Min()} cm, the {shortest}.",
            dimension, Of(string.Join("+", lengths), lengths.Length, "longest"), Bars([.. named.Select(p => (p.Thing, p.Length, $"{p.Length} cm"))]), wrong);
    }

    private static QuestionDraft OneMetre(Dice dice, string name)
    {
        var (x, y) = (dice.Between(60, 79), dice.Between(80, 99));
        var (answer, wrong) = TrueOrFalse(false, "Orders by the digits without reading the units.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says 1 m is the shortest of 1 m, {x} cm and {y} cm, because 1 is the smallest number. True or false?", answer,
            $"1 m is 100 cm, so it is the longest: {x} cm, {y} cm, 1 m.", Variation.Deepening, Of("1 m", 3, "shortest"), null, wrong);
    }

    // Year 3: metres and centimetres; write both in the same unit before comparing.
    private static List<QuestionDraft> MixedUnits(Dice dice)
    {
        var metres = dice.Between(2, 5);
        var centimetres = 5 * dice.Between(4, 19);
        var over = 100 * metres + 5 * dice.Between(2, 18);
        var extra = 5 * dice.Between(1, 19);
        var name = dice.Pick(Names);
        return
        [
            Mixed(centimetres, 100 * metres, Variation.Start),
            Mixed(over, 100 * metres, First),
            Mixed(100 * metres, 100 * metres, First),
            Mixed(100 * metres, 100 * metres + extra, Second),
            Longest(dice, metres, extra),
            MetreAndFew(dice, name),
        ];
    }

    private static QuestionDraft Mixed(int first, int second, string dimension)
    {
        var sign = ComparisonAnswer.Between(first, second);
        var right = MetresAndCentimetres(second);
        var firstText = $"{Whole(first)} cm";
        var ifGreater = first > second / 100
            ? $"Thinks {firstText} is longer than {right} because {first} > {second / 100}."
            : $"Compares {first} with {second % 100} without converting.";
        return Ask(QuestionFormat.Compare, $"Write <, > or =. {firstText} {Box} {right}", new ComparisonAnswer(sign),
            $"Write both in cm: {right} is {Whole(second)} cm, and {Whole(first)} cm {sign} {Whole(second)} cm.",
            dimension, Of(first, second, "sign"), null,
            WrongSigns(sign, "Thinks a length in metres is always longer than one in centimetres.", ifGreater, "Compares the numbers without looking at the units."));
    }

    private static QuestionDraft Longest(Dice dice, int metres, int extra)
    {
        var part = 5 * dice.Between(4, 9);
        var few = dice.Between(1, 9);
        var longest = 100 * metres + part + 5;
        WrongAnswer[] wrong =
        [
            new($"{metres} m {part} cm", "Compares the centimetres only."),
            new($"{metres} m {few} cm", $"Thinks {metres} m {few} cm is {metres}{few}0 cm."),
            new("99 cm", "Thinks the biggest number is the longest, whatever the unit."),
        ];
        return Ask(QuestionFormat.MultipleChoice, $"Which is the longest? {string.Join(", ", dice.Shuffle(wrong.Select(w => w.Text).Append($"{Whole(longest)} cm")))}",
            Choose(dice, $"{Whole(longest)} cm", wrong),
            $"Write them all in cm: {Whole(100 * metres + part)} cm, {Whole(100 * metres + few)} cm, 99 cm and {Whole(longest)} cm. The longest is {Whole(longest)} cm.",
            QuestionTypeFeature, Of(100 * metres, 100 * metres + extra, "sign"), null, wrong);
    }

    private static QuestionDraft MetreAndFew(Dice dice, string name)
    {
        var metres = dice.Between(1, 4);
        var few = dice.Between(1, 9);
        var (answer, wrong) = TrueOrFalse(false, $"Thinks {metres} m {few} cm is {metres}{few} cm.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says {metres} m {few} cm is the same as {metres}{few} cm. True or false?", answer,
            $"1 m is 100 cm, so {metres} m {few} cm is {100 * metres} + {few} = {100 * metres + few} cm.", Variation.Deepening,
            Of(100 * metres + few, metres * 10 + few, "same"), null, wrong);
    }
}
