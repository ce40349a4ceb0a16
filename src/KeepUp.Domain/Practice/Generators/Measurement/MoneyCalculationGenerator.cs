using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>Which calculation with money a step practises.</summary>
public enum MoneyCalculation
{
    /// <summary>Add pence, exchanging 100p for £1 (Year 3).</summary>
    Add,

    /// <summary>Subtract pence from pounds and pence, exchanging £1 for 100p (Year 3).</summary>
    Subtract,

    /// <summary>Add and subtract prices in pounds, and find change (Year 4).</summary>
    Calculate,
}

/// <summary>
/// Adding and subtracting money: pounds and pence are added or subtracted separately and 100p is
/// exchanged for £1 (or £1 for 100p) when needed. The set first works without an exchange, then
/// changes one amount so an exchange is needed, shows it on a number line or bar model, and ends
/// by spotting a classic mistake (£1 and 120p, or taking the smaller pence from the larger).
/// </summary>
/// <param name="calculation">What the step practises.</param>
public sealed class MoneyCalculationGenerator(MoneyCalculation calculation) : QuestionGenerator
{
    private const string First = "first amount";
    private const string Second = "second amount";
    private const string PoundsPart = "pounds";
    private const string Unknown = "unknown";
    private const string Operation = "operation";

    private static readonly string[] Items = ["a pen", "a comic", "a drink", "a sandwich", "a book", "a ball", "a cake", "a kite", "a puzzle", "a torch"];

    /// <inheritdoc />
    public override string Family => "add and subtract money";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => calculation switch
    {
        MoneyCalculation.Add => Add(dice),
        MoneyCalculation.Subtract => Subtract(dice),
        MoneyCalculation.Calculate => Calculate(dice),
    };

    private static List<QuestionDraft> Add(Dice dice)
    {
        var a = dice.Between(41, 59);
        var b = dice.Between(21, 99 - a);
        var exchange = dice.Between(101 - a, 119 - a);
        return
        [
            AddPence(a, b, Variation.Start, false, false),
            AddPence(a, exchange, Second, false, false),
            AddPence(a, exchange, Unknown, true, false),
            AddPence(a, exchange, RepresentationFeature, true, true),
            AddPence(a + 20, exchange, First, true, true),
            AddWithPounds(dice, a + 20, exchange),
            PoundAndMore(dice),
        ];
    }

    private static QuestionDraft AddPence(int a, int b, string dimension, bool inPounds, bool onLine)
    {
        var sum = a + b;
        Picture picture = onLine ? BridgePound(a, b, 0) : new MoneyPicture([.. CoinsFor(a), .. CoinsFor(b)]);
        var features = Features.Of((First, a), (Second, b), (PoundsPart, 0), (Unknown, inPounds ? "pence after the pound" : "total in pence"));
        if (!inPounds)
        {
            return Ask(QuestionFormat.MissingNumber, $"{a}p + {b}p = {Box}p", new MoneyAnswer(sum, MoneyUnit.Pence),
                $"Add the tens, then the ones: {a}p + {b}p = {sum}p{(sum >= 100 ? $", which is {PoundsAndPence(sum)}" : string.Empty)}.",
                dimension, features, picture,
                [new($"{a - b}p", "Subtracts instead of adding."), new($"{sum - 100}p", "Loses the 100p made by the tens instead of exchanging it for £1."), new($"{sum + 10}p", "Counts a ten twice.")]);
        }

        return Ask(QuestionFormat.MissingNumber, $"{a}p + {b}p = £1 and {Box}p", new MoneyAnswer(sum - 100, MoneyUnit.Pence),
            $"{a}p + {100 - a}p makes £1; {b}p − {100 - a}p leaves {sum - 100}p more, so the total is £1 and {sum - 100}p.",
            dimension, features, picture,
            [new($"{sum}p", "Does not exchange 100p for £1."), new($"{b - a}p", "Takes one amount from the other instead of adding.")]);
    }

