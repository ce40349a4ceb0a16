using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>What is multiplied.</summary>
public enum Product
{
    /// <summary>A whole number times a unit fraction: 4 × 1/5.</summary>
    WholeTimesUnit,

    /// <summary>A whole number times a non-unit fraction: 4 × 2/5.</summary>
    WholeTimesFraction,

    /// <summary>A whole number times a mixed number: 3 × 2 1/4.</summary>
    WholeTimesMixed,

    /// <summary>A unit fraction times a unit fraction: 1/2 × 1/3.</summary>
    UnitTimesUnit,

    /// <summary>Non-unit fractions, answers in their simplest form: 2/3 × 3/4.</summary>
    FractionTimesFraction,
}

/// <summary>
/// Multiplying with fractions. A whole number times a fraction is repeated addition of the same
/// parts, so the denominator stays the same; a fraction times a fraction is a part of a part, so
/// the parts get smaller. The set changes one factor, then the other, shows the product as hops
/// or an area, and finds a missing factor before a closing misconception.
/// </summary>
/// <param name="product">What is multiplied.</param>
/// <param name="denominators">The denominators to choose from.</param>
public sealed class MultiplyFractionsGenerator(Product product, params int[] denominators) : QuestionGenerator
{
    private const string FirstFeature = "first factor";
    private const string SecondFeature = "second factor";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => "multiply fractions";

    private bool ByWhole => product is Product.WholeTimesUnit or Product.WholeTimesFraction or Product.WholeTimesMixed;

