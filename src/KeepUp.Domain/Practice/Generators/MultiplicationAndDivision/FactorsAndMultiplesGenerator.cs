using System;
using System.Linq;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>Which property of numbers a set practises.</summary>
public enum NumberProperty
{
    /// <summary>Odd and even numbers (Year 2).</summary>
    OddEven,

    /// <summary>Multiples of 2, 5 and 10 (Year 3).</summary>
    MultiplesOfTwoFiveTen,

    /// <summary>Multiples beyond the twelfth (Year 5).</summary>
    Multiples,

    /// <summary>Factor pairs.</summary>
    FactorPairs,

    /// <summary>Common factors.</summary>
    CommonFactors,

    /// <summary>Common multiples.</summary>
    CommonMultiples,
}

/// <summary>
/// Odd and even numbers, multiples, factor pairs and common factors and multiples: the same
/// question about one number and then another, a second question about the last one, and a
/// closing misconception (0 is not even, 3 is a multiple of 12, 1 × n is not a factor pair).
/// </summary>
/// <param name="kind">The property the step teaches.</param>
/// <param name="largest">The largest factor used (for factor pairs: 9 in Year 4, 12 in Year 5).</param>
public sealed class FactorsAndMultiplesGenerator(NumberProperty kind, int largest = 12) : NumberPropertyGenerator
{
    private static readonly (int, int)[] Coprime = [(2, 3), (3, 4), (2, 5), (3, 5), (4, 5), (3, 7), (5, 6)];

    /// <inheritdoc />
    public override string Family => "odd and even, multiples and factors";

    /// <inheritdoc />
    protected override (QuestionFormat First, QuestionFormat Second) Formats => kind switch
    {
        NumberProperty.OddEven => (QuestionFormat.MultipleChoice, QuestionFormat.TrueOrFalse),
        NumberProperty.MultiplesOfTwoFiveTen or NumberProperty.Multiples => (QuestionFormat.TrueOrFalse, QuestionFormat.MultipleChoice),
        NumberProperty.CommonFactors or NumberProperty.CommonMultiples => (QuestionFormat.NumberEntry, QuestionFormat.MultipleChoice),
        _ => (QuestionFormat.MissingNumber, QuestionFormat.MultipleChoice),
    };

    /// <inheritdoc />
    protected override bool Pictured => kind == NumberProperty.FactorPairs;

    /// <inheritdoc />
    protected override ArrayPicture? Draw(int n, int k) => new(k, n / k);

    /// <inheritdoc />
    protected override (int N1, int N2, int N3, int K) Choose(Dice dice)
    {
        switch (kind)
        {
            case NumberProperty.OddEven:
            {
                var n = 10 * (2 * dice.Between(0, 3) + 1) + 2 * dice.Between(1, 4);
                return (n, n + 10, n + 11, 2);
            }

            case NumberProperty.MultiplesOfTwoFiveTen or NumberProperty.Multiples:
            {
                var k = kind == NumberProperty.Multiples ? dice.Pick([6, 8, 9, 12]) : dice.Pick([2, 5, 10]);
                var n = k * (kind == NumberProperty.Multiples ? dice.Between(13, 15) : dice.Between(3, 8));
                return (n, n + k, n + k + 1, k);
            }

            case NumberProperty.FactorPairs:
            {
                var a = dice.Between(2, largest - 2);
                var b = dice.Between(a + 1, largest - 1);
                return (a * b, a * (b + 1), 0, a);
            }

            case NumberProperty.CommonFactors or NumberProperty.CommonMultiples:
            {
                var picks = dice.Shuffle(Enumerable.Range(0, Coprime.Length)).Take(3).ToList();
                var g = dice.Between(2, kind == NumberProperty.CommonFactors ? 6 : 3);
                return (Code(picks[0], g), Code(picks[1], g), Code(picks[2], g + 1), 0);
            }

            default:
                throw new GeneratorConstraintException($"No number property {kind}.");
        }
    }

