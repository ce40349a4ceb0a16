using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>What a factors-and-multiples set practises.</summary>
internal enum FactorKind
{
    /// <summary>Common factors and the highest common factor.</summary>
    CommonFactors,

    /// <summary>Common multiples and the lowest common multiple.</summary>
    CommonMultiples,

    /// <summary>Prime and composite numbers to 100.</summary>
    Primes,
}

/// <summary>
/// Common factors, common multiples and primes (Year 6). Factor sets find the highest common
/// factor, change one number then the other, count and order the common factors; multiple sets
/// find the lowest common multiple and judge whether the product is the lowest; prime sets sort
/// primes from odd composites. Each ends with an always / sometimes / never or true / false
/// question on the step's misconception (1 is prime; the product is always the lowest common multiple).
/// </summary>
/// <param name="kind">The idea practised.</param>
internal sealed class FactorsMultiplesGenerator(FactorKind kind) : QuestionGenerator
{
    private const string First = "first number";
    private const string Second = "second number";
    private static readonly int[] OddComposites = [9, 15, 21, 25, 27, 33, 35, 39, 45, 49, 51, 55, 57, 63, 65, 69, 75, 77, 81, 85, 87, 91, 93, 95, 99];
    private static readonly string[] PrimeOrComposite = ["Prime", "Composite"];

    /// <inheritdoc />
    public override string Family => "factors, multiples and primes";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => kind switch
    {
        FactorKind.CommonFactors => CommonFactors(dice),
        FactorKind.CommonMultiples => CommonMultiples(dice),
        _ => Primes(dice),
    };

    private static int Hcf(int a, int b) => b == 0 ? a : Hcf(b, a % b);

    private static List<int> FactorsOf(int n) => [.. Enumerable.Range(1, n).Where(f => n % f == 0)];

