using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// Adding and subtracting lengths: lengths in the same unit add like numbers and keep their unit;
/// lengths in different units are converted first (2 m + 45 cm is 245 cm, not 47), and 100 cm are
/// exchanged for 1 m. The set changes one length, turns addition into a difference, draws the bar
/// model, tells it as a story, and ends with a classic mistake or an estimate from a benchmark.
/// </summary>
/// <param name="year">2, 3 or 4.</param>
public sealed class LengthCalculationGenerator(int year) : QuestionGenerator
{
    private const string First = "first length";
    private const string Second = "second length";
    private const string Operation = "operation";
    private const string Unknown = "unknown";
    private const string Metres = "metres";
    private const string Units = "units";

    private static readonly string[] Things = ["ribbon", "scarf", "rope", "stick", "snake", "paper chain", "plank", "hose"];

    /// <inheritdoc />
    public override string Family => "add and subtract lengths";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => year switch
    {
        2 => SameUnit(dice),
        3 => Exchange(dice),
        4 => ConvertFirst(dice),
        _ => throw new GeneratorConstraintException($"Adding and subtracting lengths is set up for Years 2 to 4, not Year {year}."),
    };

    private static BarModelPicture Parts(string? total, string? a, int aSize, string? b, int bSize) =>
        new([new Bar(string.Empty, [new BarSection(a, aSize), new BarSection(b, bSize)])], total);

    // Year 2: centimetres only.
    private static List<QuestionDraft> SameUnit(Dice dice)
    {
        var a = dice.Between(12, 45);
        var b = dice.Between(11, 40);
        var other = b + dice.Between(3, 9);
        var things = dice.Shuffle(Things);
        var name = dice.Pick(Names);
        return
        [
            AddCm(a, b, Variation.Start),
            AddCm(a, other, Second),
            TakeCm(a, other, Operation),
            Longer(things, a, other, QuestionTypeFeature),
            Longer(things, a + dice.Between(5, 15), other, First),
            MixedUp(dice, name),
        ];
    }

    private static QuestionDraft AddCm(int a, int b, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{a} cm + {b} cm = {Box} cm",
        NumberAnswer.Whole(a + b),
        $"The units are the same, so add the numbers and keep the unit: {a} cm + {b} cm = {a + b} cm.",
        dimension,
        Features.Of((First, a), (Second, b), (Operation, '+')),
        Parts("?", $"{a} cm", a, $"{b} cm", b),
        [new(Whole(a > b ? a - b : b - a), "Finds the difference instead of adding."), new(Whole(a + b + 10), "Counts a ten twice.")]);

    private static QuestionDraft TakeCm(int a, int b, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{a + b} cm {Minus} {b} cm = {Box} cm",
        NumberAnswer.Whole(a),
        $"Subtract the numbers and keep the unit: {a + b} cm {Minus} {b} cm = {a} cm.",
        dimension,
        Features.Of((First, a), (Second, b), (Operation, '−')),
        Parts($"{a + b} cm", "?", a, $"{b} cm", b),
        [new(Whole(a + 2 * b), "Adds instead of subtracting."), new(Whole(a + 10), "Miscounts when counting back.")],
        1);

    private static QuestionDraft Longer(IReadOnlyList<string> things, int a, int b, string dimension) => Ask(
        QuestionFormat.NumberEntry,
        $"A {things[0]} is {a + b} cm long and a {things[1]} is {b} cm long. How much longer is the {things[0]}? {Box} cm",
        NumberAnswer.Whole(a),
        $"The difference tells how much longer: {a + b} cm {Minus} {b} cm = {a} cm, so the {things[0]} is {a} cm longer than the {things[1]}.",
        dimension,
        Features.Of((First, a), (Second, b), (Operation, '−')),
        new BarModelPicture([new Bar(things[0], [new BarSection($"{a + b} cm", a + b)]), new Bar(things[1], [new BarSection($"{b} cm", b)])], null, "?"),
        [new(Whole(a + 2 * b), "Adds the lengths instead of finding the difference."), new(Whole(a + b), "Gives the longer length instead of the difference.")],
        1);

    private static QuestionDraft MixedUp(Dice dice, string name)
    {
        var metres = dice.Between(1, 3);
        var cm = dice.Between(11, 60);
        var (answer, wrong) = TrueOrFalse(false, "Adds lengths given in different units as if they were the same.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says {metres} m + {cm} cm = {metres + cm} cm. True or false?", answer,
            $"Metres and centimetres are different units: 1 m is 100 cm, so {metres} m + {cm} cm = {100 * metres + cm} cm.",
            Variation.Deepening, Features.Of((First, metres), (Second, cm), (Operation, '+')), null, wrong);
    }