    /// <inheritdoc />
    protected override Ask Core(int n, int k, QuestionFormat format, Func<int, string> mis)
    {
        switch (kind)
        {
            case NumberProperty.OddEven:
            {
                var even = n % 2 == 0;
                var tensMisleads = n / 10 % 2 == 0 != even;
                var why = tensMisleads ? mis(0) : "Decides by counting rather than by the ones digit.";
                return format == QuestionFormat.MultipleChoice
                    ? new Ask($"Is {n} odd or even?", Options(even ? "Even" : "Odd", "Odd", "Even"), [new(even ? "Odd" : "Even", why)], $"The ones digit of {n} is {n % 10}, so {n} is {(even ? "even" : "odd")}.")
                    : new Ask($"True or false? {n} is even.", Options(even ? "True" : "False", ChoiceAnswer.TrueOrFalse.ToArray()), [new(even ? "False" : "True", why)], $"The ones digit of {n} is {n % 10}, so {n} is {(even ? "even" : "odd")}.");
            }

            case NumberProperty.MultiplesOfTwoFiveTen or NumberProperty.Multiples:
            {
                var yes = n % k == 0;
                var why = yes ? (kind == NumberProperty.Multiples ? mis(0) : "Does not use what multiples of this number look like.") : "Thinks a number next to a multiple is a multiple too.";
                var worked = yes ? $"{k} × {n / k} = {n}, so {n} is a multiple of {k}." : $"{k} × {n / k} = {n / k * k} and {k} × {n / k + 1} = {(n / k + 1) * k}; {n} is between them, so it is not a multiple of {k}.";
                return format == QuestionFormat.TrueOrFalse
                    ? new Ask($"True or false? {n} is a multiple of {k}.", Options(yes ? "True" : "False", ChoiceAnswer.TrueOrFalse.ToArray()), [new(yes ? "False" : "True", why)], worked)
                    : new Ask($"Is {n} a multiple of {k}?", Options(yes ? "Yes" : "No", "Yes", "No"), [new(yes ? "No" : "Yes", why)], worked);
            }

            case NumberProperty.FactorPairs:
            {
                var b = n / k;
                var prompt = $"{k} × {PupilNumber.Box} = {n}";
                return new Ask(format == QuestionFormat.MultipleChoice ? $"Choose the missing factor. {prompt}" : prompt, Closing.Number(b),
                    Numbers((n - k, "Subtracts instead of dividing."), (b + 1, "Is one out when counting in the table."), ((long)n * k, "Multiplies the two numbers it can see.")),
                    $"{n} {PupilNumber.Divide} {k} = {b}, so {k} and {b} are a factor pair of {n}.");
            }

            case NumberProperty.CommonFactors:
            {
                var (a, b, g) = Pair(n);
                return new Ask($"{(format == QuestionFormat.MultipleChoice ? "Choose" : "What is")} the greatest common factor of {a} and {b}{(format == QuestionFormat.MultipleChoice ? "." : "?")}", Closing.Number(g),
                    Numbers((1, "Stops at 1 without looking for a greater common factor."), (a, "Gives one of the numbers, which is not a factor of the other."), ((long)a * b / g, "Gives a common multiple instead of a common factor.")),
                    $"The factors of {a} and of {b} that they share are {string.Join(", ", Divisors(g))}; the greatest is {g}.");
            }

            case NumberProperty.CommonMultiples:
            {
                var (a, b, g) = Pair(n);
                var lcm = a * b / g;
                return new Ask($"{(format == QuestionFormat.MultipleChoice ? "Choose" : "What is")} the smallest common multiple of {a} and {b}{(format == QuestionFormat.MultipleChoice ? "." : "?")}", Closing.Number(lcm),
                    Numbers(((long)a * b, mis(0)), (g, mis(1)), (lcm + a, $"Gives a multiple of {a} that is not a multiple of {b}.")),
                    $"Count in {b}s until you reach a multiple of {a}: {string.Join(", ", Enumerable.Range(1, lcm / b).Select(i => i * b))}. The smallest common multiple is {lcm}.");
            }

            default:
                throw new GeneratorConstraintException($"No number property {kind}.");
        }
    }

