using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>How the denominators of two fractions being added or subtracted relate.</summary>
public enum Denominators
{
    /// <summary>The same denominator, with a total below one.</summary>
    SameWithinOne,

    /// <summary>The same denominator, with totals that may pass one (and, for subtraction, a whole number take away a fraction).</summary>
    SameBeyondOne,

    /// <summary>One denominator a multiple of the other: only one fraction is renamed.</summary>
    Related,

    /// <summary>Neither denominator a multiple of the other: both are renamed, and the answer simplified.</summary>
    Any,
}

/// <summary>Which operations a set uses.</summary>
public enum Operations
{
    /// <summary>Addition only.</summary>
    Add,

    /// <summary>Subtraction only.</summary>
    Subtract,

    /// <summary>Addition, then subtraction of the same fractions.</summary>
    Both,
}

/// <summary>
/// Adding and subtracting fractions: only parts of the same size can be added, so the
/// denominator stays the same and, where they differ, one or both fractions are renamed first.
/// The set changes the second fraction, then the first (or the denominator), shows the sum as a
/// hop on a number line and turns it round (a missing fraction, the inverse operation, or a
/// whole number take away a fraction), closing with a classic mistake to correct.
/// </summary>
/// <param name="denominators">How the denominators relate.</param>
/// <param name="operations">Addition, subtraction or both.</param>
/// <param name="choices">The denominators to choose from (for related denominators, the smaller one).</param>
public sealed class AddSubtractFractionsGenerator(Denominators denominators, Operations operations, params int[] choices) : QuestionGenerator
{
    private const string FirstFeature = "first fraction";
    private const string SecondFeature = "second fraction";
    private const string OperationFeature = "operation";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => "add and subtract fractions";

    private bool Same => denominators is Denominators.SameWithinOne or Denominators.SameBeyondOne;

    private bool Simplest => denominators == Denominators.Any;

    private char FirstOp => operations == Operations.Subtract ? '−' : '+';

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (x1, y1, y2, x3, y3) = Search(dice, Numbers, Fits);
        var drafts = new List<QuestionDraft>
        {
            Sum(x1, y1, FirstOp, false, Variation.Start),
            Sum(x1, y2, FirstOp, false, SecondFeature),
            Sum(x3, y3, FirstOp, false, Same ? DenominatorFeatureName : FirstFeature),
            Sum(x3, y3, FirstOp, true, RepresentationFeature),
        };
        if (operations == Operations.Both)
        {
            drafts.Add(Sum(x3, y3, '−', true, OperationFeature));
        }
        else if (denominators == Denominators.SameBeyondOne && operations == Operations.Subtract)
        {
            drafts.Add(FromWhole(dice, y3));
        }
        else
        {
            drafts.Add(MissingSecond(x3, y3, FirstOp));
        }

