using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Pairs, odd and even numbers and doubles (Year 1): a number is even when it is made of pairs,
/// and a double is two equal parts, so doubles are even and near doubles are one more or one less.
/// With <paramref name="doubles"/> false the set decides odd or even for neighbouring numbers
/// shown as counters and then as two rows; with it true it doubles 6 to 10 and uses near doubles.
/// </summary>
/// <param name="doubles">True for doubles to 20, false for odd and even numbers within 10.</param>
internal sealed class OddEvenDoublesGenerator(bool doubles) : QuestionGenerator
{
    private const string NumberFeature = "number";
    private const string Form = "form";
    private static readonly string[] OddOrEven = ["Odd", "Even"];
    private static readonly int[] BigOdd = [7, 9];

    /// <inheritdoc />
    public override string Family => "odd, even and doubles";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => doubles ? Doubles(dice) : OddEven(dice);

    private static List<QuestionDraft> OddEven(Dice dice)
    {
        var n = dice.Between(3, 7);
        QuestionDraft Which(int number, string dimension, Picture picture) => new()
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Is {number} odd or even?",
            Picture = picture,
            Answer = new ChoiceAnswer(number % 2 == 0 ? "Even" : "Odd", OddOrEven),
            Wrong =
            [
                number % 2 == 0
                    ? new("Odd", "Decides by how the number looks rather than by making pairs.")
                    : new("Even", "Does not notice the one left over when the counters are put in pairs."),
            ],
            Worked = number % 2 == 0
                ? $"{number} makes {number / 2} pairs with none left over, so {number} is even."
                : $"{number} makes {number / 2} pairs with one left over, so {number} is odd.",
            StemSentence = number % 2 == 0 ? 0 : 1,
            Dimension = dimension,
            Features = Features.Of((NumberFeature, number)),
        };

        static RekenrekPicture Pairs(int m) => new((m + 1) / 2, m / 2);

        var drafts = new List<QuestionDraft>
        {
            Which(n, Variation.Start, new TenFramePicture(n)),
            Which(n + 1, NumberFeature, new TenFramePicture(n + 1)),
            Which(n + 2, NumberFeature, new TenFramePicture(n + 2)),
            Which(n + 2, RepresentationFeature, Pairs(n + 2)),
            new()
            {
                Format = QuestionFormat.NumberEntry,
                Prompt = $"How many pairs can you make from {n + 2} counters?",
                Picture = Pairs(n + 2),
                Answer = NumberAnswer.Whole((n + 2) / 2),
                Wrong =
                [
                    new(Whole(n + 2), "Counts the counters rather than the pairs."),
                    new(Whole((n + 2) / 2 + 1), "Counts one pair too many, or counts the one left over as a pair."),
                ],
                Worked = $"{n + 2} counters make {(n + 2) / 2} pairs{((n + 2) % 2 == 1 ? " with one left over" : string.Empty)}.",
                StemSentence = (n + 2) % 2 == 0 ? 0 : 1,
                Dimension = QuestionTypeFeature,
                Features = Features.Of((NumberFeature, n + 2)),
            },
        };
        var big = dice.Pick(BigOdd);
        var features = Features.Of((NumberFeature, "statement"));
        drafts.Add(dice.Chance(50)
            ? Judgements.TrueOrFalse("0 is an even number.", true, "Thinks 0 is neither odd nor even.", "0 counters make 0 pairs with none left over, so 0 is even.", features)
            : Judgements.TrueOrFalse(
                $"{big} is even because it is a big number.",
                false,
                "Decides whether a number is odd or even by how big it looks rather than by making pairs.",
                $"{big} makes {big / 2} pairs with one left over, so {big} is odd: size does not decide it.",
                features,
                1));
        return drafts;
    }

    private static List<QuestionDraft> Doubles(Dice dice)
    {
        var n = dice.Between(6, 8);
        QuestionDraft Sum(int first, int second, bool inWords, string dimension, Picture picture)
        {
            var total = first + second;
            var near = first != second;
            var smaller = System.Math.Min(first, second);
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = inWords ? $"Double {first} = {Box}" : $"{first} + {second} = {Box}",
                Picture = picture,
                Answer = NumberAnswer.Whole(total),
                Wrong = near
                    ?
                    [
                        new(Whole(2 * smaller), "Doubles the smaller number and forgets the one more."),
                        new(Whole(2 * System.Math.Max(first, second)), "Doubles the greater number and forgets it is one less."),
                        new(Whole(total + 1), "Counts and is one out."),
                    ]
                    :
                    [
                        new(Whole(first + 10), $"Thinks double {first} is {first + 10} because they add 10."),
                        new(Whole(first + 1), "Adds one instead of doubling."),
                        new(Whole(total - 1), "Counts and is one out."),
                    ],
                Worked = near
                    ? $"Double {smaller} is {2 * smaller}, and {first} + {second} is one more: {total}."
                    : $"Double {first} is 10 and {total - 10} more, {total}.",
                StemSentence = near ? 1 : 0,
                Dimension = dimension,
                Features = Features.Of((NumberFeature, first), (Form, !near ? (inWords ? "double" : "sum") : second > first ? "one more" : "one less")),
            };
        }

        var m = n + 1;
        var drafts = new List<QuestionDraft>
        {
            Sum(n, n, true, Variation.Start, Models.Frame(n, n)),
            Sum(m, m, true, NumberFeature, Models.Frame(m, m)),
            Sum(m, m, false, Form, Models.Frame(m, m)),
            Sum(m, m, false, RepresentationFeature, new RekenrekPicture(m, m)),
            Sum(m, m + 1, false, Form, new RekenrekPicture(m, m + 1)),
            Sum(m, m - 1, false, Form, new RekenrekPicture(m, m - 1)),
        };
        var d = dice.Between(6, 9);
        var who = Pupils.Name(dice);
        drafts.Add(Judgements.SpotTheMistake(
            who,
            $"double {d}",
            Whole(d + 10),
            NumberAnswer.Whole(2 * d),
            [new(Whole(d + 10), $"Thinks double {d} is {d + 10} because “{d} and teen” sounds right."), new(Whole(2 * d + 1), "Counts and is one out.")],
            $"Double {d} is {d} + {d}: 10 and {2 * d - 10} more, {2 * d}.",
            Features.Of((NumberFeature, d), (Form, "mistake"))));
        return drafts;
    }
}