    private bool Simplest => product == Product.FractionTimesFraction;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (x1, x2, y1, y2) = Search(dice, Draw, Fits);
        return
        [
            Multiply(x1, y1, false, Variation.Start),
            Multiply(x2, y1, false, FirstFeature),
            Multiply(x2, y2, false, SecondFeature),
            Multiply(x2, y2, true, RepresentationFeature),
            Missing(x2, y2),
            Deepening(dice, x1, y1),
        ];
    }

    private (Fraction, Fraction, Fraction, Fraction) Draw(Dice dice)
    {
        Fraction Part(bool unit) { var d = dice.Pick(denominators); return Fraction.Of(unit || d == 2 ? 1 : dice.Between(2, d - 1), d); }
        return product switch
        {
            Product.WholeTimesUnit => (dice.Between(2, 9), dice.Between(2, 9), Part(true), Part(true)),
            Product.WholeTimesFraction => (dice.Between(2, 9), dice.Between(2, 9), Part(false), Part(false)),
            Product.WholeTimesMixed => (dice.Between(2, 5), dice.Between(2, 5), Fraction.Whole(dice.Between(1, 3)) + Part(dice.Chance(40)), Fraction.Whole(dice.Between(1, 3)) + Part(dice.Chance(40))),
            Product.UnitTimesUnit => (Part(true), Part(true), Part(true), Part(true)),
            Product.FractionTimesFraction => (Part(false), Part(false), Part(false), Part(false)),
        };
    }

    private bool Fits((Fraction X1, Fraction X2, Fraction Y1, Fraction Y2) c)
    {
        var all = new[] { c.X1, c.X2, c.Y1, c.Y2 };
        if (c.X1 == c.X2 || c.Y1 == c.Y2)
        {
            return false;
        }

        // The fractions are written as drawn, so a drawn 2/4 (shown as 1/2) is redrawn; with a whole
        // number, the product keeps the denominator (8/5, not a simplified form pupils have not met).
        var drawnInLowestTerms = all.All(v => v.IsWhole || denominators.Contains((int)v.Denominator));
        return drawnInLowestTerms && (!ByWhole || new[] { (c.X1, c.Y1), (c.X2, c.Y1), (c.X2, c.Y2) }.All(p => (p.Item1 * p.Item2).Denominator == p.Item2.Denominator))
            && (ByWhole || (c.X1 != c.Y1 && c.X2 != c.Y2));
    }

    private string Write(Fraction value) => product == Product.WholeTimesMixed ? M(value) : F(value);

    private static IReadOnlyDictionary<string, string> Facts(Fraction x, Fraction y, string unknown) =>
        Features.Of((FirstFeature, x), (SecondFeature, y), (UnknownFeature, unknown));

    private NumberAnswer AnswerFor(Fraction value) => product == Product.WholeTimesMixed ? MixedAnswer(value) : FractionAnswer(value, Simplest);

    private string Prompt(string sentence) => Simplest ? $"Give the answer in its simplest form. {sentence}" : sentence;

    private Picture Picture(Fraction x, Fraction y, bool line)
    {
        if (ByWhole)
        {
            var k = (int)x.Numerator;
            if (line)
            {
                var end = System.Math.Max(1, Ceiling(x * y));
                return new NumberLinePicture(Fraction.Zero, Fraction.Whole(end), Fraction.Of(1, y.Denominator), NumberLineLabels.Ends,
                    [.. Enumerable.Range(0, k).Select(i => new NumberLineJump(y * Fraction.Whole(i), y * Fraction.Whole(i + 1), null))],
                    [new NumberLineMark(x * y, "?")], true);
            }

            return new BarModelPicture([new Bar(string.Empty, [.. Enumerable.Range(0, k).Select(_ => new BarSection(Write(y), y))])], "?");
        }

        return line
            ? new FractionBarPicture((int)(x.Denominator * y.Denominator), (int)(x.Numerator * y.Numerator))
            : new ArrayPicture((int)x.Denominator, (int)y.Denominator);
    }

    private string Working(Fraction x, Fraction y)
    {
        var result = x * y;
        return product switch
        {
            Product.WholeTimesMixed =>
                $"{x} {PupilNumber.Times} {Floor(y)} = {x * Fraction.Whole(Floor(y))} and {x} {PupilNumber.Times} {F(y - Fraction.Whole(Floor(y)))} = {F(x * (y - Fraction.Whole(Floor(y))))}, so the product is {M(result)}.",
            _ when ByWhole =>
                $"{x} lots of {F(y)} is {x} {PupilNumber.Times} {y.Numerator} = {result.Numerator} {Parts(y.Denominator)}: {F(result)}. The parts stay the same size, so the denominator stays {y.Denominator}."
                + (result > Fraction.Whole(1) ? $" That is {M(result)}." : string.Empty),
            _ => $"Multiply the numerators and the denominators: {x.Numerator} {PupilNumber.Times} {y.Numerator} = {x.Numerator * y.Numerator} and {x.Denominator} {PupilNumber.Times} {y.Denominator} = {x.Denominator * y.Denominator}, so {Text(x.Numerator * y.Numerator, x.Denominator * y.Denominator)}"
                + (result.Denominator != x.Denominator * y.Denominator ? $", which simplifies to {F(result)}." : "."),
        };
    }

    private List<WrongAnswer> Mistakes(Fraction x, Fraction y)
    {
        var wrong = new List<WrongAnswer>();
        switch (product)
        {
            case Product.WholeTimesMixed:
                var whole = Fraction.Whole(Floor(y));
                wrong.Add(new(M((x * whole) + (y - whole)), "Multiplies only the whole-number part."));
                wrong.Add(new(M((x * whole) + Fraction.Of((y - whole).Numerator, (y - whole).Denominator * x.Numerator)), "Multiplies the denominator of the fraction part by the whole number."));
                break;
            case Product.WholeTimesUnit or Product.WholeTimesFraction:
                wrong.AddRange(Wrongs((y.Numerator, y.Denominator * x.Numerator, "Multiplies the denominator by the whole number.")));
                wrong.AddRange(Wrongs((y.Numerator * x.Numerator, y.Denominator * x.Numerator, "Multiplies both the numerator and the denominator by the whole number.")));
                wrong.Add(new(M(x + y), "Adds the whole number to the fraction instead of multiplying."));
                break;
            default:
                wrong.AddRange(Wrongs((x.Numerator * y.Numerator, x.Denominator + y.Denominator, "Adds the denominators instead of multiplying them.")));
                if (x.Denominator == y.Denominator)
                {
                    wrong.AddRange(Wrongs((x.Numerator * y.Numerator, x.Denominator, "Multiplies the numerators but keeps the denominator, as in addition.")));
                }

                wrong.Add(new(F(x + y), "Uses the addition method instead of multiplying."));
                break;
        }

        return wrong;
    }

    private QuestionDraft Multiply(Fraction x, Fraction y, bool line, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        Prompt($"{Write(x)} {PupilNumber.Times} {Write(y)} = {PupilNumber.Box}"),
        AnswerFor(x * y),
        Working(x, y),
        dimension,
        Facts(x, y, "product"),
        Picture(x, y, line),
        Mistakes(x, y),
        0);

    private QuestionDraft Missing(Fraction x, Fraction y)
    {
        var product = x * y;
        var answer = ByWhole ? NumberAnswer.Whole(x.Numerator) : FractionAnswer(x);
        return Ask(QuestionFormat.MissingNumber, $"{PupilNumber.Box} {PupilNumber.Times} {Write(y)} = {Write(product)}", answer,
            ByWhole ? $"{Write(product)} is {Write(y)} taken {x} times, so the missing number is {x}." : $"Which fraction of {F(y)} is {F(product)}? {F(x)} {PupilNumber.Times} {F(y)} = {F(product)}.",
            UnknownFeature, Facts(x, y, "first factor"), Picture(x, y, true),
            ByWhole ? [.. WrongWhole(product.Numerator, "Gives the number of parts instead of how many lots.")] : [new(F(product * y), "Multiplies by the fraction again instead of working backwards.")],
            0);
    }

    private QuestionDraft Deepening(Dice dice, Fraction x, Fraction y)
    {
        var name = dice.Pick(Names);
        if (product == Product.UnitTimesUnit)
        {
            var (answer, wrong) = TrueOrFalse(false, "Expects multiplication always to make a number bigger.");
            return Ask(QuestionFormat.TrueOrFalse, $"True or false? {F(x)} {PupilNumber.Times} {F(y)} is greater than {F(y)}.", answer,
                $"{F(x)} {PupilNumber.Times} {F(y)} means {F(x)} of {F(y)}, which is {F(x * y)}. Taking part of an amount makes it smaller.",
                Variation.Deepening, Facts(x, y, "statement"), Picture(x, y, false), wrong);
        }

        var (mistake, why) = product switch
        {
            Product.WholeTimesUnit => (Text(y.Numerator, y.Denominator * x.Numerator), "Multiplies the denominator by the whole number."),
            Product.WholeTimesFraction => (Text(y.Numerator * x.Numerator, y.Denominator * x.Numerator), "Multiplies both the numerator and the denominator by the whole number."),
            Product.WholeTimesMixed => (M((x * Fraction.Whole(Floor(y))) + (y - Fraction.Whole(Floor(y)))), "Multiplies only the whole-number part."),
            _ => (Text(x.Numerator * y.Numerator, System.Math.Max(x.Denominator, y.Denominator)), "Multiplies the numerators but keeps a denominator, as in addition."),
        };
        return Ask(QuestionFormat.SpotTheMistake, Prompt($"{name} writes {Write(x)} {PupilNumber.Times} {Write(y)} = {mistake}. What is the right answer?"), AnswerFor(x * y),
            $"{name}'s answer is wrong. {Working(x, y)}", Variation.Deepening, Facts(x, y, "product"), Picture(x, y, false), [new(mistake, why)]);
    }
}