    // Year 3: metres and centimetres, exchanging 100 cm for 1 m.
    private static List<QuestionDraft> Exchange(Dice dice)
    {
        var a = dice.Between(35, 65);
        var b = dice.Between(12, 99 - a);
        var bridge = dice.Between(101 - a, 99);
        var (p, q) = (dice.Between(1, 4), dice.Between(1, 3));
        return
        [
            Centimetres(a, b, 0, 0, Variation.Start, false, false),
            Centimetres(a, bridge, 0, 0, Second, false, false),
            Centimetres(a, bridge, 0, 0, Unknown, true, false),
            Centimetres(a, bridge, p, q, Metres, true, false),
            Centimetres(a, bridge, p, q, RepresentationFeature, true, true),
            Difference(a, bridge, p, q, Operation),
            MetreAndMore(dice),
        ];
    }

    private static QuestionDraft Centimetres(int a, int b, int p, int q, string dimension, bool exchanged, bool bar)
    {
        var sum = a + b;
        var features = Features.Of((First, a), (Second, b), (Metres, $"{p}+{q}"), (Unknown, exchanged ? "centimetres after the metre" : "centimetres"), (Operation, '+'));
        if (!exchanged)
        {
            return Ask(QuestionFormat.MissingNumber, $"{a} cm + {b} cm = {Box} cm", NumberAnswer.Whole(sum),
                $"{a} cm + {b} cm = {sum} cm{(sum >= 100 ? $", which is {MetresAndCentimetres(sum)}" : string.Empty)}.", dimension, features, null,
                sum >= 100 ? [new(Whole(sum - 100), "Loses the 100 cm instead of exchanging it for 1 m."), new(Whole(sum + 10), "Counts a ten twice.")] : [new(Whole(sum + 10), "Counts a ten twice.")]);
        }

        var left = p == 0 ? $"{a} cm + {b} cm" : $"{p} m {a} cm + {q} m {b} cm";
        return Ask(QuestionFormat.MissingNumber, $"{left} = {p + q + 1} m {Box} cm", NumberAnswer.Whole(sum - 100),
            $"{(p == 0 ? string.Empty : $"Add the metres: {p} m + {q} m = {p + q} m. ")}Add the centimetres: {a} cm + {b} cm = {sum} cm, which is 1 m {sum - 100} cm. Altogether {p + q + 1} m {sum - 100} cm.",
            dimension, features,
            bar ? Parts("?", $"{p} m {a} cm", 100 * p + a, $"{q} m {b} cm", 100 * q + b) : null,
            [new(Whole(sum), p + q == 0 ? $"Leaves {sum} cm without exchanging 100 cm for 1 m." : $"Writes {p + q} m {sum} cm instead of exchanging 100 cm for 1 m."), new(Whole(sum - 100 + p + q), "Adds metres to centimetres as if they were the same unit.")]);
    }

    private static QuestionDraft Difference(int a, int b, int p, int q, string dimension)
    {
        var whole = 100 * (p + q) + a + b;
        return Ask(QuestionFormat.MissingNumber, $"{MetresAndCentimetres(whole)} {Minus} {q} m {b} cm = {p} m {Box} cm", NumberAnswer.Whole(a),
            $"There are not enough centimetres to take {b} cm from {whole % 100} cm, so exchange 1 m for 100 cm: {whole % 100 + 100} cm {Minus} {b} cm = {a} cm.",
            dimension, Features.Of((First, a), (Second, b), (Metres, $"{p}+{q}"), (Unknown, "centimetres after the metre"), (Operation, '−')),
            Parts(MetresAndCentimetres(whole), "?", 100 * p + a, $"{q} m {b} cm", 100 * q + b),
            [new(Whole(System.Math.Abs(b - whole % 100)), "Takes the smaller number of centimetres from the larger.")], 1);
    }