    /// <inheritdoc />
    protected override Ask Other(int n, int k, QuestionFormat format, Func<int, string> mis)
    {
        switch (kind)
        {
            case NumberProperty.OddEven:
            {
                var odd = n % 2 == 1;
                return new Ask($"True or false? {n} can be made into pairs with one left over.", Options(odd ? "True" : "False", ChoiceAnswer.TrueOrFalse.ToArray()), [new(odd ? "False" : "True", "Does not link odd numbers with one left over when making pairs.")], $"{n} is {n / 2} pairs{(odd ? " and one left over, so it is odd" : " with none left over, so it is even")}.");
            }

            case NumberProperty.MultiplesOfTwoFiveTen or NumberProperty.Multiples:
            {
                var below = n / k * k;
                return new Ask($"What is the nearest multiple of {k} below {n}?", Closing.Number(below), Numbers((n - 1, "Counts back one instead of to a multiple."), (below + k, "Gives the multiple above."), (below - k, "Goes back one multiple too far.")), $"{k} × {n / k} = {below}, and the next multiple is {below + k}, so the nearest below {n} is {below}.");
            }

            case NumberProperty.FactorPairs:
            {
                var pairs = Divisors(n).Count(d => d * d <= n);
                return new Ask($"How many factor pairs does {n} have?", Closing.Number(pairs), Numbers((pairs - 1, mis(0)), (2 * pairs, mis(1)), (Divisors(n).Count, "Counts every factor instead of every pair.")), $"{string.Join(", ", Divisors(n).Where(d => d * d <= n).Select(d => $"{d} × {n / d}"))}: {pairs} pairs.");
            }

            case NumberProperty.CommonFactors:
            {
                var (a, b, g) = Pair(n);
                var shared = Divisors(g).Count;
                var all = Divisors(a).Union(Divisors(b)).Count();
                return new Ask($"How many common factors do {a} and {b} have?", Closing.Number(shared), Numbers((shared - 1, mis(1)), (all, mis(0)), (shared + 1, "Counts one of the numbers as a common factor.")), $"The common factors of {a} and {b} are {string.Join(", ", Divisors(g))}: {shared} of them.");
            }

            case NumberProperty.CommonMultiples:
            {
                var (a, b, g) = Pair(n);
                var lcm = a * b / g;
                var options = new[] { 2 * lcm, (2 * lcm / a + 1) * a, (2 * lcm / b + 1) * b, g }.Distinct().Select(v => PupilNumber.Whole(v)).ToArray();
                return new Ask($"Which of these is a common multiple of {a} and {b}?", Options(PupilNumber.Whole(2 * lcm), options),
                    [new(PupilNumber.Whole((2 * lcm / a + 1) * a), $"Picks a multiple of {a} that is not a multiple of {b}."), new(PupilNumber.Whole((2 * lcm / b + 1) * b), $"Picks a multiple of {b} that is not a multiple of {a}."), new(PupilNumber.Whole(g), mis(1))],
                    $"{2 * lcm} is in the {a} times table and the {b} times table, so it is a common multiple.");
            }

            default:
                throw new GeneratorConstraintException($"No number property {kind}.");
        }
    }

    /// <inheritdoc />
    protected override QuestionDraft Close(Func<int, string> mis, string name, Dice dice)
    {
        var k = dice.Between(3, 9);
        switch (kind)
        {
            case NumberProperty.OddEven:
                return Closing.TrueOrFalse("0 is an even number.", true, mis(1), "0 can be made into pairs with none left over (0 pairs), and it is in the 2 times table: 0 × 2 = 0.");
            case NumberProperty.MultiplesOfTwoFiveTen:
                return Closing.TrueOrFalse("25 is a multiple of 2 because it has a 2 in it.", false, mis(0), "Multiples of 2 are even; 25 ends in 5, so it is odd and not a multiple of 2.");
            case NumberProperty.Multiples:
                return Closing.TrueOrFalse("3 is a multiple of 12.", false, mis(1), "3 is a factor of 12, because 3 × 4 = 12. The multiples of 12 are 12, 24, 36 …");
            case NumberProperty.FactorPairs:
            {
                var n = 6 * k;
                var pairs = Divisors(n).Where(d => d * d <= n).ToList();
                return Closing.SpotTheMistake($"{name} listed the factor pairs of {n} as {string.Join("; ", pairs.Skip(1).Select(d => $"{d} and {n / d}"))}. How many factor pairs does {n} really have?", pairs.Count, pairs.Count - 1, mis(0), $"Start from 1: {string.Join("; ", pairs.Select(d => $"{d} and {n / d}"))}. 1 and {n} is a pair too.");
            }

            case NumberProperty.CommonFactors:
                return Closing.TrueOrFalse($"{2 * k + 1} and {4 * k} have no common factor.", false, mis(1), $"1 is a factor of every whole number, so 1 is always a common factor.");
            case NumberProperty.CommonMultiples:
                return Closing.TrueOrFalse($"The smallest common multiple of 4 and {2 * k} is {8 * k}.", false, mis(0), $"4 × {2 * k} = {8 * k} is a common multiple, but {(k % 2 == 0 ? 2 * k : 4 * k)} is smaller and is in both tables.");
            default:
                throw new GeneratorConstraintException($"No number property {kind}.");
        }
    }

    // A pair of numbers with a known common factor, packed into one int: pair index and factor.
    private static int Code(int pair, int g) => pair * 100 + g;

    private static (int A, int B, int G) Pair(int code) => (Coprime[code / 100].Item1 * (code % 100), Coprime[code / 100].Item2 * (code % 100), code % 100);
}
