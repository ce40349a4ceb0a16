using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Working from one known multiplication to related facts instead of calculating from scratch.
/// Derived facts (Year 6): from 36 × 14 = 504, the divisions, a factor ten times smaller or
/// larger. Equivalent calculations: doubling one factor and halving the other, or splitting a
/// factor (25 × 36 = 25 × 4 × 9). Each set ends by judging a change that does not keep the product.
/// </summary>
/// <param name="equivalent">True for equivalent calculations (mental mixed operations), false for derived facts.</param>
internal sealed class RelatedFactsGenerator(bool equivalent) : QuestionGenerator
{
    private const string First = "first factor";
    private const string Second = "second factor";
    private const string Derived = "derived fact";
    private static readonly int[] Friendly = [5, 15, 25, 35, 45];

    /// <inheritdoc />
    public override string Family => "related and equivalent calculations";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => equivalent ? Equivalent(dice) : DerivedFacts(dice);

    private static List<QuestionDraft> DerivedFacts(Dice dice)
    {
        int a;
        do
        {
            a = dice.Between(13, 48);
        }
        while (a % 10 == 0);

        var b = dice.Between(12, 29);
        if (b == a)
        {
            b--;
        }

        QuestionDraft Derive(int x, int y, string derived, string dimension)
        {
            var p = x * y;
            var fact = $"{x} {Times} {y} = {Whole(p)}";
            var (question, answer, shape, wrong, why) = derived switch
            {
                "divide by second" => ($"{Whole(p)} {Divide} {y} = {Box}", Fraction.Whole(x), NumberShape.Whole,
                    new List<WrongAnswer> { new(Whole(y), "Gives the divisor instead of the other factor."), new(Whole(p - y), "Subtracts instead of dividing.") },
                    $"Division is the inverse of multiplication, so {Whole(p)} {Divide} {y} = {x}."),
                "divide by first" => ($"{Whole(p)} {Divide} {x} = {Box}", Fraction.Whole(y), NumberShape.Whole,
                    [new(Whole(x), "Gives the divisor instead of the other factor."), new(Whole(p - x), "Subtracts instead of dividing.")],
                    $"Division is the inverse of multiplication, so {Whole(p)} {Divide} {x} = {y}."),
                "tenth" => ($"{PupilNumber.Decimal(x / 10m)} {Times} {y} = {Box}", Fraction.Of(p, 10), NumberShape.Decimal,
                    [new(Whole(p), "Does not change the product when one factor is ten times smaller."), new(PupilNumber.Decimal(p / 100m), "Makes the product a hundred times smaller.")],
                    $"{PupilNumber.Decimal(x / 10m)} is ten times smaller than {x}, so the product is ten times smaller: {PupilNumber.Decimal(p / 10m)}."),
                _ => ($"{x} {Times} {y * 10} = {Box}", Fraction.Whole(p * 10), NumberShape.Whole,
                    [new(Whole(p), "Does not change the product when one factor is ten times larger."), new(Whole(p * 100), "Makes the product a hundred times larger.")],
                    $"{y * 10} is ten times {y}, so the product is ten times larger: {Whole(p * 10)}."),
            };
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = $"{fact}, so {question}",
                Answer = new NumberAnswer(answer, shape),
                Wrong = wrong,
                Worked = why,
                StemSentence = derived is "tenth" or "ten times" ? 1 : 0,
                Dimension = dimension,
                Features = Features.Of((First, x), (Second, y), (Derived, derived)),
            };
        }

        var drafts = new List<QuestionDraft>
        {
            Derive(a, b, "divide by second", Variation.Start),
            Derive(a, b, "divide by first", Derived),
            Derive(a, b, "tenth", Derived),
            Derive(a, b, "ten times", Derived),
            Derive(a + 1, b, "ten times", First),
            Derive(a + 1, b, "divide by first", Derived),
        };
        var (x2, y2) = (a + 1, b);
        drafts.Add(Judgements.TrueOrFalse(
            $"{x2} {Times} {y2} = {Whole(x2 * y2)}, so {x2 * 10} {Times} {y2 * 10} = {Whole(x2 * y2 * 10)}.",
            false,
            "Changes both factors by ten and expects the product to change by ten only.",
            $"Both factors are ten times larger, so the product is a hundred times larger: {Whole(x2 * y2 * 100)}.",
            Features.Of((First, "statement")),
            1));
        return drafts;
    }

    private static List<QuestionDraft> Equivalent(Dice dice)
    {
        var a = dice.Pick(Friendly);
        var b = dice.Between(3, 12) * 4;
        var partner = a is 25 or 75 ? 4 : 2;
        QuestionDraft Rewrite(int x, int y, string form, string dimension)
        {
            var (prompt, answer, wrong, worked) = form switch
            {
                "double and halve" => (
                    $"{x} {Times} {y} = {2 * x} {Times} {Box}",
                    y / 2,
                    new List<WrongAnswer> { new(Whole(y * 2), "Doubles both factors and expects the product to stay the same."), new(Whole(y), "Doubles one factor but does not change the other.") },
                    $"Doubling {x} to {2 * x} and halving {y} to {y / 2} keeps the product the same."),
                "split a factor" => (
                    $"{x} {Times} {y} = {x} {Times} {partner} {Times} {Box}",
                    y / partner,
                    [new(Whole(y - partner), "Splits the factor by subtracting instead of dividing."), new(Whole(y), "Does not change the factor that was split.")],
                    $"{y} = {partner} {Times} {y / partner}, and {x} {Times} {partner} = {x * partner}, an easy number to multiply by."),
                _ => (
                    $"{x} {Times} {y} = {Box}",
                    x * y,
                    [new(Whole(x * y / 10), "Loses a zero when working mentally."), new(Whole((x * y) + x), "Adds one factor too many.")],
                    $"{x} {Times} {partner} = {x * partner}, then {x * partner} {Times} {y / partner} = {Whole(x * y)}."),
            };
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = prompt,
                Answer = NumberAnswer.Whole(answer),
                Wrong = wrong,
                Worked = worked,
                Dimension = dimension,
                Features = Features.Of((First, x), (Second, y), ("form", form)),
            };
        }

        var b2 = b + 4;
        var drafts = new List<QuestionDraft>
        {
            Rewrite(a, b, "double and halve", Variation.Start),
            Rewrite(a, b2, "double and halve", Second),
            Rewrite(a, b2, "split a factor", "form"),
            Rewrite(a, b2, "calculate", "form"),
        };
        var c = dice.Pick(Friendly);
        var d = dice.Between(3, 9) * 2;
        drafts.Add(Judgements.TrueOrFalse(
            $"{c} {Times} {d} = {2 * c} {Times} {2 * d}",
            false,
            "Doubles both factors and expects the product to stay the same.",
            $"Doubling both factors makes the product four times larger. To keep it the same, double one factor and halve the other: {2 * c} {Times} {d / 2}.",
            Features.Of((First, "statement"))));
        return drafts;
    }
}
