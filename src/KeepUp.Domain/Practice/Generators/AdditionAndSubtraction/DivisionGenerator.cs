using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>Which kind of division by a 2-digit number a set practises.</summary>
internal enum DivisionKind
{
    /// <summary>Short division by divisors whose multiples are known (11, 12, 15, 25).</summary>
    Short,

    /// <summary>Long division of a 3-digit number.</summary>
    LongThreeDigits,

    /// <summary>Long division of a 4-digit number.</summary>
    LongFourDigits,

    /// <summary>Dividing by a 2-digit number one factor at a time.</summary>
    UsingFactors,

    /// <summary>What a remainder means in a problem.</summary>
    Remainders,
}

/// <summary>
/// Dividing by a 2-digit number (Year 6): the quotient, one number changed at a time, the inverse
/// multiplication, a missing divisor, dividing one factor at a time, remainders as whole numbers,
/// fractions and rounded answers, and the zero left out of a quotient.
/// </summary>
/// <param name="kind">The division practised.</param>
internal sealed class DivisionGenerator(DivisionKind kind) : QuestionGenerator
{
    private const string Dividend = "dividend";
    private const string Divisor = "divisor";
    private const string Unknown = "unknown";
    private static readonly int[] KnownDivisors = [11, 12, 15, 25];
    private static readonly (int Divisor, int First, int Second)[] FactorPairs =
        [(12, 3, 4), (14, 2, 7), (15, 3, 5), (16, 2, 8), (18, 2, 9), (20, 4, 5), (21, 3, 7), (24, 4, 6)];

    /// <inheritdoc />
    public override string Family => "divide by a 2-digit number";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => kind switch
    {
        DivisionKind.UsingFactors => UsingFactors(dice),
        DivisionKind.Remainders => Remainders(dice),
        _ => Exact(dice),
    };

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    private List<QuestionDraft> Exact(Dice dice)
    {
        var digits = kind == DivisionKind.LongThreeDigits ? 3 : 4;
        var (low, high) = ((int)PlaceValue.Power(digits - 1), (int)PlaceValue.Power(digits) - 1);
        int d, d2, n2;
        do
        {
            d = kind == DivisionKind.Short ? dice.Pick(KnownDivisors) : dice.Between(13, 29);
            d2 = kind == DivisionKind.Short ? dice.Pick(KnownDivisors) : dice.Between(13, 29);
            var lcm = d * d2 / Gcd(d, d2);
            var most = high / lcm;
            var least = (low + lcm - 1) / lcm;
            n2 = d != d2 && least <= most ? lcm * dice.Between(least, most) : 0;
        }
        while (n2 == 0);

        var n1 = n2 - d >= low ? n2 - d : n2 + d;
        var drafts = new List<QuestionDraft>
        {
            Quotient(n1, d, "quotient", Variation.Start),
            Quotient(n2, d, "quotient", Dividend),
            Quotient(n2, d2, "quotient", Divisor),
            Quotient(n2, d2, "inverse", Unknown),
            Quotient(n2, d2, "divisor", Unknown),
        };
        drafts.Add(MissingZero(dice, digits));
        return drafts;
    }