    private static QuestionDraft MetreAndMore(Dice dice)
    {
        var x = dice.Between(50, 80);
        var y = dice.Between(101 - x, 90);
        var sum = x + y;
        var name = dice.Pick(Names);
        WrongAnswer[] wrong =
        [
            new($"1 m {sum} cm", $"Writes 1 m {sum} cm instead of {MetresAndCentimetres(100 + sum)}."),
            new($"1 m {sum - 100} cm", "Loses the 100 cm instead of exchanging it for 1 m."),
            new($"2 m {sum} cm", "Exchanges 100 cm for 1 m but keeps the 100 cm as well."),
        ];
        return Ask(QuestionFormat.SpotTheMistake, $"{name} says 1 m {x} cm + {y} cm = 1 m {sum} cm. What should the answer be?",
            Choose(dice, MetresAndCentimetres(100 + sum), wrong),
            $"{x} cm + {y} cm = {sum} cm, which is 1 m {sum - 100} cm. With the 1 m already there, that makes {MetresAndCentimetres(100 + sum)}.",
            Variation.Deepening, Features.Of((First, x), (Second, y), (Metres, "1+0"), (Unknown, "answer"), (Operation, '+')), null, wrong);
    }

    // Year 4: convert to the same unit before adding or subtracting; estimate from a benchmark.
    private static List<QuestionDraft> ConvertFirst(Dice dice)
    {
        var a = dice.Between(2, 6);
        var b = dice.Between(15, 85);
        var other = b + 10 * dice.Between(1, 4) is var o && o < 100 ? o : b - 10;
        var name = dice.Pick(Names);
        return
        [
            Join(a, b, "m", '+', Variation.Start, false),
            Join(a, other, "m", '+', Second, false),
            Join(a, other, "km", '+', Units, false),
            Join(a, other, "km", '−', Operation, false),
            Join(a, other, "km", '−', RepresentationFeature, true),
            Walk(name, a, other),
            Doors(dice),
        ];
    }

    private static QuestionDraft Join(int a, int b, string big, char op, string dimension, bool bar)
    {
        var (small, factor) = big == "m" ? ("cm", 100) : ("m", 1000);
        var whole = factor * a;
        var result = op == '+' ? whole + b : whole - b;
        var opText = op == '+' ? "+" : Minus;
        return Ask(QuestionFormat.MissingNumber, $"{a} {big} {opText} {b} {small} = {Box} {small}", NumberAnswer.Whole(result),
            $"Convert first: {a} {big} is {Whole(whole)} {small}. Then {Whole(whole)} {small} {opText} {b} {small} = {Whole(result)} {small}.",
            dimension, Features.Of((First, a), (Second, b), (Units, big), (Operation, op)),
            bar ? Parts($"{a} {big}", $"{b} {small}", b, "?", whole - b) : null,
            op == '+'
                ? [new(Whole(a + b), $"Adds {a} {big} and {b} {small} to give {a + b}, without converting."), new(Whole(factor / 10 * a + b), $"Thinks there are {factor / 10} {small} in 1 {big}.")]
                : [new(Whole(whole + b), "Adds instead of subtracting."), new(Whole(factor / 10 * a - b), $"Thinks there are {factor / 10} {small} in 1 {big}.")],
            1);
    }

    private static QuestionDraft Walk(string name, int km, int metres) => Ask(
        QuestionFormat.NumberEntry,
        $"A path is {km} km long. {name} has walked {metres} m of it. How far is it to the end? {Box} m",
        NumberAnswer.Whole(1000 * km - metres),
        $"{km} km is {Whole(1000 * km)} m, so the rest is {Whole(1000 * km)} {Minus} {metres} = {Whole(1000 * km - metres)} m.",
        QuestionTypeFeature,
        Features.Of((First, km), (Second, metres), (Units, "km"), (Operation, '−')),
        Parts($"{km} km", $"{metres} m", metres, "?", 1000 * km - metres),
        [new(Whole(km - metres < 0 ? metres - km : km - metres), "Subtracts without converting to the same unit."), new(Whole(1000 * km + metres), "Adds instead of subtracting.")],
        1);

    private static QuestionDraft Doors(Dice dice)
    {
        var doors = dice.Between(3, 6);
        WrongAnswer[] wrong =
        [
            new($"About {2 * doors} cm", "Uses centimetres for a long length."),
            new($"About {doors} m", "Forgets that each door is about 2 m, not 1 m."),
            new($"About {20 * doors} m", "Makes an estimate far off from the benchmark."),
        ];
        return Ask(QuestionFormat.MultipleChoice, $"A door is about 2 m high. A house is about as tall as {doors} doors. About how tall is the house?",
            Choose(dice, $"About {2 * doors} m", wrong),
            $"Use the benchmark: {doors} doors of about 2 m each is about {doors} {Times} 2 = {2 * doors} m.",
            Variation.Deepening, Features.Of((First, doors), (Second, 2), (Units, "m"), (Operation, '×')), null, wrong);
    }
}
