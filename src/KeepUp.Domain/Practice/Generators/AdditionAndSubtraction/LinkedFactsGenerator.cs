using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Two unknowns pinned down by two facts (Year 6). With <paramref name="trial"/> false, two
/// prices that share an item ("2 pens and a ruler cost …; 1 pen and a ruler cost …"): comparing
/// them isolates one unknown, and substituting finds the other. With it true, two numbers with a
/// given sum and product (or difference and product), found by listing pairs in order.
/// </summary>
/// <param name="trial">True for systematic trial, false for two linked facts.</param>
internal sealed class LinkedFactsGenerator(bool trial) : QuestionGenerator
{
    private const string Asked = "asked";

    /// <inheritdoc />
    public override string Family => "two linked facts";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => trial ? Trial(dice) : Linked(dice);

    private static List<QuestionDraft> Linked(Dice dice)
    {
        var pen = dice.Between(4, 19) * 5;
        var ruler = dice.Between(4, 19) * 5;
        var k = dice.Between(2, 3);
        QuestionDraft Ask(int p, int r, int count, string asked, string dimension, bool picture)
        {
            var (first, second) = ((count * p) + r, p + r);
            var extra = count - 1;
            var answer = asked == "pen" ? p : r;
            var wrong = new List<WrongAnswer>();
            if (first % (count + 1) == 0 && first / (count + 1) != answer)
            {
                wrong.Add(new(Money(first / (count + 1)), "Divides the first total by the number of items, treating all the items as the same price."));
            }

            if (extra > 1)
            {
                wrong.Add(new(Money(first - second), $"Finds the difference between the totals but forgets it is the price of {extra} pens."));
            }

            wrong.Add(new(Money(asked == "pen" ? r : p), asked == "pen" ? "Gives the price of the ruler instead of the pen." : "Finds the pen and stops, giving its price."));
            return new QuestionDraft
            {
                Format = QuestionFormat.NumberEntry,
                Prompt = $"{count} pens and a ruler cost {Money(first)}. 1 pen and a ruler cost {Money(second)}. How much does {(asked == "pen" ? "one pen" : "the ruler")} cost?",
                Picture = picture
                    ? new BarModelPicture(
                        [
                            new Bar(Money(first), [.. System.Linq.Enumerable.Repeat(new BarSection("pen", p), count), new BarSection("ruler", r)]),
                            new Bar(Money(second), [new BarSection("pen", p), new BarSection("ruler", r)]),
                        ])
                    : null,
                Answer = new MoneyAnswer(answer, MoneyUnit.Pounds),
                Wrong = wrong,
                Worked = asked == "pen"
                    ? $"The difference between the two statements is {extra} pen{(extra > 1 ? "s" : string.Empty)}: {Money(first)} {Minus} {Money(second)} = {Money(first - second)}, so one pen costs {Money(p)}."
                    : $"One pen costs {Money(p)}, so the ruler costs {Money(second)} {Minus} {Money(p)} = {Money(r)}.",
                Dimension = dimension,
                Features = Features.Of(("pen", p), ("ruler", r), ("pens", count), (Asked, asked)),
            };
        }

        var pen2 = pen + 5;
        var drafts = new List<QuestionDraft>
        {
            Ask(pen, ruler, k, "pen", Variation.Start, true),
            Ask(pen2, ruler, k, "pen", "pen", true),
            Ask(pen2, ruler, k, "ruler", Asked, true),
            Ask(pen2, ruler, k + 1, "ruler", "pens", true),
            Ask(pen2, ruler, k + 1, "ruler", RepresentationFeature, false),
        };
        drafts.Add(Judgements.TrueOrFalse(
            $"{k} pens and a ruler cost {Money((k * pen2) + ruler)}; 1 pen and a ruler cost {Money(pen2 + ruler)}. Once you know a pen costs {Money(pen2)}, the problem is finished.",
            false,
            "Finds one unknown and stops.",
            $"Put the pen's price back into a statement to find the ruler: {Money(pen2 + ruler)} {Minus} {Money(pen2)} = {Money(ruler)}, and check with the other statement.",
            Features.Of((Asked, "statement"))));
        return drafts;
    }

    private static List<QuestionDraft> Trial(Dice dice)
    {
        var x = dice.Between(3, 9);
        var y = dice.Between(x + 2, 15);
        QuestionDraft Ask(int a, int b, string condition, string asked, string dimension)
        {
            var first = condition == "sum" ? a + b : b - a;
            var answer = asked == "smaller" ? a : b;
            var decoy = condition == "sum" ? (a + 1, b - 1) : (a + 1, b + 1);
            return new QuestionDraft
            {
                Format = QuestionFormat.NumberEntry,
                Prompt = $"Two whole numbers have a {condition} of {first} and a product of {a * b}. What is the {asked} number?",
                Answer = NumberAnswer.Whole(answer),
                Wrong =
                [
                    new(Whole(asked == "smaller" ? decoy.Item1 : decoy.Item2), $"Stops at a pair that fits the {condition} without checking the product."),
                    new(Whole(asked == "smaller" ? b : a), $"Gives the {(asked == "smaller" ? "larger" : "smaller")} number."),
                    new(Whole(a * b / 2), "Halves the product instead of testing pairs."),
                ],
                Worked = condition == "sum"
                    ? $"List pairs that add to {first} in order: 1 and {first - 1}, 2 and {first - 2}, … Test each product: {a} {Times} {b} = {a * b}, so the numbers are {a} and {b}."
                    : $"List pairs with a difference of {first} in order: 1 and {1 + first}, 2 and {2 + first}, … Test each product: {a} {Times} {b} = {a * b}, so the numbers are {a} and {b}.",
                Dimension = dimension,
                Features = Features.Of(("numbers", $"{a}|{b}"), ("condition", condition), (Asked, asked)),
            };
        }

        var drafts = new List<QuestionDraft>
        {
            Ask(x, y, "sum", "smaller", Variation.Start),
            Ask(x, y + 1, "sum", "smaller", "numbers"),
            Ask(x, y + 1, "sum", "larger", Asked),
            Ask(x, y + 1, "difference", "larger", "condition"),
            Ask(x + 1, y + 1, "difference", "larger", "numbers"),
        };
        var s = dice.Between(10, 20);
        var a2 = dice.Between(2, (s / 2) - 2);
        var exists = dice.Chance(50);
        var product = exists ? a2 * (s - a2) : (a2 * (s - a2)) + 1;
        var pairs = new List<string>();
        for (var i = 1; i <= s / 2; i++)
        {
            pairs.Add($"{i} {Times} {s - i} = {i * (s - i)}");
        }

        drafts.Add(Judgements.TrueOrFalse(
            $"There is a pair of whole numbers with a sum of {s} and a product of {product}.",
            exists,
            exists ? "Misses pairs, so thinks there is no solution." : "Guesses that a pair must exist without checking every pair.",
            $"Checking every pair in order: {string.Join("; ", pairs)}. {(exists ? $"{a2} and {s - a2} work." : $"None has a product of {product}.")}",
            Features.Of(("numbers", "statement"))));
        return drafts;
    }
}