    private static QuestionDraft Quotient(int n, int d, string unknown, string dimension)
    {
        var q = n / d;
        var (prompt, answer) = unknown switch
        {
            "inverse" => ($"{Box} {Times} {d} = {Whole(n)}", q),
            "divisor" => ($"{Whole(n)} {Divide} {Box} = {Whole(q)}", d),
            _ => ($"{Whole(n)} {Divide} {d} = {Box}", q),
        };
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = prompt,
            Answer = NumberAnswer.Whole(answer),
            Wrong = unknown == "divisor"
                ? [new(Whole(n - q), "Subtracts instead of dividing."), new(Whole(q), "Copies the quotient.")]
                :
                [
                    new(Whole(q + 1), "Chooses a multiple that is too large at one step."),
                    new(Whole(q - 1), "Chooses a multiple that is too small and leaves too much over."),
                    new(Whole(n * d), "Multiplies instead of dividing."),
                ],
            Worked = $"{Whole(q)} groups of {d} make {Whole(n)}: {Whole(q)} {Times} {d} = {Whole(n)}, so {Whole(n)} {Divide} {d} = {Whole(q)}.",
            Dimension = dimension,
            Features = Features.Of((Dividend, n), (Divisor, d), (Unknown, unknown)),
        };
    }

    private static QuestionDraft MissingZero(Dice dice, int digits)
    {
        // A quotient with a zero in it: leaving the zero out is the slip to spot.
        int d, q;
        do
        {
            d = dice.Between(11, 25);
            q = digits == 3 ? dice.Between(2, 9) * 10 : (dice.Between(1, 9) * 100) + dice.Between(1, 9);
        }
        while (d * q >= PlaceValue.Power(digits) || d * q < PlaceValue.Power(digits - 1));

        var dropped = int.Parse(Whole(q).Replace("0", string.Empty, System.StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        return Judgements.SpotTheMistake(
            Pupils.Name(dice),
            $"{Whole(d * q)} {Divide} {d}",
            Whole(dropped),
            NumberAnswer.Whole(q),
            [new(Whole(dropped), "Leaves out a zero in the quotient when the divisor does not go into part of the number.")],
            $"{d} does not go into one part of the number, so a 0 goes in the quotient to keep the place value: {Whole(d * q)} {Divide} {d} = {Whole(q)}.",
            Features.Of(("mistake", "zero")));
    }

    private static List<QuestionDraft> UsingFactors(Dice dice)
    {
        var first = dice.Pick(FactorPairs);
        var second = dice.Pick(FactorPairs.Where(p => p.Divisor != first.Divisor).ToList());
        var lcm = first.Divisor * second.Divisor / Gcd(first.Divisor, second.Divisor);
        var n2 = lcm * dice.Between(1, System.Math.Max(1, 999 / lcm));
        var n1 = n2 + first.Divisor <= 999 ? n2 + first.Divisor : n2 - first.Divisor;
        QuestionDraft Step((int Divisor, int First, int Second) pair, int n, string unknown, string dimension)
        {
            var (prompt, answer) = unknown switch
            {
                "second factor" => ($"{Whole(n)} {Divide} {pair.Divisor} = {Whole(n)} {Divide} {pair.First} {Divide} {Box}", pair.Second),
                "first step" => ($"{Whole(n)} {Divide} {pair.First} = {Box}", n / pair.First),
                _ => ($"{Whole(n)} {Divide} {pair.Divisor} = {Box}", n / pair.Divisor),
            };
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = prompt,
                Answer = NumberAnswer.Whole(answer),
                Wrong = unknown == "second factor"
                    ? [new(Whole(pair.Divisor - pair.First), "Splits the divisor by subtracting instead of into factors."), new(Whole(pair.Divisor), "Divides by the whole divisor again.")]
                    : [new(Whole(answer + 1), "Divides and is one out."), new(Whole(n - pair.First), "Subtracts instead of dividing.")],
                Worked = $"{pair.Divisor} = {pair.First} {Times} {pair.Second}, so dividing by {pair.Divisor} is the same as dividing by {pair.First} and then by {pair.Second}: {Whole(n)} {Divide} {pair.First} = {Whole(n / pair.First)}, and {Whole(n / pair.First)} {Divide} {pair.Second} = {Whole(n / pair.Divisor)}.",
                Dimension = dimension,
                Features = Features.Of((Dividend, n), (Divisor, pair.Divisor), (Unknown, unknown)),
            };
        }

        var drafts = new List<QuestionDraft>
        {
            Step(first, n1, "second factor", Variation.Start),
            Step(first, n1, "first step", Unknown),
            Step(first, n1, "quotient", Unknown),
            Step(first, n2, "quotient", Dividend),
            Step(second, n2, "quotient", Divisor),
        };
        var adding = dice.Chance(50);
        var d = second.Divisor;
        drafts.Add(adding
            ? Judgements.TrueOrFalse(
                $"To divide by {d}, you can divide by 10 and then by {d - 10}.",
                false,
                $"Splits the divisor by adding ({d} = 10 + {d - 10}) instead of into factors.",
                $"Dividing by 10 and then by {d - 10} divides by 10 {Times} {d - 10} = {10 * (d - 10)}, not {d}. Use factors: {d} = {second.First} {Times} {second.Second}.",
                Features.Of((Dividend, "statement")))
            : Judgements.TrueOrFalse(
                $"To divide by {d}, you can divide by {second.Second} and then by {second.First}.",
                true,
                "Does not see that the factors of a divisor can be used in either order.",
                $"{d} = {second.Second} {Times} {second.First}, so dividing by {second.Second} and then by {second.First} divides by {d}.",
                Features.Of((Dividend, "statement"))));
        return drafts;
    }

    private static List<QuestionDraft> Remainders(Dice dice)
    {
        var d = dice.Between(11, 25);
        var q = dice.Between(12, 60);
        var r = dice.Between(1, d - 3);
        var n = (q * d) + r;
        QuestionDraft Ask(int total, string form, string dimension)
        {
            var (quotient, left) = (total / d, total % d);
            var (prompt, answer, wrong, worked, stem) = form switch
            {
                "remainder" => (
                    $"What is the remainder when {Whole(total)} is divided by {d}?",
                    NumberAnswer.Whole(left),
                    new List<WrongAnswer> { new(Whole(quotient), "Gives the quotient instead of the remainder."), new(Whole(d - left), "Gives how many more would make another group.") },
                    $"{Whole(quotient)} {Times} {d} = {Whole(quotient * d)}, and {Whole(total)} {Minus} {Whole(quotient * d)} = {left}, so the remainder is {left}.",
                    0),
                "mixed number" => (
                    $"Write {Whole(total)} {Divide} {d} as a mixed number.",
                    new NumberAnswer(Fraction.Of(total, d), NumberShape.MixedNumber),
                    [new($"{quotient}.{left}", $"Writes a remainder of {left} when dividing by {d} as the decimal 0.{left}.")],
                    $"{Whole(total)} {Divide} {d} = {quotient} r {left}, and the remainder is {left} out of {d}, so the answer is {quotient} {left}/{d}.",
                    0),
                "round up" => (
                    $"{Whole(total)} children are going on a trip. Each minibus seats {d}. How many minibuses are needed?",
                    NumberAnswer.Whole(quotient + 1),
                    [new(Whole(quotient), "Gives the quotient when the context needs rounding up: some children would be left behind.")],
                    $"{Whole(total)} {Divide} {d} = {quotient} r {left}. The {left} children left over need one more minibus: {quotient + 1}.",
                    1),
                _ => (
                    $"{Whole(total)} eggs are packed in boxes of {d}. How many boxes can be filled?",
                    NumberAnswer.Whole(quotient),
                    [new(Whole(quotient + 1), "Rounds up when only full boxes count.")],
                    $"{Whole(total)} {Divide} {d} = {quotient} r {left}. The {left} eggs left over do not fill a box, so {quotient} boxes are filled.",
                    1),
            };
            return new QuestionDraft
            {
                Format = QuestionFormat.NumberEntry,
                Prompt = prompt,
                Answer = answer,
                Wrong = wrong,
                Worked = worked,
                StemSentence = stem,
                Dimension = dimension,
                Features = Features.Of((Dividend, total), (Divisor, d), ("meaning", form)),
            };
        }

        var drafts = new List<QuestionDraft>
        {
            Ask(n, "remainder", Variation.Start),
            Ask(n, "mixed number", "meaning"),
            Ask(n, "round up", "meaning"),
            Ask(n, "round down", "meaning"),
            Ask(n + 1, "round down", Dividend),
        };
        drafts.Add(Judgements.TrueOrFalse(
            $"{Whole(n)} {Divide} {d} = {q} r {r}, so as a decimal {Whole(n)} {Divide} {d} = {q}.{r}",
            false,
            $"Writes a remainder of {r} when dividing by {d} as the decimal 0.{r}.",
            $"The remainder is {r} out of {d}, which is {r}/{d} of a group, not {r} tenths.",
            Features.Of((Dividend, "statement"))));
        return drafts;
    }
}
