using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// Two-step money problems drawn as bar models: first find the total cost, then the change or
/// what is left. Year 2 works in pence within £1; Year 4 multiplies a price in pounds and pence
/// (4 tickets at £2.25), exchanging 100p for £1, then finds change from a note.
/// </summary>
/// <param name="year">2 or 4.</param>
public sealed class MoneyProblemGenerator(int year) : QuestionGenerator
{
    private const string First = "first price";
    private const string Second = "second price";
    private const string Paid = "money paid";
    private const string Price = "price";
    private const string HowMany = "how many";

    private static readonly string[] Items = ["an apple", "a pencil", "a rubber", "a sticker", "a lolly", "a balloon", "a badge", "a ruler", "a banana", "a bookmark"];
    private static readonly int[] PenceParts = [25, 35, 45, 55, 65, 75];

    /// <inheritdoc />
    public override string Family => "two-step money problems";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => year switch
    {
        2 => Change(dice),
        4 => Multiply(dice),
        _ => throw new GeneratorConstraintException($"Money problems are set up for Year 2 or Year 4, not Year {year}."),
    };

    private static List<QuestionDraft> Change(Dice dice)
    {
        var first = 5 * dice.Between(3, 5);
        var second = 5 * dice.Between(3, 5);
        var (name, other) = TwoNames(dice);
        var items = dice.Shuffle(Items);
        return
        [
            Story(name, items, first, second, 100, Variation.Start),
            Story(name, items, first + 10, second, 100, First),
            Sentence(first + 10, second, 100, QuestionTypeFeature),
            Sentence(first + 10, second + 5, 100, Second),
            Sentence(first + 10, second + 5, 80, Paid),
            Story(name, items, first + 10, second + 5, 80, QuestionTypeFeature),
            OneStepOnly(dice, other, items, first, second),
        ];
    }

    private static BarModelPicture Bar(int first, int second, int paid) =>
        new([new Bar(string.Empty, [new BarSection($"{first}p", first), new BarSection($"{second}p", second), new BarSection("?", paid - first - second)])], Amount(paid));

    private static string Amount(int pence) => pence == 100 ? "£1" : $"{pence}p";

    private static WrongAnswer[] Wrong(int first, int second, int paid) =>
    [
        new($"{first + second}p", "Stops after the first step: gives the total cost."),
        new($"{paid - first}p", "Uses the wrong amount in the second step: takes away only one price."),
    ];

    private static QuestionDraft Story(string name, IReadOnlyList<string> items, int first, int second, int paid, string dimension)
    {
        var left = paid - first - second;
        var prompt = paid == 100
            ? $"{name} buys {items[0]} for {first}p and {items[1]} for {second}p, and pays with a £1 coin. How much change is there? {Box}p"
            : $"{name} has {paid}p and buys {items[0]} for {first}p and {items[1]} for {second}p. How much money is left? {Box}p";
        return Ask(QuestionFormat.NumberEntry, prompt, new MoneyAnswer(left, MoneyUnit.Pence),
            $"First find the cost: {first}p + {second}p = {first + second}p. Then find what is left: {paid}p − {first + second}p = {left}p.",
            dimension, Features.Of((First, first), (Second, second), (Paid, paid)), Bar(first, second, paid), Wrong(first, second, paid));
    }

    private static QuestionDraft Sentence(int first, int second, int paid, string dimension)
    {
        var left = paid - first - second;
        return Ask(QuestionFormat.MissingNumber, $"{first}p + {second}p + {Box}p = {Amount(paid)}", new MoneyAnswer(left, MoneyUnit.Pence),
            $"The two prices make {first + second}p. Count on from {first + second}p to {paid}p: that is {left}p.",
            dimension, Features.Of((First, first), (Second, second), (Paid, paid)), Bar(first, second, paid), Wrong(first, second, paid));
    }