    private static List<QuestionDraft> CommonFactors(Dice dice)
    {
        // Multiples of a shared factor so the highest common factor is more than 1.
        var g = dice.Between(2, 9);
        var x = g * dice.Between(2, 6);
        int y;
        do
        {
            y = g * dice.Between(2, 9);
        }
        while (y == x);

        QuestionDraft Highest(int a, int b, string dimension)
        {
            var hcf = Hcf(a, b);
            var common = FactorsOf(hcf);
            var wrong = new List<WrongAnswer> { new(Whole(a * b / hcf), "Confuses factors with multiples and gives a common multiple.") };
            if (common.Count > 2)
            {
                wrong.Add(new(Whole(common[^2]), "Stops listing factors too early and misses the highest one."));
            }

            wrong.Add(new("1", "Gives 1, which is a common factor of any two numbers but not the highest here."));
            return new QuestionDraft
            {
                Format = QuestionFormat.NumberEntry,
                Prompt = $"What is the highest common factor of {a} and {b}?",
                Answer = NumberAnswer.Whole(hcf),
                Wrong = wrong,
                Worked = $"The factors of {a} are {string.Join(", ", FactorsOf(a))}; of {b}, {string.Join(", ", FactorsOf(b))}. The greatest on both lists is {hcf}.",
                Dimension = dimension,
                Features = Features.Of((First, a), (Second, b), ("asked", "highest")),
            };
        }

        var y2 = y + g == x ? y + (2 * g) : y + g;
        var x3 = x + g == y2 ? x + (2 * g) : x + g;
        var common = FactorsOf(Hcf(x3, y2));
        var drafts = new List<QuestionDraft>
        {
            Highest(x, y, Variation.Start),
            Highest(x, y2, Second),
            Highest(x3, y2, First),
            new()
            {
                Format = QuestionFormat.NumberEntry,
                Prompt = $"How many common factors do {x3} and {y2} have?",
                Answer = NumberAnswer.Whole(common.Count),
                Wrong =
                [
                    new(Whole(common.Count - 1), "Forgets that 1 is a factor of every number."),
                    new(Whole(FactorsOf(x3).Count), "Counts all the factors of one number, not the common ones."),
                ],
                Worked = $"The common factors of {x3} and {y2} are {string.Join(", ", common)}: there are {common.Count}.",
                Dimension = "asked",
                Features = Features.Of((First, x3), (Second, y2), ("asked", "how many")),
            },
        };
        var inOrder = common.Select(c => Fraction.Whole(c)).ToList();
        var written = common.Select(c => Whole(c)).ToList();
        var reversed = string.Join(", ", Enumerable.Reverse(written));
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.Order,
            Prompt = $"Write the common factors of {x3} and {y2} in order, smallest first.",
            Answer = new OrderAnswer(inOrder, written),
            Wrong = common.Count > 1 ? [new(reversed, "Lists the factors from largest to smallest.")] : [],
            Worked = $"Work through the factor pairs in order so none are missed: {string.Join(", ", written)}.",
            Dimension = QuestionTypeFeature,
            Features = Features.Of((First, x3), (Second, y2), ("asked", "how many")),
        });
        drafts.Add(Judgements.AlwaysSometimesNever(
            "The highest common factor of two numbers is one of the two numbers.",
            "Sometimes",
            new Dictionary<string, string>
            {
                ["Always"] = "Thinks the smaller number is always a factor of the greater.",
                ["Never"] = "Forgets that a number is a factor of itself.",
            },
            $"It is true for 6 and 12 (the highest common factor is 6) but not for {x3} and {y2} (it is {Hcf(x3, y2)}).",
            Features.Of((First, "statement"))));
        return drafts;
    }

    private static List<QuestionDraft> CommonMultiples(Dice dice)
    {
        var a = dice.Between(2, 6);
        var b = dice.Between(a + 1, 12);
        QuestionDraft Lowest(int p, int q, string dimension)
        {
            var lcm = p * q / Hcf(p, q);
            return new QuestionDraft
            {
                Format = QuestionFormat.NumberEntry,
                Prompt = $"What is the lowest common multiple of {p} and {q}?",
                Answer = NumberAnswer.Whole(lcm),
                Wrong =
                [
                    new(Whole(p * q), "Thinks the lowest common multiple is always the two numbers multiplied together."),
                    new(Whole(Hcf(p, q)), "Confuses multiples with factors."),
                    new(Whole(2 * lcm), "Finds a common multiple but not the lowest one."),
                ],
                Worked = $"Multiples of {q}: {string.Join(", ", Enumerable.Range(1, lcm / q).Select(k => Whole(k * q)))}. The first that is also a multiple of {p} is {lcm}.",
                StemSentence = 1,
                Dimension = dimension,
                Features = Features.Of((First, p), (Second, q)),
            };
        }

        var b2 = b == 12 ? b - 1 == a ? 10 : b - 1 : b + 1;
        var a3 = a + 1 == b2 ? a + 2 : a + 1;
        var lcm3 = a3 * b2 / Hcf(a3, b2);
        var product = a3 * b2;
        var drafts = new List<QuestionDraft>
        {
            Lowest(a, b, Variation.Start),
            Lowest(a, b2, Second),
            Lowest(a3, b2, First),
        };
        var notCommon = lcm3 + a3;
        while (notCommon % b2 == 0)
        {
            notCommon += a3;
        }

        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Which of these is a common multiple of {a3} and {b2}?",
            Answer = NumberAnswer.Whole(3 * lcm3),
            Wrong =
            [
                new(Whole(notCommon), $"Chooses a multiple of {a3} that is not a multiple of {b2}."),
                new(Whole(Hcf(a3, b2) == 1 ? a3 + b2 : Hcf(a3, b2)), "Confuses multiples with factors or adds the numbers."),
            ],
            Worked = $"{Whole(3 * lcm3)} = 3 {Times} {lcm3}, and {lcm3} is a multiple of both {a3} and {b2}.",
            Dimension = QuestionTypeFeature,
            Features = Features.Of((First, a3), (Second, b2)),
        });
        drafts.Add(Judgements.TrueOrFalse(
            $"The lowest common multiple of {a3} and {b2} is {product}.",
            product == lcm3,
            product == lcm3 ? "Does not trust the product when the two numbers share no factor but 1." : "Thinks the lowest common multiple is always the two numbers multiplied together.",
            product == lcm3
                ? $"{a3} and {b2} share no factor except 1, so their product, {product}, is the lowest common multiple."
                : $"{product} is a common multiple, but {lcm3} is lower.",
            Features.Of((First, a3), (Second, b2)),
            1,
            dimension: QuestionTypeFeature));
        drafts.Add(Judgements.AlwaysSometimesNever(
            "The product of two numbers is a common multiple of them.",
            "Always",
            new Dictionary<string, string>
            {
                ["Sometimes"] = "Confuses “a common multiple” with “the lowest common multiple”.",
                ["Never"] = "Confuses factors with multiples.",
            },
            $"{a3} {Times} {b2} is in the {a3} times table and the {b2} times table, so it is always a common multiple, though not always the lowest.",
            Features.Of((First, "statement"))));
        return drafts;
    }

    private static bool IsPrime(int n) => n > 1 && Enumerable.Range(2, System.Math.Max(0, (int)System.Math.Sqrt(n) - 1)).All(d => n % d != 0);

    private static List<QuestionDraft> Primes(Dice dice)
    {
        var primes = Enumerable.Range(11, 89).Where(IsPrime).ToList();
        var p1 = dice.Pick(primes);
        var c = dice.Pick(OddComposites);
        var p2 = dice.Pick(primes.Where(p => p != p1).ToList());
        QuestionDraft Which(int n, string dimension)
        {
            var prime = IsPrime(n);
            var divisor = prime ? 1 : Enumerable.Range(2, n).First(d => n % d == 0);
            return new QuestionDraft
            {
                Format = QuestionFormat.MultipleChoice,
                Prompt = $"Is {n} prime or composite?",
                Answer = new ChoiceAnswer(prime ? "Prime" : "Composite", PrimeOrComposite),
                Wrong = [prime ? new("Composite", "Thinks a number with more than one digit must have other factors.") : new("Prime", n % 2 == 1 ? "Thinks all odd numbers are prime." : "Does not test for factors before deciding.")],
                Worked = prime ? $"{n} has exactly two factors, 1 and {n}, so it is prime." : $"{divisor} {Times} {n / divisor} = {n}, so {n} has more than two factors and is composite.",
                StemSentence = prime ? 0 : 1,
                Dimension = dimension,
                Features = Features.Of(("number", n)),
            };
        }

        var drafts = new List<QuestionDraft>
        {
            Which(p1, Variation.Start),
            Which(c, "number"),
            Which(p2, "number"),
            new()
            {
                Format = QuestionFormat.NumberEntry,
                Prompt = $"How many factors does {p2} have?",
                Answer = NumberAnswer.Whole(2),
                Wrong = [new("1", "Forgets that a number is a factor of itself."), new("0", "Thinks a prime number has no factors.")],
                Worked = $"The only factors of {p2} are 1 and {p2}: two factors, so it is prime.",
                Dimension = QuestionTypeFeature,
                Features = Features.Of(("number", p2)),
            },
        };
        var decoys = dice.Shuffle(OddComposites.Where(o => o != c)).Take(3).ToList();
        var options = dice.Shuffle(decoys.Select(d => Whole(d)).Append(Whole(p2))).ToList();
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = "Which of these numbers is prime?",
            Answer = new ChoiceAnswer(Whole(p2), options),
            Wrong = [.. decoys.Select(d => new WrongAnswer(Whole(d), "Thinks all odd numbers are prime."))],
            Worked = $"{p2} has only the factors 1 and {p2}; each of the others is odd but has another factor.",
            Dimension = QuestionTypeFeature,
            Features = Features.Of(("number", p2)),
        });
        drafts.Add(dice.Chance(50)
            ? Judgements.TrueOrFalse("1 is a prime number.", false, "Thinks 1 is a prime number.", "A prime number has exactly two factors. 1 has only one factor, itself, so it is not prime.", Features.Of(("number", "statement")))
            : Judgements.TrueOrFalse("2 is the only even prime number.", true, "Thinks every prime number is odd.", "2 has exactly two factors, 1 and 2. Every other even number also has 2 as a factor, so it is composite.", Features.Of(("number", "statement"))));
        return drafts;
    }
}