    // A number line from the first amount that makes the next pound, then adds the rest.
    private static NumberLinePicture BridgePound(int a, int b, int pounds)
    {
        var start = 100 * pounds + a;
        var whole = 100 * (pounds + 1);
        return new NumberLinePicture(start / 10 * 10, (start + b + 9) / 10 * 10, 10, NumberLineLabels.None,
            [new NumberLineJump(start, whole, $"+{whole - start}p"), new NumberLineJump(whole, start + b, "+?")],
            [new NumberLineMark(start, PoundsAndPence(start)), new NumberLineMark(whole, $"£{pounds + 1}"), new NumberLineMark(start + b, "?")]);
    }

    private static QuestionDraft AddWithPounds(Dice dice, int a, int b)
    {
        var (x, y) = (dice.Between(1, 3), dice.Between(1, 3));
        var sum = a + b;
        return Ask(QuestionFormat.MissingNumber, $"£{x} and {a}p + £{y} and {b}p = £{x + y + 1} and {Box}p", new MoneyAnswer(sum - 100, MoneyUnit.Pence),
            $"Add the pounds: £{x} + £{y} = £{x + y}. Add the pence: {a}p + {b}p = {sum}p = £1 and {sum - 100}p. Altogether £{x + y + 1} and {sum - 100}p.",
            PoundsPart, Features.Of((First, a), (Second, b), (PoundsPart, $"{x}+{y}"), (Unknown, "pence after the pound")), BridgePound(a, b, x + y),
            [new($"{sum}p", "Does not exchange 100p for £1."), new($"{sum - 100 + x + y}p", "Adds the pounds to the pence.")]);
    }

    private static QuestionDraft PoundAndMore(Dice dice)
    {
        var x = dice.Between(50, 80);
        var y = dice.Between(101 - x, 90);
        var name = dice.Pick(Names);
        var sum = x + y;
        WrongAnswer[] wrong =
        [
            new($"£1 and {sum}p", $"Writes £1 and {sum}p rather than exchanging 100p for another £1."),
            new($"£1 and {sum - 100}p", "Loses the 100p instead of exchanging it for £1."),
            new($"£2 and {sum}p", "Exchanges 100p for £1 but keeps the 100p as well."),
        ];
        return Ask(QuestionFormat.SpotTheMistake, $"{name} says £1 and {x}p + {y}p = £1 and {sum}p. What should the answer be?",
            Choose(dice, $"£2 and {sum - 100}p", wrong),
            $"{x}p + {y}p = {sum}p, and {sum}p is £1 and {sum - 100}p. With the £1 already there, that makes £2 and {sum - 100}p.",
            Variation.Deepening, Features.Of((First, x), (Second, y), (PoundsPart, 1), (Unknown, "answer")), null, wrong);
    }

    // Year 3 subtraction: no exchange, then an exchange of £1 for 100p, on a bar model, with fewer pence.
    private static List<QuestionDraft> Subtract(Dice dice)
    {
        var pounds = dice.Between(3, 6);
        var pence = dice.Between(55, 85);
        var easy = dice.Between(11, pence - 11);
        var hard = dice.Between(pence + 1, pence + 9);
        return
        [
            TakePence(pounds, pence, easy, Variation.Start, false),
            TakePence(pounds, pence, hard, Second, false),
            TakePence(pounds, pence, hard, RepresentationFeature, true),
            TakePence(pounds, pence - 30, hard, First, true),
            TakeChoice(dice, pounds, pence - 30, hard, QuestionFormat.MultipleChoice, QuestionTypeFeature, null),
            Deepening(dice),
        ];
    }