    private static QuestionDraft OneStepOnly(Dice dice, string name, IReadOnlyList<string> items, int first, int second)
    {
        var (answer, wrong) = TrueOrFalse(false, "Stops after the first step, taking away only one price.");
        return Ask(QuestionFormat.TrueOrFalse,
            $"{name} buys {items[2]} for {first}p and {items[3]} for {second}p with a £1 coin. {name} says the change is £1 − {first}p = {100 - first}p. True or false?",
            answer,
            $"Both prices must be paid: first {first}p + {second}p = {first + second}p, then £1 − {first + second}p = {100 - first - second}p.",
            Variation.Deepening, Features.Of((First, first), (Second, second), (Paid, 100)), null, wrong);
    }

    // Year 4: n lots of a price, exchanging pence for pounds, then change from £20.
    private static List<QuestionDraft> Multiply(Dice dice)
    {
        var price = 100 * dice.Between(1, 2) + dice.Pick(PenceParts);
        var count = dice.Between(3, 4);
        var name = dice.Pick(Names);
        return
        [
            Lots(count, price, Variation.Start),
            Lots(count + 1, price, HowMany),
            Lots(count + 1, price + 10, Price),
            Tickets(name, count + 1, price + 10, QuestionTypeFeature),
            Tickets(name, count + 2, price + 10, HowMany),
            Enough(dice),
        ];
    }

    private static BarModelPicture LotsBar(int count, int price, int? note) => new(
        [new Bar(string.Empty, [.. Enumerable.Repeat(new BarSection(Pounds(price), price), count), .. note is { } n ? [new BarSection("?", n - count * price)] : System.Array.Empty<BarSection>()])],
        note is { } paid ? $"£{paid / 100}" : "?");

    private static QuestionDraft Lots(int count, int price, string dimension)
    {
        var total = count * price;
        var (pounds, pence) = (price / 100, price % 100);
        return Ask(QuestionFormat.MissingNumber, $"{count} {Times} {Pounds(price)} = £{Box}", new MoneyAnswer(total, MoneyUnit.Pounds),
            $"{count} {Times} £{pounds} = £{count * pounds} and {count} {Times} {pence}p = {count * pence}p = {PoundsAndPence(count * pence)}. Together {Pounds(total)}.",
            dimension, Features.Of((HowMany, count), (Price, price)), LotsBar(count, price, null),
            [new($"£{count * pounds}.{count * pence}", $"Multiplies pounds and pence separately and does not exchange ({count} {Times} {Pounds(price)} = £{count * pounds}.{count * pence})."), new($"£{count * pounds}", "Multiplies the pounds and forgets the pence.")],
            1);
    }

    private static QuestionDraft Tickets(string name, int count, int price, string dimension)
    {
        var cost = count * price;
        return Ask(QuestionFormat.NumberEntry,
            $"Tickets cost {Pounds(price)} each. {name} buys {count} tickets and pays with a £20 note. How much change is there? £{Box}",
            new MoneyAnswer(2000 - cost, MoneyUnit.Pounds),
            $"First the cost: {count} {Times} {Pounds(price)} = {Pounds(cost)}. Then the change: £20.00 − {Pounds(cost)} = {Pounds(2000 - cost)}.",
            dimension, Features.Of((HowMany, count), (Price, price)), LotsBar(count, price, 2000),
            [new(Pounds(cost), "Gives the cost instead of the change."), new(Pounds(2000 - count * (price / 100) * 100), "Multiplies the pounds and forgets the pence.")]);
    }

    private static QuestionDraft Enough(Dice dice)
    {
        var pounds = dice.Between(1, 2);
        var price = 100 * pounds + 5 * dice.Between(3, 19);
        var count = pounds == 1 ? dice.Between(5, 8) : dice.Between(3, 4);
        var truth = count * price <= 1000;
        var (answer, wrong) = TrueOrFalse(truth, truth ? "Rounds each price up to the next pound and treats the estimate as exact." : "Multiplies only the pounds and forgets the pence.");
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? £10 is enough to buy {count} tickets at {Pounds(price)} each.", answer,
            $"{count} {Times} {Pounds(price)} = {Pounds(count * price)}, which is {(truth ? "not more than" : "more than")} £10.00.",
            Variation.Deepening, Features.Of((HowMany, count), (Price, price)), null, wrong, 1);
    }
}
