using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberFacts;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>What an expressions set practises.</summary>
public enum Expressions
{
    /// <summary>Compare two multiplications or divisions with &lt;, &gt; or =.</summary>
    Compare,

    /// <summary>The equals sign between two calculations: 4 × 35 = □ × 20.</summary>
    BalanceEquals,

    /// <summary>Multiply three numbers in a helpful order.</summary>
    ThreeNumbers,
}

/// <summary>
/// Reasoning about whole calculations: comparing 4 × 5 with 3 × 5 without working them out,
/// balancing both sides of an equals sign, and multiplying three numbers in any order.
/// </summary>
/// <param name="kind">What the step teaches.</param>
public sealed class ExpressionGenerator(Expressions kind) : QuestionGenerator
{
    private const string Left = "left side";
    private const string Right = "right side";

    /// <inheritdoc />
    public override string Family => "comparing and balancing calculations";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        return kind switch
        {
            Expressions.Compare => Compare(step, dice),
            Expressions.BalanceEquals => Balance(step, dice, name),
            _ => Three(step, dice, name),
        };
    }

    private static QuestionDraft Sign(string left, Fraction l, string right, Fraction r, string dimension, string worked, int stem, string mistake) => new()
    {
        Format = QuestionFormat.Compare,
        Prompt = $"{left} {Box} {right}",
        Answer = new ComparisonAnswer(ComparisonAnswer.Between(l, r)),
        Wrong = [.. Other(ComparisonAnswer.Between(l, r), mistake)],
        Worked = worked,
        StemSentence = stem,
        Dimension = dimension,
        Features = Features.Of((Left, left), (Right, right)),
    };

    private static IEnumerable<WrongAnswer> Other(char right, string mistake) =>
        [.. ComparisonAnswer.Signs.Where(sign => sign[0] != right).Select(sign => new WrongAnswer(sign, sign == "=" ? "Thinks the two sides are equal because they share a number." : mistake))];

    private static IReadOnlyList<QuestionDraft> Compare(SmallStep step, Dice dice)
    {
        var g = dice.Between(3, 6);
        var s = dice.Between(3, 9);
        var t = s == 9 ? 8 : s + 1;
        var z = 12 * dice.Between(2, 4);
        string M(int a, int b) => $"{a} × {b}";
        string D(int a, int b) => $"{a} {Divide} {b}";
        return
        [
            Sign(M(g, s), g * s, M(g + 1, s), (g + 1) * s, Variation.Start, $"Both are groups of {s}; {g + 1} groups is more than {g} groups, so {M(g, s)} < {M(g + 1, s)}.", 0, "Does not see that more equal groups make a greater product."),
            Sign(M(g, t), g * t, M(g + 1, s), (g + 1) * s, Left, $"{M(g, t)} = {g * t} and {M(g + 1, s)} = {(g + 1) * s}.", 0, step.Misconceptions[0]),
            Sign(M(g, t), g * t, M(s, g), s * g, Right, $"{M(g, t)} is {g} groups of {t} and {M(s, g)} is {g} groups of {s}: bigger groups make more.", 0, step.Misconceptions[0]),
            Sign(D(z, 2), z / 2, M(s, g), s * g, Left, $"{D(z, 2)} = {z / 2} and {M(s, g)} = {s * g}.", 1, step.Misconceptions[0]),
            Sign(D(z, 2), z / 2, D(z, 3), z / 3, Right, $"The same {z} is shared into more groups, so each share is smaller: {D(z, 3)} < {D(z, 2)}.", 1, step.Misconceptions[1]),
            Closing.TrueOrFalse($"{D(z, 6)} is greater than {D(z, 3)} because 6 is greater than 3.", false, step.Misconceptions[1], $"{z} shared into 6 groups gives {z / 6} each and into 3 groups gives {z / 3} each, so {D(z, 6)} is smaller.", 1),
        ];
    }

    private static IReadOnlyList<QuestionDraft> Balance(SmallStep step, Dice dice, string name)
    {
        var a = dice.Between(2, 5) * 2;
        var b = 5 * dice.Between(3, 9);
        QuestionDraft Q(int x, int y, int z, string dimension, QuestionFormat format) => Drafts.Number(
            format,
            $"{(format == QuestionFormat.MultipleChoice ? "Choose the missing number. " : string.Empty)}{x} × {y} = {Box} × {z}",
            Fraction.Of(x * y, z),
            $"The value on the left is {x * y}, so the right side must also be {x * y}: {x * y} {Divide} {z} = {x * y / z}.",
            dimension,
            Features.Of((Left, $"{x}×{y}"), (Right, z)),
            null,
            0,
            [(x * y, "Reads = as 'the answer is' and writes the left side's value."), (x * y + z, "Adds the number on the right instead of balancing.")]);
        return
        [
            Q(a, b, 10, Variation.Start, QuestionFormat.MissingNumber),
            Q(a, b, 2 * b, Right, QuestionFormat.MissingNumber),
            Q(a + 2, b, 2 * b, Left, QuestionFormat.MissingNumber),
            Q(a + 2, b, 2 * b, QuestionTypeFeature, QuestionFormat.MultipleChoice),
            Drafts.Pick(dice, $"Is this a true way to write it? {a + 2} × {b} = {(a + 2) * b} × 2 = {(a + 2) * b * 2}", "No", [new("Yes", step.Misconceptions[0])], $"{a + 2} × {b} is {(a + 2) * b}, not {(a + 2) * b * 2}: each side of = must have the same value.", Right, Features.Of((Left, $"{a + 2}×{b}"), (Right, "running total"))),
            Closing.SpotTheMistake($"{name} filled in 30 + 12 = {Box} + 15 with 42. What is the missing number?", 27, 42, step.Misconceptions[1], "The left side is 42, so the right side must be 42 too: 27 + 15 = 42."),
        ];
    }

    private static IReadOnlyList<QuestionDraft> Three(SmallStep step, Dice dice, string name)
    {
        var a = dice.Between(3, 8);
        var b = a + 1 == 9 ? 3 : dice.Pick([.. Enumerable.Range(3, 7).Where(v => v != a + 1)]);
        QuestionDraft Q(string text, int value, string dimension, QuestionFormat format, int stem, string grouping, params int[] numbers) => Drafts.Number(
            format,
            $"{(format == QuestionFormat.MultipleChoice ? "Choose the answer. " : string.Empty)}{text} = {Box}",
            value,
            $"Multiply two of the numbers first, then the third: the product is {value} whichever order you choose.",
            dimension,
            Features.Of((Left, string.Join(",", numbers.Order())), (Right, grouping)),
            null,
            stem,
            [(value / 2 + 2, step.Misconceptions[0]), (value + 10, "Makes an error in one of the two multiplications.")]);
        return
        [
            Q($"5 × {a} × 2", 10 * a, Variation.Start, QuestionFormat.MissingNumber, 0, "left to right", 5, a, 2),
            Q($"5 × {a + 1} × 2", 10 * (a + 1), Left, QuestionFormat.MissingNumber, 0, "left to right", 5, a + 1, 2),
            Q($"5 × 2 × {a + 1}", 10 * (a + 1), Right, QuestionFormat.MissingNumber, 1, "ten first", 5, a + 1, 2),
            Q($"5 × 2 × {b}", 10 * b, Left, QuestionFormat.MissingNumber, 1, "ten first", 5, b, 2),
            Q($"5 × 2 × {b}", 10 * b, QuestionTypeFeature, QuestionFormat.MultipleChoice, 1, "ten first", 5, b, 2),
            Closing.SpotTheMistake($"{name} worked out 2 × {a} × 5 as 2 × {a} = {2 * a}, then {2 * a} + 5 = {2 * a + 5}. What is 2 × {a} × 5?", 10 * a, 2 * a + 5, step.Misconceptions[0], $"The third number multiplies too: 2 × 5 = 10 and 10 × {a} = {10 * a}."),
        ];
    }
}