    private static QuestionDraft TakePence(int pounds, int pence, int take, string dimension, bool bar)
    {
        var whole = 100 * pounds + pence;
        var left = whole - take;
        Picture picture = bar
            ? new BarModelPicture([new Bar(string.Empty, [new BarSection($"{take}p", take), new BarSection("?", left)])], PoundsAndPence(whole))
            : new MoneyPicture(CoinsFor(whole));
        var wrong = new List<WrongAnswer> { new($"{System.Math.Abs(pence - take)}p", "Takes the smaller number of pence from the larger whatever the order.") };
        if (pence + 10 > take && take > pence)
        {
            wrong.Add(new($"{pence + 10 - take}p", "Exchanges £1 for 10p."));
        }

        if (take < pence)
        {
            wrong.Add(new($"{pence + take}p", "Adds instead of subtracting."));
        }

        return Ask(QuestionFormat.MissingNumber, $"£{pounds} and {pence}p − {take}p = £{left / 100} and {Box}p", new MoneyAnswer(left % 100, MoneyUnit.Pence),
            take <= pence
                ? $"There are enough pence: {pence}p − {take}p = {left % 100}p, and the pounds stay the same."
                : $"{pence}p is not enough to take {take}p, so exchange £1 for 100p: {pence + 100}p − {take}p = {left % 100}p, leaving £{left / 100}.",
            dimension, Features.Of((PoundsPart, pounds), (First, pence), (Second, take)), picture, wrong, take <= pence ? 1 : 0);
    }

    private static QuestionDraft Deepening(Dice dice)
    {
        var pence = dice.Between(10, 40);
        return TakeChoice(dice, dice.Between(2, 6), pence, pence + dice.Between(11, 45), QuestionFormat.SpotTheMistake, Variation.Deepening, dice.Pick(Names));
    }

    private static QuestionDraft TakeChoice(Dice dice, int pounds, int pence, int take, QuestionFormat format, string dimension, string? name)
    {
        var whole = 100 * pounds + pence;
        var left = whole - take;
        var smallerFromLarger = $"£{pounds} and {take - pence}p";
        WrongAnswer[] wrong =
        [
            new(smallerFromLarger, "Takes the smaller number of pence from the larger whatever the order."),
            new($"£{pounds} and {left % 100}p", "Exchanges £1 for 100p but does not take the £1 from the pounds."),
            new($"£{pounds - 1} and {take - pence}p", "Exchanges £1 but still takes the smaller number of pence from the larger."),
        ];
        var sentence = $"£{pounds} and {pence}p − {take}p";
        var prompt = name is null ? $"{sentence} = ?" : $"{name} says {sentence} = {smallerFromLarger}. What should the answer be?";
        var bar = new BarModelPicture([new Bar(string.Empty, [new BarSection($"{take}p", take), new BarSection("?", left)])], PoundsAndPence(whole));
        return Ask(format, prompt, Choose(dice, PoundsAndPence(left), wrong),
            $"{pence}p is not enough to take {take}p, so exchange £1 for 100p: £{pounds - 1} and {pence + 100}p − {take}p = {PoundsAndPence(left)}.",
            dimension, Features.Of((PoundsPart, pounds), (First, pence), (Second, take)), name is null ? bar : null, wrong);
    }

    // Year 4: prices in pounds, an exchange, the inverse, then change from a note.
    private static List<QuestionDraft> Calculate(Dice dice)
    {
        var a = 100 * dice.Between(1, 3) + dice.Between(25, 65);
        var b = 100 * dice.Between(1, 2) + dice.Between(10, 95 - a % 100);
        var exchange = 100 * (b / 100) + dice.Between(101 - a % 100, 99);
        var third = exchange + (exchange % 100 < 90 ? 5 : -5);
        var (buyer, _) = TwoNames(dice);
        var items = dice.Shuffle(Items);
        return
        [
            Prices(a, b, '+', Variation.Start, false),
            Prices(a, exchange, '+', Second, false),
            Prices(a, exchange, '+', RepresentationFeature, true),
            Prices(a, exchange, '−', Operation, true),
            Change(buyer, items, a, exchange, QuestionTypeFeature),
            Change(buyer, items, a, third, Second),
            PointInTheWrongPlace(dice),
        ];
    }

