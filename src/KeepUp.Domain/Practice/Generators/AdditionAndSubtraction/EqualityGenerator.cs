using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>Which idea about order and equality a set practises.</summary>
internal enum EqualityKind
{
    /// <summary>Swapping the parts of an addition keeps the whole (within 10).</summary>
    AnyOrder,

    /// <summary>Addition in any order, subtraction in one order (within 20).</summary>
    OrderMatters,

    /// <summary>Comparing two number sentences with &lt;, &gt; or = (within 20).</summary>
    CompareSentences,

    /// <summary>Adding three 1-digit numbers, looking for a bond to 10 first.</summary>
    ThreeNumbers,
}

/// <summary>
/// The equals sign as a balance and the order of numbers in a calculation: swapping the parts of
/// an addition keeps the whole but swapping the numbers of a subtraction does not; two sides of
/// = have the same value; three numbers can be added in the order that makes a ten.
/// </summary>
/// <param name="kind">The idea practised.</param>
internal sealed class EqualityGenerator(EqualityKind kind) : QuestionGenerator
{
    private const string First = "first number";
    private const string Second = "second number";
    private const string Form = "form";
    private const string Operation = "operation";

    /// <inheritdoc />
    public override string Family => "order and equality";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => kind switch
    {
        EqualityKind.AnyOrder => Swap(dice, 10),
        EqualityKind.OrderMatters => Swap(dice, 20),
        EqualityKind.CompareSentences => Compare(dice),
        EqualityKind.ThreeNumbers => Three(dice),
        _ => throw new GeneratorConstraintException($"No questions for {kind}."),
    };

    private static List<QuestionDraft> Swap(Dice dice, int limit)
    {
        var b = dice.Between(2, limit == 10 ? 3 : 6);
        var a = dice.Between(b + 2, limit - b - (limit == 10 ? 1 : 2));
        QuestionDraft Swapped(int x, int y, string dimension, Picture picture) => new()
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{x} + {y} = {y} + {Box}",
            Picture = picture,
            Answer = NumberAnswer.Whole(x),
            Wrong =
            [
                new(Whole(x + y), "Thinks the answer to the first addition must come straight after the equals sign."),
                new(Whole(y), "Copies a number rather than seeing that the parts have swapped."),
                new(Whole(x + y + y), "Adds all the numbers it can see."),
            ],
            Worked = $"{x} + {y} and {y} + {x} have the same parts, so they make the same whole, {x + y}.",
            Dimension = dimension,
            Features = Features.Of((First, x), (Second, y), (Operation, "+"), (Form, "swap")),
        };

        QuestionDraft Calculated(int x, int y, char op, QuestionFormat format, string dimension, Picture picture)
        {
            var value = op == '+' ? x + y : x - y;
            var sentence = $"{x} {Amounts.Sign(op)} {y}";
            return format == QuestionFormat.MissingNumber
                ? new QuestionDraft
                {
                    Format = format,
                    Prompt = $"{sentence} = {Box}",
                    Picture = picture,
                    Answer = NumberAnswer.Whole(value),
                    Wrong = op == '+'
                        ? [new(Whole(value - 1), "Counts on from the first number and is one out."), new(Whole(x - y), "Reads + as take away.")]
                        : [new(Whole(x + y), "Adds instead of subtracting."), new(Whole(value + 1), "Counts back and is one out.")],
                    Worked = $"{sentence} = {value}.",
                    StemSentence = op == '+' ? 0 : 1,
                    Dimension = dimension,
                    Features = Features.Of((First, x), (Second, y), (Operation, op), (Form, "calculate")),
                }
                : Judgements.TrueOrFalse(
                    op == '+' ? $"{x} + {y} = {y} + {x}" : $"{x} {Minus} {y} has the same answer as {y} {Minus} {x}.",
                    op == '+',
                    op == '+' ? "Thinks swapping the numbers in an addition changes the total." : $"Thinks {x} {Minus} {y} and {y} {Minus} {x} have the same answer.",
                    op == '+'
                        ? $"Both sides have the same parts, {x} and {y}, so both are worth {x + y}."
                        : $"{x} {Minus} {y} takes {y} from {x}, leaving {x - y}; {y} {Minus} {x} would take a greater number from a smaller one, so the order matters.",
                    Features.Of((First, x), (Second, y), (Operation, op), (Form, "calculate")),
                    op == '+' ? 0 : 1,
                    picture,
                    QuestionTypeFeature);
        }

