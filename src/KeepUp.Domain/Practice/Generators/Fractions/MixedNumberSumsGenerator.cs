using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Adding and subtracting mixed numbers: wholes with wholes and parts with parts, regrouping
/// when the parts make more than a whole and exchanging a whole when there are not enough parts.
/// The set starts without an exchange, then changes the second number so one is needed, changes
/// the wholes, shows the calculation as a hop on a number line and turns it round.
/// </summary>
/// <param name="subtract">True to subtract, false to add.</param>
/// <param name="denominators">Same, related or any denominators (Same… values mean the same denominator).</param>
/// <param name="secondIsFraction">True when the number taken away is a fraction less than 1 (Year 4).</param>
/// <param name="choices">The denominators to choose from.</param>
public sealed class MixedNumberSumsGenerator(bool subtract, Denominators denominators, bool secondIsFraction, params int[] choices) : QuestionGenerator
{
    private const string FirstFeature = "first number";
    private const string SecondFeature = "second number";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => subtract ? "subtract mixed numbers" : "add mixed numbers";

    private bool Same => denominators is Denominators.SameWithinOne or Denominators.SameBeyondOne;

    private sealed record Numbers(long D, long E, long A, long B1, long B2, long W1, long W2);

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var n = Search(dice, Draw, Fits);
        var x1 = Mixed(n.W1, n.A, n.D);
        var x2 = Mixed(n.W1 + 1, n.A, n.D);
        var (y1, y2) = (Mixed(n.W2, n.B1, n.E), Mixed(n.W2, n.B2, n.E));
        var op = subtract ? '−' : '+';
        return
        [
            Sum(x1, y1, op, false, Variation.Start),
            Sum(x1, y2, op, false, SecondFeature),
            Sum(x2, y2, op, false, FirstFeature),
            Sum(x2, y2, op, true, RepresentationFeature),
            subtract ? Sum(Fraction.Whole(n.W1 + 2), y2, op, true, FirstFeature) : MissingSecond(x2, y2),
            subtract ? SmallerFromLarger(dice, x1, y2) : NotRegrouped(dice, n),
        ];
    }

    private Numbers Draw(Dice dice)
    {
        var d = dice.Pick(choices);
        var e = Same ? d : denominators == Denominators.Related ? (dice.Chance(50) ? d * dice.Between(2, 3) : d) : dice.Pick(choices);
        if (denominators == Denominators.Related && e == d)
        {
            d *= dice.Between(2, 3);
        }

        var w2 = secondIsFraction ? 0 : dice.Between(1, 3);
        return new Numbers(d, e, dice.Between(1, d - 1), dice.Between(1, e - 1), dice.Between(1, e - 1), w2 + dice.Between(2, 4), w2);
    }

    private bool Fits(Numbers n)
    {
        var (a, b1, b2) = (Fraction.Of(n.A, n.D), Fraction.Of(n.B1, n.E), Fraction.Of(n.B2, n.E));
        if (!Coprime(n.A, n.D) || !Coprime(n.B1, n.E) || !Coprime(n.B2, n.E) || n.B1 == n.B2)
        {
            return false;
        }

        if (denominators == Denominators.Any && (n.D % n.E == 0 || n.E % n.D == 0 || Lcm(n.D, n.E) > 24))
        {
            return false;
        }

        var noExchange = subtract ? a > b1 : a + b1 < Fraction.Whole(1);
        var exchange = subtract ? a < b2 : a + b2 > Fraction.Whole(1);
        if (!noExchange || !exchange)
        {
            return false;
        }

        // With one denominator, answers are written in the same parts as the question (never simplified for them).
        return !Same || (Coprime(((subtract ? a - b1 : a + b1) * Fraction.Whole(n.D)).Numerator % n.D, n.D)
            && Coprime((((subtract ? a - b2 : a + b2) * Fraction.Whole(n.D)).Numerator % n.D + n.D) % n.D, n.D));
    }

    private static Fraction Mixed(long w, long n, long d) => Fraction.Whole(w) + Fraction.Of(n, d);

    private static string Write(Fraction value) => M(value);

    private static IReadOnlyDictionary<string, string> Facts(Fraction x, Fraction y, string unknown) =>
        Features.Of((FirstFeature, Write(x)), (SecondFeature, Write(y)), (UnknownFeature, unknown));

    private static Picture Picture(Fraction x, Fraction y, char op, bool line)
    {
        var result = op == '+' ? x + y : x - y;
        var step = Fraction.Of(1, Lcm(x.Denominator, y.Denominator));
        if (line)
        {
            return Hop(x, result, step, (op == '+' ? "+" : PupilNumber.Minus) + Write(y), true);
        }

        return op == '+'
            ? new BarModelPicture([new Bar(string.Empty, [new BarSection(Write(x), x), new BarSection(Write(y), y)])], "?")
            : new BarModelPicture([new Bar(string.Empty, [new BarSection(null, result), new BarSection(Write(y), y)])], Write(x));
    }

    private static (long Wholes, Fraction Part) Split(Fraction value) => (Floor(value), value - Fraction.Whole(Floor(value)));

    private static string Working(Fraction x, Fraction y, char op)
    {
        var result = op == '+' ? x + y : x - y;
        var ((xw, xp), (yw, yp)) = (Split(x), Split(y));
        if (op == '+')
        {
            var parts = xp + yp;
            return $"Wholes: {xw} + {yw} = {xw + yw}. Fractions: {F(xp)} + {F(yp)} = {F(parts)}"
                + (parts >= Fraction.Whole(1) ? $", which is {M(parts)}, so exchange for a whole" : string.Empty) + $". Total: {M(result)}.";
        }

        if (xp >= yp && xp != Fraction.Zero)
        {
            return $"Fractions: {F(xp)} {PupilNumber.Minus} {F(yp)} = {F(xp - yp)}. Wholes: {xw} {PupilNumber.Minus} {yw} = {xw - yw}. Answer: {M(result)}.";
        }

        var l = Lcm(x.Denominator, y.Denominator);
        var exchanged = Text(((xp + Fraction.Whole(1)) * Fraction.Whole(l)).Numerator, l);
        var have = xp == Fraction.Zero ? "no parts" : F(xp);
        return $"There are not enough parts to take {F(yp)} from {have}, so exchange one whole: {M(x)} = {xw - 1} and {exchanged}. Then {exchanged} {PupilNumber.Minus} {F(yp)} = {F(xp + Fraction.Whole(1) - yp)} and {xw - 1} {PupilNumber.Minus} {yw} = {xw - 1 - yw}. Answer: {M(result)}.";
    }

    private static List<WrongAnswer> Mistakes(Fraction x, Fraction y, char op)
    {
        var result = op == '+' ? x + y : x - y;
        var ((xw, xp), (yw, yp)) = (Split(x), Split(y));
        var wrong = new List<WrongAnswer>();
        if (op == '+')
        {
            if (xp + yp >= Fraction.Whole(1))
            {
                wrong.Add(new(M(result - Fraction.Whole(1)), "Exchanges the fractions for a whole but forgets to add it to the wholes."));
            }

            wrong.Add(new(M(xp + yp), "Adds the fractions but forgets the whole numbers."));
        }
        else
        {
            if (xp < yp)
            {
                wrong.Add(new(M(Fraction.Whole(xw - yw) + (yp - xp)), "Subtracts the smaller fraction from the larger whatever the order."));
            }

            if (yw > 0)
            {
                wrong.Add(new(M(result + Fraction.Whole(yw)), "Subtracts the fractions but forgets to subtract the wholes."));
            }

            wrong.Add(new(M(x + y), "Adds instead of subtracting."));
        }

        return wrong;
    }

    private static QuestionDraft Sum(Fraction x, Fraction y, char op, bool line, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{Write(x)} {(op == '+' ? "+" : PupilNumber.Minus)} {Write(y)} = {PupilNumber.Box}",
        MixedAnswer(op == '+' ? x + y : x - y),
        Working(x, y, op),
        dimension,
        Facts(x, y, "result"),
        Picture(x, y, op, line),
        Mistakes(x, y, op));

    private static QuestionDraft MissingSecond(Fraction x, Fraction y) => Ask(
        QuestionFormat.MissingNumber,
        $"{Write(x)} + {PupilNumber.Box} = {M(x + y)}",
        MixedAnswer(y),
        $"Count on from {Write(x)} to {M(x + y)}: the difference is {M(y)}.",
        UnknownFeature,
        Facts(x, y, "second number"),
        Picture(x, y, '+', true),
        [new(M(x + y + x), "Adds the two numbers it can see instead of finding the difference.")]);

    private static QuestionDraft NotRegrouped(Dice dice, Numbers n)
    {
        var name = dice.Pick(Names);
        var (x, y) = (Mixed(n.W1, n.A, n.D), Mixed(n.W2, n.B2, n.E));
        var l = Lcm(n.D, n.E);
        var top = (n.A * (l / n.D)) + (n.B2 * (l / n.E));
        var unfinished = $"{n.W1 + n.W2} {Text(top, l)}";
        var (answer, wrong) = TrueOrFalse(false, "Leaves an improper fraction inside a mixed number without regrouping.");
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {name} works out {M(x)} + {M(y)} = {unfinished}. That answer is finished and cannot be written more simply.",
            answer, $"{Text(top, l)} is more than one whole: {Text(top, l)} = {M(Fraction.Of(top, l))}. So the total is {M(x + y)}.",
            Variation.Deepening, Facts(x, y, "statement"), Picture(x, y, '+', false), wrong);
    }

    private static QuestionDraft SmallerFromLarger(Dice dice, Fraction x, Fraction y)
    {
        var name = dice.Pick(Names);
        var ((xw, xp), (yw, yp)) = (Split(x), Split(y));
        var mistake = Fraction.Whole(xw - yw) + (yp - xp);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} writes {M(x)} {PupilNumber.Minus} {M(y)} = {M(mistake)}. What is the right answer?", MixedAnswer(x - y),
            $"{name} took {F(xp)} from {F(yp)} instead of {F(yp)} from {F(xp)}. {Working(x, y, '−')}",
            Variation.Deepening, Facts(x, y, "result"), Picture(x, y, '−', true), [new(M(mistake), "Subtracts the smaller fraction from the larger whatever the order.")]);
    }
}