    private static QuestionDraft Prices(int a, int b, char op, string dimension, bool bar)
    {
        var sum = a + b;
        Picture picture = !bar ? new MoneyPicture([.. CoinsFor(a), .. CoinsFor(b)])
            : op == '+' ? new BarModelPicture([new Bar(string.Empty, [new BarSection(Pounds(a), a), new BarSection(Pounds(b), b)])], "?")
            : new BarModelPicture([new Bar(string.Empty, [new BarSection("?", a), new BarSection(Pounds(b), b)])], Pounds(sum));
        var features = Features.Of((First, a), (Second, b), (Operation, op));
        if (op == '+')
        {
            var pence = a % 100 + b % 100;
            return Ask(QuestionFormat.MissingNumber, $"{Pounds(a)} + {Pounds(b)} = £{Box}", new MoneyAnswer(sum, MoneyUnit.Pounds),
                $"Pounds: £{a / 100} + £{b / 100} = £{a / 100 + b / 100}. Pence: {a % 100}p + {b % 100}p = {pence}p{(pence >= 100 ? ", so exchange 100p for £1" : string.Empty)}. Total {Pounds(sum)}.",
                dimension, features, picture,
                [new(Pounds(sum - 100), "Does not exchange 100p for £1."), new($"£{Decimal(sum / 10m)}", "Puts the decimal point in the wrong place.")]);
        }

        var wrongPence = System.Math.Abs(sum % 100 - b % 100);
        return Ask(QuestionFormat.MissingNumber, $"{Pounds(sum)} − {Pounds(b)} = £{Box}", new MoneyAnswer(a, MoneyUnit.Pounds),
            $"Subtracting undoes adding: {Pounds(a)} + {Pounds(b)} = {Pounds(sum)}, so {Pounds(sum)} − {Pounds(b)} = {Pounds(a)}.",
            dimension, features, picture,
            [new(Pounds(100 * (sum / 100 - b / 100) + wrongPence), "Takes the smaller number of pence from the larger."), new(Pounds(sum + b), "Adds instead of subtracting.")], 1);
    }

    private static QuestionDraft Change(string buyer, IReadOnlyList<string> items, int a, int b, string dimension)
    {
        var cost = a + b;
        var note = cost < 500 ? 500 : 1000;
        var change = note - cost;
        return Ask(QuestionFormat.NumberEntry,
            $"{buyer} buys {items[0]} for {Pounds(a)} and {items[1]} for {Pounds(b)}, and pays with a £{note / 100} note. How much change is there? £{Box}",
            new MoneyAnswer(change, MoneyUnit.Pounds),
            $"First the cost: {Pounds(a)} + {Pounds(b)} = {Pounds(cost)}. Then count on from {Pounds(cost)} to £{note / 100}.00: the change is {Pounds(change)}.",
            dimension, Features.Of((First, a), (Second, b), (Operation, '−')),
            new BarModelPicture([new Bar(string.Empty, [new BarSection(Pounds(a), a), new BarSection(Pounds(b), b), new BarSection("?", change)])], $"£{note / 100}"),
            [new(Pounds(cost), "Gives the cost instead of the change."), new(Pounds(note - a), "Stops after taking away one price."), new(Pounds(change + 100), "Counts on to the pound but loses track of the pounds.")], 1);
    }

    private static QuestionDraft PointInTheWrongPlace(Dice dice)
    {
        var x = dice.Between(55, 95);
        var y = dice.Between(105 - x, 95);
        var sum = x + y;
        var name = dice.Pick(Names);
        var written = $"£{Decimal(sum / 10m)}";
        return Ask(QuestionFormat.SpotTheMistake, $"{name} worked out {x}p + {y}p and wrote {written}. What should it be? £{Box}",
            new MoneyAnswer(sum, MoneyUnit.Pounds),
            $"{x}p + {y}p = {sum}p. 100p is £1, so {sum}p is £1 and {sum - 100}p, written {Pounds(sum)}.",
            Variation.Deepening, Features.Of((First, x), (Second, y), (Operation, '+')), null,
            [new(written, $"Adds {x}p + {y}p to give {written}, putting the point in the wrong place."), new($"{sum - 100}p", "Loses the exchanged pound.")]);
    }
}
