using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
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

    /// <summary>Prime and composite numbers.</summary>
    PrimeOrComposite,

    /// <summary>Testing numbers to 100 for primes.</summary>
    TestForPrimes,

    /// <summary>A number as a product of prime factors.</summary>
    PrimeFactors,

    /// <summary>Square numbers.</summary>
    Squares,

    /// <summary>Cube numbers.</summary>
    Cubes,
}

/// <summary>
/// Properties of numbers — odd and even, multiples, factors, primes, squares and cubes. The same
/// question is asked about one number, then another, then in another format, then a second
/// question about the same number, and the set closes on the step's classic misconception
/// (1 is prime, 6² = 12, multiples stop at the twelfth).
/// </summary>
/// <param name="kind">The property the step teaches.</param>
/// <param name="largest">The largest factor used (for factor pairs: 9 in Year 4, 11 in Year 5).</param>
public sealed class FactorsAndMultiplesGenerator(NumberProperty kind, int largest = 12) : QuestionGenerator
{
    private const string Number = "number";
    private const string Asked = "asked for";

    private static readonly int[] TestPrimes = [2, 3, 5, 7, 11];
    private static readonly int[] SmallPrimes = [13, 17, 19, 23, 29, 31, 37, 41, 43, 47];
    private static readonly int[] OddComposites = [15, 21, 25, 27, 33, 35, 39, 45, 49];
    private static readonly int[] LargePrimes = [53, 59, 61, 67, 71, 73, 79, 83, 89, 97];
    private static readonly int[] TrickyComposites = [49, 51, 57, 69, 77, 87, 91, 93];
    private static readonly (int, int)[] Coprime = [(2, 3), (3, 4), (2, 5), (3, 5), (4, 5), (3, 7), (5, 6)];
    private static readonly (int, int, int)[] Triples = [(2, 2, 3), (2, 3, 5), (2, 2, 5), (2, 3, 3), (2, 3, 7), (3, 3, 5), (2, 2, 7), (2, 5, 5), (2, 2, 2), (3, 3, 3), (2, 5, 7)];

    /// <inheritdoc />
    public override string Family => "factors, multiples, primes, squares and cubes";