        drafts.Add(denominators == Denominators.Any ? LargerDenominator(dice) : SpotTheMistake(dice, x1, y1, FirstOp));
        return drafts;
    }

    // Same-denominator sets change the denominator where others change the first fraction; the
    // feature that changes is still the first fraction (and the second's denominator with it).
    private const string DenominatorFeatureName = "denominator";

    private (AsWritten, AsWritten, AsWritten, AsWritten, AsWritten) Numbers(Dice dice)
    {
        // For subtraction the first fraction is drawn above a half and the second at or below it,
        // so every difference is positive; numerators are drawn coprime to their denominators.
        var takes = operations != Operations.Add;
        AsWritten Over(long d, int half) => Search(
            dice,
            x => new AsWritten(half > 0 ? x.Between((int)(d + 1) / 2, (int)d - 1) : half < 0 ? x.Between(1, (int)System.Math.Max(1, (d - 1) / 2)) : x.Between(1, (int)d - 1), d),
            f => f.N < f.D && Coprime(f.N, f.D));
        var (first, second) = takes ? (1, -1) : (0, 0);
        if (Same)
        {
            var (d, e) = (dice.Pick(choices), dice.Pick(choices));
            var low = System.Math.Min(d, e);
            var a = Over(low, first).N;
            var (b1, b2) = (Over(low, second).N, Over(low, second).N);
            return (new(a, d), new(b1, d), new(b2, d), new(a, e), new(b2, e));
        }

        var small = dice.Pick(choices);
        var (dx, dy) = denominators == Denominators.Related
            ? (dice.Chance(50) ? (small, small * dice.Between(2, 4)) : (small * dice.Between(2, 4), small))
            : (small, dice.Pick(choices));
        var y2 = Over(dy, second);
        return (Over(dx, first), Over(dy, second), y2, Over(dx, first), y2);
    }

    private bool Fits((AsWritten X1, AsWritten Y1, AsWritten Y2, AsWritten X3, AsWritten Y3) n)
    {
        var sums = new[] { (n.X1, n.Y1), (n.X1, n.Y2), (n.X3, n.Y3) };
        bool Proper(AsWritten f) => f.N < f.D && Coprime(f.N, f.D);
        if (!new[] { n.X1, n.Y1, n.Y2, n.X3, n.Y3 }.All(Proper) || n.Y1 == n.Y2 || (n.X1 == n.X3 && n.Y2 == n.Y3))
        {
            return false;
        }

        if (Same && (n.X3.D == n.X1.D || n.X3.N != n.X1.N || n.Y3.N != n.Y2.N))
        {
            return false;
        }

        if (denominators == Denominators.Any && (n.X1.D % n.Y1.D == 0 || n.Y1.D % n.X1.D == 0 || Lcm(n.X1.D, n.Y1.D) > 40))
        {
            return false;
        }

        foreach (var (x, y) in sums)
        {
            var add = x.Value + y.Value;
            var take = x.Value - y.Value;
            var limit = denominators == Denominators.SameWithinOne ? Fraction.Whole(1) : Fraction.Whole(2);
            var addOk = add < limit || (add == limit && denominators != Denominators.SameWithinOne);
            var takeOk = take > Fraction.Zero;
            var needsAdd = operations != Operations.Subtract;
            var needsTake = operations != Operations.Add;
            if ((needsAdd && !addOk) || (needsTake && !takeOk))
            {
                return false;
            }

            // Same-denominator answers are written exactly as pupils work them out (5/7, never 4/8 shown as 1/2).
            if (Same && ((needsAdd && !Coprime(x.N + y.N, x.D)) || (needsTake && !Coprime(x.N - y.N, x.D))))
            {
                return false;
            }
        }

        return !(denominators == Denominators.SameBeyondOne && operations == Operations.Add && n.X1.Value + n.Y2.Value <= Fraction.Whole(1));
    }

    // With the same denominator the numerators and the shared denominator are separate features,
    // so changing the denominator is one change; otherwise each fraction is one feature.
    private IReadOnlyDictionary<string, string> Facts(AsWritten x, AsWritten y, char op, string unknown) => Same
        ? Features.Of((FirstFeature, x.D == 1 ? $"{x.N} wholes" : $"{x.N}"), (SecondFeature, y.N), (DenominatorFeatureName, y.D), (OperationFeature, op), (UnknownFeature, unknown))
        : Features.Of((FirstFeature, x.Text), (SecondFeature, y.Text), (DenominatorFeatureName, "different"), (OperationFeature, op), (UnknownFeature, unknown));

    private static Fraction Apply(AsWritten x, AsWritten y, char op) => op == '+' ? x.Value + y.Value : x.Value - y.Value;

    private static string OpText(char op) => op == '+' ? "+" : PupilNumber.Minus;

    private NumberAnswer AnswerFor(Fraction value) => FractionAnswer(value, Simplest);

    private string Prompt(string sentence) => Simplest ? $"Give the answer in its simplest form. {sentence}" : sentence;

    private static Picture Picture(AsWritten x, AsWritten y, char op, bool line)
    {
        var result = Apply(x, y, op);
        if (line)
        {
            return Hop(x.Value, result, Fraction.Of(1, Lcm(x.D, y.D)), OpText(op) + y.Text, true);
        }

        if (x.D != y.D)
        {
            return Wall(x.D, y.D);
        }

        return op == '+'
            ? new BarModelPicture([new Bar(string.Empty, [new BarSection(x.Text, x.Value), new BarSection(y.Text, y.Value)])], "?")
            : new BarModelPicture([new Bar(string.Empty, [new BarSection(null, result), new BarSection(y.Text, y.Value)])], x.Text);
    }

    private static string Working(AsWritten x, AsWritten y, char op)
    {
        var result = Apply(x, y, op);
        if (x.D == y.D)
        {
            return $"The parts are the same size, so {(op == '+' ? "add" : "subtract")} the numerators and keep the denominator: {x.N} {OpText(op)} {y.N} = {(op == '+' ? x.N + y.N : x.N - y.N)} {Parts(x.D)}, so {Text(op == '+' ? x.N + y.N : x.N - y.N, x.D)}"
                + (result > Fraction.Whole(1) ? $", which is {M(result)}." : ".");
        }

        var l = Lcm(x.D, y.D);
        var (xr, yr) = (new AsWritten(x.N * (l / x.D), l), new AsWritten(y.N * (l / y.D), l));
        var raw = new AsWritten(op == '+' ? xr.N + yr.N : xr.N - yr.N, l);
        var simplified = raw.Value.Denominator != l ? $", which simplifies to {F(raw.Value)}" : string.Empty;
        return $"Rename the fractions as {Parts(l)}: {xr.Text} {OpText(op)} {yr.Text} = {raw.Text}{simplified}.";
    }

    private static List<WrongAnswer> Mistakes(AsWritten x, AsWritten y, char op)
    {
        var wrong = new List<WrongAnswer>();
        if (op == '+')
        {
            wrong.AddRange(Wrongs((x.N + y.N, x.D + y.D, x.D == y.D ? "Adds the denominators too." : "Adds the numerators and adds the denominators.")));
        }
        else if (x.D != y.D)
        {
            wrong.AddRange(Wrongs((x.N - y.N, System.Math.Abs(x.D - y.D), "Subtracts the numerators and subtracts the denominators.")));
        }

        if (x.D != y.D)
        {
            var l = Lcm(x.D, y.D);
            wrong.AddRange(Wrongs((op == '+' ? x.N + y.N : x.N - y.N, l, "Renames the denominators but leaves the numerators unchanged.")));
        }

        var other = op == '+' ? x.Value - y.Value : x.Value + y.Value;
        if (other > Fraction.Zero)
        {
            wrong.Add(new(x.D == y.D ? Text((other * Fraction.Whole(x.D)).Numerator, x.D) : F(other), op == '+' ? "Subtracts instead of adding." : "Adds instead of subtracting."));
        }

        return wrong;
    }

    private QuestionDraft Sum(AsWritten x, AsWritten y, char op, bool line, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        Prompt($"{x.Text} {OpText(op)} {y.Text} = {PupilNumber.Box}"),
        AnswerFor(Apply(x, y, op)),
        Working(x, y, op),
        dimension,
        Facts(x, y, op, "result"),
        Picture(x, y, op, line),
        Mistakes(x, y, op),
        0);

    private QuestionDraft MissingSecond(AsWritten x, AsWritten y, char op)
    {
        var result = Apply(x, y, op);
        var text = Same ? Text(op == '+' ? x.N + y.N : x.N - y.N, x.D) : F(result);
        return Ask(QuestionFormat.MissingNumber, Prompt($"{x.Text} {OpText(op)} {PupilNumber.Box} = {text}"), AnswerFor(y.Value),
            op == '+' ? $"Find the difference between {text} and {x.Text}: it is {y.Text}." : $"{x.Text} take away {y.Text} leaves {text}, so the missing fraction is {y.Text}.",
            UnknownFeature, Facts(x, y, op, "second fraction"), Picture(x, y, op, true),
            [new(F(result + x.Value), op == '+' ? "Adds the two fractions it can see instead of finding the difference." : "Adds the two fractions it can see instead of subtracting.")],
            0);
    }

    private QuestionDraft FromWhole(Dice dice, AsWritten y)
    {
        var whole = dice.Between(2, 4);
        var result = Fraction.Whole(whole) - y.Value;
        var x = new AsWritten(whole, 1);
        return Ask(QuestionFormat.MissingNumber, $"{whole} {PupilNumber.Minus} {y.Text} = {PupilNumber.Box}", MixedAnswer(result),
            $"One whole is {Text(y.D, y.D)}, so {whole} = {whole - 1} {Text(y.D, y.D)}. {Text(y.D, y.D)} {PupilNumber.Minus} {y.Text} = {Text(y.D - y.N, y.D)}, so the answer is {M(result)}.",
            FirstFeature, Facts(x, y, '−', "result"), Picture(new AsWritten(whole * y.D, y.D), y, '−', true),
            [.. whole > y.N ? Wrongs((whole - y.N, y.D, "Subtracts the numerator from the whole number.")) : [], new($"{whole} {Text(y.D - y.N, y.D)}", "Takes the fraction away but forgets to exchange one of the wholes.")],
            1);
    }

    private QuestionDraft SpotTheMistake(Dice dice, AsWritten x, AsWritten y, char op)
    {
        var name = dice.Pick(Names);
        var (n, d, why) = op == '+'
            ? (x.N + y.N, x.D + y.D, x.D == y.D ? "Adds the denominators too." : "Adds the numerators and adds the denominators.")
            : x.D == y.D ? (x.N - y.N, 0L, "Subtracts the denominators too, giving a denominator of 0.") : (x.N - y.N, System.Math.Abs(x.D - y.D), "Subtracts the numerators and subtracts the denominators.");
        var mistake = Text(n, d);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} writes {x.Text} {OpText(op)} {y.Text} = {mistake}. What is the right answer?", AnswerFor(Apply(x, y, op)),
            $"{name} {(op == '+' ? "added" : "subtracted")} the denominators. The denominator names the size of the parts, which does not change. {Working(x, y, op)}",
            Variation.Deepening, Facts(x, y, op, "result"), Picture(x, y, op, false), d == 0 ? [] : [new(mistake, why)], 1);
    }

    private QuestionDraft LargerDenominator(Dice dice)
    {
        var (x, y) = Search(dice, d => (new AsWritten(1, d.Pick(choices)), new AsWritten(1, d.Pick(choices))),
            p => p.Item1.D < p.Item2.D && p.Item2.D % p.Item1.D != 0 && Lcm(p.Item1.D, p.Item2.D) <= 40);
        var truth = dice.Chance(50);
        var l = Lcm(x.D, y.D);
        var (statement, misconception) = truth
            ? ($"To work out {x.Text} + {y.Text}, you can write both fractions in {Parts(l)}.", "Does not see that a common multiple of both denominators gives parts of the same size.")
            : ($"To work out {x.Text} + {y.Text}, you can write both fractions in {Parts(y.D)}.", "Uses the larger denominator as the common denominator even when it is not a multiple of the other.");
        var (answer, wrong) = TrueOrFalse(truth, misconception);
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {statement}", answer,
            $"{y.D} is not a multiple of {x.D}, so {Parts(y.D)} will not do. The lowest common multiple of {x.D} and {y.D} is {l}: {x.Text} + {y.Text} = {Text(l / x.D, l)} + {Text(l / y.D, l)} = {F(x.Value + y.Value)}.",
            Variation.Deepening, Facts(x, y, '+', "statement"), Wall(x.D, y.D, l), wrong, 0);
    }
}