        var drafts = new List<QuestionDraft>
        {
            Swapped(a, b, Variation.Start, Models.PartWhole(Whole(a + b), Whole(a), Whole(b))),
            Swapped(a, b, RepresentationFeature, Models.Parts(a, Whole(a), b, Whole(b), Whole(a + b))),
            Swapped(a, b + 1, Second, Models.Parts(a, Whole(a), b + 1, Whole(b + 1), Whole(a + b + 1))),
        };
        if (limit == 10)
        {
            drafts.Add(Calculated(a, b + 1, '+', QuestionFormat.MissingNumber, Form, Models.Parts(a, Whole(a), b + 1, Whole(b + 1), Whole(a + b + 1))));
            drafts.Add(Calculated(a, b + 1, '+', QuestionFormat.TrueOrFalse, QuestionTypeFeature, Models.Parts(a, Whole(a), b + 1, Whole(b + 1), Whole(a + b + 1))));
            drafts.Add(Judgements.TrueOrFalse(
                $"{a} + {b} and {b} + {a} are different facts, so each one has to be worked out.",
                false,
                $"Thinks {b} + {a} and {a} + {b} are different facts that must be worked out separately.",
                $"Both have the parts {a} and {b}, so both make {a + b}: knowing one fact gives the other.",
                Features.Of((First, "statement"))));
        }
        else
        {
            var bar = Models.Parts(a + 1, Whole(a + 1), b + 1, Whole(b + 1), Whole(a + b + 2));
            drafts.Add(Swapped(a + 1, b + 1, First, bar));
            drafts.Add(Calculated(a + 1, b + 1, '+', QuestionFormat.MissingNumber, Form, bar));
            drafts.Add(Calculated(a + 1, b + 1, '−', QuestionFormat.MissingNumber, Operation, bar));
            drafts.Add(Calculated(a + 1, b + 1, '−', QuestionFormat.TrueOrFalse, QuestionTypeFeature, bar));
            var small = dice.Between(2, 3);
            var large = dice.Between(8, 9);
            drafts.Add(new QuestionDraft
            {
                Format = QuestionFormat.MultipleChoice,
                Prompt = $"Which is quicker to work out by counting on: {small} + {large} or {large} + {small}?",
                Answer = new ChoiceAnswer($"{large} + {small}", [$"{large} + {small}", $"{small} + {large}"]),
                Wrong = [new($"{small} + {large}", "Always counts on from the first number even when the second is much greater.")],
                Worked = $"Both make {small + large}, so start at the greater number, {large}, and count on just {small}.",
                Dimension = Variation.Deepening,
                Features = Features.Of((First, "choice")),
            });
        }