    private sealed record Ask(string Prompt, ExpectedAnswer Answer, IReadOnlyList<WrongAnswer> Wrong, string Worked);

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        string Mis(int i) => step.Misconceptions[System.Math.Min(i, step.Misconceptions.Count - 1)];
        var name = PupilNames.Pick(dice);
        var (n1, n2, n3, k) = Numbers(dice);
        var (first, second) = kind switch
        {
            NumberProperty.OddEven or NumberProperty.PrimeOrComposite or NumberProperty.TestForPrimes => (QuestionFormat.MultipleChoice, QuestionFormat.TrueOrFalse),
            NumberProperty.MultiplesOfTwoFiveTen or NumberProperty.Multiples => (QuestionFormat.TrueOrFalse, QuestionFormat.MultipleChoice),
            NumberProperty.CommonFactors or NumberProperty.CommonMultiples => (QuestionFormat.NumberEntry, QuestionFormat.MultipleChoice),
            _ => (QuestionFormat.MissingNumber, QuestionFormat.MultipleChoice),
        };
        var pictured = kind is NumberProperty.FactorPairs or NumberProperty.Squares;
        QuestionDraft Q(Ask ask, QuestionFormat format, string dimension, int n, string asked, Picture? picture) => new()
        {
            Format = format,
            Prompt = ask.Prompt,
            Picture = picture,
            Answer = ask.Answer,
            Wrong = ask.Wrong,
            Worked = ask.Worked,
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Asked, asked)),
        };
        return
        [
            Q(Core(n1, k, first, Mis), first, Variation.Start, n1, "core", null),
            Q(Core(n2, k, first, Mis), first, Number, n2, "core", null),
            pictured
                ? Q(Core(n2, k, first, Mis), first, RepresentationFeature, n2, "core", Draw(n2, k))
                : Q(Core(n3, k, first, Mis), first, Number, n3, "core", null),
            Q(Core(pictured ? n2 : n3, k, second, Mis), second, QuestionTypeFeature, pictured ? n2 : n3, "core", pictured ? Draw(n2, k) : null),
            Q(Other(pictured ? n2 : n3, k, second, Mis), second, Asked, pictured ? n2 : n3, "other", pictured ? Draw(n2, k) : null),
            Close(Mis, name, dice),
        ];
    }

    private (int N1, int N2, int N3, int K) Numbers(Dice dice)
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

            case NumberProperty.PrimeOrComposite:
            {
                var primes = dice.Shuffle(SmallPrimes);
                return (primes[0], dice.Pick(OddComposites), primes[1], 0);
            }

            case NumberProperty.TestForPrimes:
            {
                var composites = dice.Shuffle(TrickyComposites);
                return (composites[0], dice.Pick(LargePrimes), composites[1], 0);
            }

            case NumberProperty.PrimeFactors:
            {
                var picks = dice.Shuffle(Enumerable.Range(0, Triples.Length)).Take(3).ToList();
                return (picks[0], picks[1], picks[2], 0);
            }

            case NumberProperty.Squares:
            {
                var n = dice.Between(3, 10);
                return (n, n + 1, n + 2, 0);
            }

            default:
            {
                var n = dice.Between(2, 4);
                return (n, n + 1, n + 2, 0);
            }
        }
    }

    // A pair of numbers with a known common factor, packed into one int: pair index and factor.
    private static int Code(int pair, int g) => pair * 100 + g;

    private static (int A, int B, int G) Pair(int code) => (Coprime[code / 100].Item1 * (code % 100), Coprime[code / 100].Item2 * (code % 100), code % 100);

    private ArrayPicture Draw(int n, int k) => kind == NumberProperty.Squares ? new ArrayPicture(n, n) : new ArrayPicture(k, n / k);

    private static ChoiceAnswer Options(string right, params string[] options) => new(right, options);

    private static IReadOnlyList<WrongAnswer> Numbers(params (long Value, string Why)[] wrong) =>
        [.. wrong.Where(w => w.Value >= 0).Select(w => new WrongAnswer(PupilNumber.Whole(w.Value), w.Why))];

    private Ask Core(int n, int k, QuestionFormat format, System.Func<int, string> mis)
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

            case NumberProperty.PrimeOrComposite or NumberProperty.TestForPrimes:
            {
                var prime = Divisors(n).Count == 2;
                var worked = prime ? $"{n} has exactly two factors, 1 and {n}, so it is prime." : $"{n} = {SmallestFactor(n)} × {n / SmallestFactor(n)}, so it has more than two factors and is composite.";
                var falsePrime = kind == NumberProperty.TestForPrimes ? mis(0) : mis(1);
                return format == QuestionFormat.MultipleChoice
                    ? new Ask($"Is {n} prime or composite?", Options(prime ? "Prime" : "Composite", "Prime", "Composite", "Neither"),
                        [new(prime ? "Composite" : "Prime", prime ? "Looks for factors that are not there." : falsePrime), new("Neither", "Thinks only 1 and the number itself can decide, and gives up.")], worked)
                    : new Ask($"True or false? {n} is a prime number.", Options(prime ? "True" : "False", ChoiceAnswer.TrueOrFalse.ToArray()), [new(prime ? "False" : "True", prime ? "Looks for factors that are not there." : falsePrime)], worked);
            }

            case NumberProperty.PrimeFactors:
            {
                var (p, q, r) = Triples[n];
                var whole = p * q * r;
                var prompt = $"{whole} = {p} × {q} × {PupilNumber.Box}";
                return new Ask(format == QuestionFormat.MultipleChoice ? $"Choose the missing prime factor. {prompt}" : prompt, Closing.Number(r),
                    Numbers((whole / p, "Divides by only one of the factors."), (whole - p * q, "Subtracts instead of dividing."), (r + 1, "Is one out.")),
                    $"{p} × {q} = {p * q} and {whole} {PupilNumber.Divide} {p * q} = {r}, so {whole} = {p} × {q} × {r}.");
            }

            case NumberProperty.Squares:
            {
                var prompt = $"{n}² = {PupilNumber.Box}";
                return new Ask(format == QuestionFormat.MultipleChoice ? $"Choose the answer. {prompt}" : prompt, Closing.Number(n * n),
                    Numbers((2 * n, mis(0)), (n * (n + 1), "Multiplies by the next number instead of by the number itself."), (n + 2, "Adds 2 instead of squaring.")),
                    $"{n} squared is {n} × {n}, which is {n * n}: {n * n} counters make a {n} by {n} square.");
            }

            default:
            {
                var prompt = $"{n}³ = {PupilNumber.Box}";
                return new Ask(format == QuestionFormat.MultipleChoice ? $"Choose the answer. {prompt}" : prompt, Closing.Number(n * n * n),
                    Numbers((3 * n, mis(1)), (n * n, mis(0)), (n * n * 3, "Squares the number and then multiplies by 3.")),
                    $"{n} cubed is {n} × {n} × {n} = {n * n} × {n} = {n * n * n}.");
            }
        }
    }

    private Ask Other(int n, int k, QuestionFormat format, System.Func<int, string> mis)
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

            case NumberProperty.PrimeOrComposite:
            {
                var two = Divisors(n).Count == 2;
                return new Ask($"True or false? {n} has exactly two factors.", Options(two ? "True" : "False", ChoiceAnswer.TrueOrFalse.ToArray()), [new(two ? "False" : "True", two ? "Thinks a prime has only one factor, or counts a factor twice." : "Misses some of the factors.")], $"The factors of {n} are {string.Join(", ", Divisors(n))}.");
            }

            case NumberProperty.TestForPrimes:
            {
                var d = SmallestFactor(n);
                return new Ask($"True or false? {n} can be divided exactly by {d}.", Options("True", ChoiceAnswer.TrueOrFalse.ToArray()), [new("False", "Does not check each of 2, 3, 5 and 7 by dividing.")],
                    $"{n} {PupilNumber.Divide} {d} = {n / d}, so {n} is not prime.");
            }

            case NumberProperty.PrimeFactors:
            {
                var (p, q, r) = Triples[n];
                var whole = p * q * r;
                var notFactor = TestPrimes.First(x => whole % x != 0);
                var (pt, pq, nf) = (PupilNumber.Whole(p), PupilNumber.Whole(p * q), PupilNumber.Whole(notFactor));
                return new Ask($"Which of these is a prime factor of {whole}?", Options(pt, "1", pt, pq, nf),
                    [new("1", mis(0)), new(pq, mis(1)), new(nf, "Picks a prime that does not divide the number.")],
                    $"{p} is prime and {whole} {PupilNumber.Divide} {p} = {whole / p} exactly, so {p} is a prime factor.");
            }

            case NumberProperty.Squares:
                return new Ask($"{PupilNumber.Box}² = {n * n}", Closing.Number(n), Numbers((n * n / 2, "Halves the square instead of finding the number multiplied by itself."), (n + 1, "Is one out."), (n * n - n, "Subtracts instead.")), $"{n} × {n} = {n * n}, so {n}² = {n * n}.");
            default:
                return new Ask($"{PupilNumber.Box}³ = {n * n * n}", Closing.Number(n), Numbers((n * n * n / 3, "Divides by 3 instead of finding the number used three times."), (n + 1, "Is one out."), (n * n, "Gives the square instead.")), $"{n} × {n} × {n} = {n * n * n}, so {n}³ = {n * n * n}.");
        }
    }

    private QuestionDraft Close(System.Func<int, string> mis, string name, Dice dice)
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
            case NumberProperty.PrimeOrComposite:
                return Closing.TrueOrFalse("1 is a prime number.", false, mis(0), "A prime has exactly two factors. 1 has only one factor, so it is neither prime nor composite.");
            case NumberProperty.TestForPrimes:
                return Closing.TrueOrFalse("9 is prime because it is odd.", false, mis(1), "9 = 3 × 3, so it has the factors 1, 3 and 9: it is composite.");
            case NumberProperty.PrimeFactors:
            {
                var (p, q, r) = Triples[dice.Between(0, Triples.Length - 1)];
                return Closing.TrueOrFalse($"{p * q * r} = 1 × {p} × {q} × {r}, so 1 is a prime factor of {p * q * r}.", false, mis(0), "1 is not prime (it has only one factor), so it is never a prime factor.");
            }

            case NumberProperty.Squares:
                return Closing.SpotTheMistake($"{name} says {k}² = {2 * k}. What is {k}²?", k * k, 2 * k, mis(0), $"{k}² means {k} × {k}, not {k} × 2: {k * k}.");
            default:
            {
                var c = dice.Between(2, 4);
                return Closing.SpotTheMistake($"{name} says {c}³ = {c * c}. What is {c}³?", c * c * c, c * c, mis(0), $"{c}³ is {c} × {c} × {c}: three {c}s multiplied, {c * c * c}.");
            }
        }
    }

    private static List<int> Divisors(int n) => [.. Enumerable.Range(1, n).Where(d => n % d == 0)];

    private static int SmallestFactor(int n) => Enumerable.Range(2, n).First(d => n % d == 0);
}
