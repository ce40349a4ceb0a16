using System;
using System.Linq;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>Which prime or power property a set practises.</summary>
public enum PrimeProperty
{
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
/// Primes, prime factors, square and cube numbers: is a number prime, which small prime divides
/// it, what is missing from its prime factors, what is 7² or □³ = 64; each set closes on the
/// step's classic misconception (1 is prime, 6² = 12, 2³ = 6).
/// </summary>
/// <param name="kind">The property the step teaches.</param>
public sealed class PrimesSquaresAndCubesGenerator(PrimeProperty kind) : NumberPropertyGenerator
{
    private static readonly int[] TestPrimes = [2, 3, 5, 7, 11];
    private static readonly int[] SmallPrimes = [13, 17, 19, 23, 29, 31, 37, 41, 43, 47];
    private static readonly int[] OddComposites = [15, 21, 25, 27, 33, 35, 39, 45, 49];
    private static readonly int[] LargePrimes = [53, 59, 61, 67, 71, 73, 79, 83, 89, 97];
    private static readonly int[] TrickyComposites = [49, 51, 57, 69, 77, 87, 91, 93];
    private static readonly (int, int, int)[] Triples = [(2, 2, 3), (2, 3, 5), (2, 2, 5), (2, 3, 3), (2, 3, 7), (3, 3, 5), (2, 2, 7), (2, 5, 5), (2, 2, 2), (3, 3, 3), (2, 5, 7)];

    /// <inheritdoc />
    public override string Family => "primes, squares and cubes";

    /// <inheritdoc />
    protected override (QuestionFormat First, QuestionFormat Second) Formats => kind is PrimeProperty.PrimeOrComposite or PrimeProperty.TestForPrimes
        ? (QuestionFormat.MultipleChoice, QuestionFormat.TrueOrFalse)
        : (QuestionFormat.MissingNumber, QuestionFormat.MultipleChoice);

    /// <inheritdoc />
    protected override bool Pictured => kind == PrimeProperty.Squares;

    /// <inheritdoc />
    protected override ArrayPicture? Draw(int n, int k) => new(n, n);