        return drafts;
    }

    private static List<QuestionDraft> Compare(Dice dice)
    {
        var a = dice.Between(6, 9);
        var b = dice.Between(2, 8);
        var k = dice.Between(1, 3);
        var c = a - k;
        var d = System.Math.Min(b + k + dice.Between(-1, 1), 19 - c);
        QuestionDraft Sides(int w, int x, int y, int z, QuestionFormat format, string dimension, Picture? picture)
        {
            var (left, right) = (w + x, y + z);
            var sign = left < right ? '<' : left > right ? '>' : '=';
            var features = Features.Of(("left side", $"{w}+{x}"), ("right side", $"{y}+{z}"));
            var worked = $"{w} + {x} is {left} and {y} + {z} is {right}, so {w} + {x} {sign} {y} + {z}.";
            if (format == QuestionFormat.TrueOrFalse)
            {
                return Judgements.TrueOrFalse(
                    $"{w} + {x} = {y} + {z}",
                    left == right,
                    left == right ? "Thinks the answer must come straight after the equals sign." : "Thinks two sides with similar numbers must be equal.",
                    worked,
                    features,
                    left == right ? 1 : 0,
                    picture,
                    QuestionTypeFeature);
            }

            var wrong = new List<WrongAnswer>();
            foreach (var s in ComparisonAnswer.Signs)
            {
                if (s[0] == sign)
                {
                    continue;
                }

                wrong.Add(new(s, s[0] == (w < y ? '<' : w > y ? '>' : '=')
                    ? "Compares just the first numbers on each side."
                    : s[0] == '=' ? "Thinks the sides are equal because they use similar numbers." : "Works out one side wrongly or reads the sign the wrong way round."));
            }

            return new QuestionDraft
            {
                Format = QuestionFormat.Compare,
                Prompt = $"{w} + {x} ○ {y} + {z}",
                Picture = picture,
                Answer = new ComparisonAnswer(sign),
                Wrong = wrong,
                Worked = worked,
                StemSentence = left == right ? 1 : 0,
                Dimension = dimension,
                Features = features,
            };
        }

        static BarModelPicture Bars(int w, int x, int y, int z) => new(
        [
            new Bar(string.Empty, [new BarSection(Whole(w), w), new BarSection(Whole(x), x)]),
            new Bar(string.Empty, [new BarSection(Whole(y), y), new BarSection(Whole(z), z)]),
        ]);

        var drafts = new List<QuestionDraft>
        {
            Sides(a, b, c, d, QuestionFormat.Compare, Variation.Start, Bars(a, b, c, d)),
            Sides(a, b, c, d + 1, QuestionFormat.Compare, "right side", Bars(a, b, c, d + 1)),
            Sides(a, b + 1, c, d + 1, QuestionFormat.Compare, "left side", Bars(a, b + 1, c, d + 1)),
            Sides(a, b + 1, c, d + 1, QuestionFormat.Compare, RepresentationFeature, null),
            Sides(a, b + 1, c, d + 1, QuestionFormat.TrueOrFalse, QuestionTypeFeature, null),
        };

        // The greater first number sits on the smaller side, so comparing first numbers misleads.
        var p = dice.Between(7, 9);
        var q = dice.Between(1, 3);
        var r = p - dice.Between(2, 4);
        var s2 = q + (p - r) + dice.Between(1, 3);
        drafts.Add(Sides(p, q, r, s2, QuestionFormat.Compare, Variation.Deepening, null));
        return drafts;
    }

    private static List<QuestionDraft> Three(Dice dice)
    {
        var a = dice.Between(1, 9);
        var c = 10 - a;
        int b;
        do
        {
            b = dice.Between(2, 8);
        }
        while (b == a || b == c || b + 1 == a || b + 1 == c);

        QuestionDraft Sum(int x, int y, int z, bool missingSecond, int total, string dimension, Picture picture, string order) => new()
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = missingSecond ? $"{x} + {Box} + {z} = {total}" : $"{x} + {y} + {z} = {Box}",
            Picture = picture,
            Answer = NumberAnswer.Whole(missingSecond ? y : total),
            Wrong = missingSecond
                ? [new(Whole(total - x), "Takes away only one of the numbers it can see."), new(Whole(total + x + z), "Adds all the numbers it can see.")]
                :
                [
                    new(Whole(x + y), "Adds only two of the three numbers."),
                    new(Whole(total - 10), "Loses the ten made by the bond."),
                    new(Whole(total + 1), "Counts on and is one out."),
                ],
            Worked = $"{a} + {c} = 10 first, then 10 + {total - 10} = {total}.",
            Dimension = dimension,
            Features = Features.Of(("numbers", $"{a},{c},{total - 10}"), ("order", order), (Form, missingSecond ? "missing" : "total")),
        };

        static NumberLinePicture Line(int first, int bond, int rest) =>
            Models.Hops(1, first, [(first + bond, "+" + Whole(bond)), (first + bond + rest, "+" + Whole(rest))]);

        var drafts = new List<QuestionDraft>
        {
            Sum(a, b, c, false, a + b + c, Variation.Start, new PartWholePicture(null, [Whole(a), Whole(b), Whole(c)]), "as written"),
            Sum(a, b + 1, c, false, a + b + c + 1, "numbers", new PartWholePicture(null, [Whole(a), Whole(b + 1), Whole(c)]), "as written"),
            Sum(a, c, b + 1, false, a + b + c + 1, "order", new PartWholePicture(null, [Whole(a), Whole(c), Whole(b + 1)]), "bond first"),
            Sum(a, c, b + 1, false, a + b + c + 1, RepresentationFeature, Line(a, c, b + 1), "bond first"),
            Sum(a, c, b + 1, true, a + b + c + 1, Form, Line(a, c, b + 1), "bond first"),
        };

        var x1 = dice.Between(2, 8);
        var x2 = 10 - x1;
        int x3;
        do
        {
            x3 = dice.Between(2, 9);
        }
        while (x3 == x1 || x3 == x2 || x3 + x1 == 10 || x3 + x2 == 10);

        string Pair(int p, int q) => $"{p} and {q}";
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"{x1} + {x3} + {x2}: which two numbers would you add first to make it easy?",
            Answer = new ChoiceAnswer(Pair(x1, x2), [Pair(x1, x3), Pair(x3, x2), Pair(x1, x2)]),
            Wrong =
            [
                new(Pair(x1, x3), "Always works from left to right and misses an easy bond."),
                new(Pair(x3, x2), "Does not look for a pair that makes 10."),
            ],
            Worked = $"{x1} + {x2} = 10, so add them first: 10 + {x3} = {10 + x3}.",
            Dimension = Variation.Deepening,
            Features = Features.Of(("numbers", "choice")),
        });
        return drafts;
    }
}