    /// <inheritdoc />
    protected override (int N1, int N2, int N3, int K) Choose(Dice dice)
    {
        switch (kind)
        {
            case PrimeProperty.PrimeOrComposite:
            {
                var primes = dice.Shuffle(SmallPrimes);
                return (primes[0], dice.Pick(OddComposites), primes[1], 0);
            }

            case PrimeProperty.TestForPrimes:
            {
                var composites = dice.Shuffle(TrickyComposites);
                return (composites[0], dice.Pick(LargePrimes), composites[1], 0);
            }

            case PrimeProperty.PrimeFactors:
            {
                var picks = dice.Shuffle(Enumerable.Range(0, Triples.Length)).Take(3).ToList();
                return (picks[0], picks[1], picks[2], 0);
            }

            case PrimeProperty.Squares:
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

    /// <inheritdoc />
    protected override Ask Core(int n, int k, QuestionFormat format, Func<int, string> mis)
    {
        switch (kind)
        {
            case PrimeProperty.PrimeOrComposite or PrimeProperty.TestForPrimes:
            {
                var prime = Divisors(n).Count == 2;
                var worked = prime ? $"{n} has exactly two factors, 1 and {n}, so it is prime." : $"{n} = {SmallestFactor(n)} × {n / SmallestFactor(n)}, so it has more than two factors and is composite.";
                var falsePrime = kind == PrimeProperty.TestForPrimes ? mis(0) : mis(1);
                return format == QuestionFormat.MultipleChoice
                    ? new Ask($"Is {n} prime or composite?", Options(prime ? "Prime" : "Composite", "Prime", "Composite", "Neither"),
                        [new(prime ? "Composite" : "Prime", prime ? "Looks for factors that are not there." : falsePrime), new("Neither", "Thinks only 1 and the number itself can decide, and gives up.")], worked)
                    : new Ask($"True or false? {n} is a prime number.", Options(prime ? "True" : "False", ChoiceAnswer.TrueOrFalse.ToArray()), [new(prime ? "False" : "True", prime ? "Looks for factors that are not there." : falsePrime)], worked);
            }

            case PrimeProperty.PrimeFactors:
            {
                var (p, q, r) = Triples[n];
                var whole = p * q * r;
                var prompt = $"{whole} = {p} × {q} × {PupilNumber.Box}";
                return new Ask(format == QuestionFormat.MultipleChoice ? $"Choose the missing prime factor. {prompt}" : prompt, Closing.Number(r),
                    Numbers((whole / p, "Divides by only one of the factors."), (whole - p * q, "Subtracts instead of dividing."), (r + 1, "Is one out.")),
                    $"{p} × {q} = {p * q} and {whole} {PupilNumber.Divide} {p * q} = {r}, so {whole} = {p} × {q} × {r}.");
            }

            case PrimeProperty.Squares:
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

    /// <inheritdoc />
    protected override Ask Other(int n, int k, QuestionFormat format, Func<int, string> mis)
    {
        switch (kind)
        {
            case PrimeProperty.PrimeOrComposite:
            {
                var two = Divisors(n).Count == 2;
                return new Ask($"True or false? {n} has exactly two factors.", Options(two ? "True" : "False", ChoiceAnswer.TrueOrFalse.ToArray()), [new(two ? "False" : "True", two ? "Thinks a prime has only one factor, or counts a factor twice." : "Misses some of the factors.")], $"The factors of {n} are {string.Join(", ", Divisors(n))}.");
            }

            case PrimeProperty.TestForPrimes:
            {
                var d = SmallestFactor(n);
                return new Ask($"True or false? {n} can be divided exactly by {d}.", Options("True", ChoiceAnswer.TrueOrFalse.ToArray()), [new("False", "Does not check each of 2, 3, 5 and 7 by dividing.")],
                    $"{n} {PupilNumber.Divide} {d} = {n / d}, so {n} is not prime.");
            }

            case PrimeProperty.PrimeFactors:
            {
                var (p, q, r) = Triples[n];
                var whole = p * q * r;
                var notFactor = TestPrimes.First(x => whole % x != 0);
                var (pt, pq, nf) = (PupilNumber.Whole(p), PupilNumber.Whole(p * q), PupilNumber.Whole(notFactor));
                return new Ask($"Which of these is a prime factor of {whole}?", Options(pt, "1", pt, pq, nf),
                    [new("1", mis(0)), new(pq, mis(1)), new(nf, "Picks a prime that does not divide the number.")],
                    $"{p} is prime and {whole} {PupilNumber.Divide} {p} = {whole / p} exactly, so {p} is a prime factor.");
            }

            case PrimeProperty.Squares:
                return new Ask($"{PupilNumber.Box}² = {n * n}", Closing.Number(n), Numbers((n * n / 2, "Halves the square instead of finding the number multiplied by itself."), (n + 1, "Is one out."), (n * n - n, "Subtracts instead.")), $"{n} × {n} = {n * n}, so {n}² = {n * n}.");
            default:
                return new Ask($"{PupilNumber.Box}³ = {n * n * n}", Closing.Number(n), Numbers((n * n * n / 3, "Divides by 3 instead of finding the number used three times."), (n + 1, "Is one out."), (n * n, "Gives the square instead.")), $"{n} × {n} × {n} = {n * n * n}, so {n}³ = {n * n * n}.");
        }
    }

    /// <inheritdoc />
    protected override QuestionDraft Close(Func<int, string> mis, string name, Dice dice)
    {
        var k = dice.Between(3, 9);
        switch (kind)
        {
            case PrimeProperty.PrimeOrComposite:
                return Closing.TrueOrFalse("1 is a prime number.", false, mis(0), "A prime has exactly two factors. 1 has only one factor, so it is neither prime nor composite.");
            case PrimeProperty.TestForPrimes:
                return Closing.TrueOrFalse("9 is prime because it is odd.", false, mis(1), "9 = 3 × 3, so it has the factors 1, 3 and 9: it is composite.");
            case PrimeProperty.PrimeFactors:
            {
                var (p, q, r) = Triples[dice.Between(0, Triples.Length - 1)];
                return Closing.TrueOrFalse($"{p * q * r} = 1 × {p} × {q} × {r}, so 1 is a prime factor of {p * q * r}.", false, mis(0), "1 is not prime (it has only one factor), so it is never a prime factor.");
            }

            case PrimeProperty.Squares:
                return Closing.SpotTheMistake($"{name} says {k}² = {2 * k}. What is {k}²?", k * k, 2 * k, mis(0), $"{k}² means {k} × {k}, not {k} × 2: {k * k}.");
            default:
            {
                var c = dice.Between(2, 4);
                return Closing.SpotTheMistake($"{name} says {c}³ = {c * c}. What is {c}³?", c * c * c, c * c, mis(0), $"{c}³ is {c} × {c} × {c}: three {c}s multiplied, {c * c * c}.");
            }
        }
    }
}
