using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>What a counting-in-steps set practises.</summary>
public enum Counting
{
    /// <summary>Count forwards and backwards in a step from a multiple of it.</summary>
    InSteps,

    /// <summary>Which numbers are in the count of 2s, 5s or 10s, and their ones digits.</summary>
    Patterns,

    /// <summary>Keep track of how many jumps have been made.</summary>
    KeepTrack,

    /// <summary>Count a collection of coins in 2s, 5s or 10s.</summary>
    Collections,
}

/// <summary>
/// Counting in 2s, 5s and 10s (Year 1): the next number in a count, forwards and back, on a
/// number line; whether a number is in a count; how many jumps land where; and counting coins in
/// their value rather than one by one.
/// </summary>
/// <param name="kind">What the step teaches.</param>
/// <param name="size">The step counted in (2, 5 or 10; 0 for a mix).</param>
public sealed class CountingGenerator(Counting kind, int size) : QuestionGenerator
{
    private const string From = "starting number";
    private const string By = "step";
    private const string Asked = "asked for";

    /// <inheritdoc />
    public override string Family => "counting in 2s, 5s and 10s";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var k = size == 0 ? dice.Pick([2, 5, 10]) : size;
        return kind switch
        {
            Counting.InSteps => InSteps(step, dice, name, k),
            Counting.Patterns => Patterns(step, dice, k),
            Counting.KeepTrack => KeepTrack(step, dice, name, k),
            _ => Collections(step, dice, name, k),
        };
    }

    private static IReadOnlyDictionary<string, string> F(object from, int by, string asked) => Features.Of((From, from), (By, by), (Asked, asked));

    private static NumberLinePicture Line(int first, int k, int count, int? unknown)
    {
        var low = first;
        var high = first + k * count;
        return new NumberLinePicture(low, high, k, NumberLineLabels.All, [], unknown is { } u ? [new NumberLineMark(u, "?")] : []);
    }

    private static IReadOnlyList<QuestionDraft> InSteps(SmallStep s, Dice dice, string name, int k)
    {
        var top = k == 2 ? 30 : k == 5 ? 50 : 100;
        // Start at 3 steps or more, so counting back three steps from the next start stays above zero.
        var a = k * dice.Between(3, top / k - 6);
        QuestionDraft Next(int first, string dim, QuestionFormat format, Picture? picture, bool back)
        {
            var seq = Enumerable.Range(0, 3).Select(i => back ? first - i * k : first + i * k).ToList();
            var answer = back ? first - 3 * k : first + 3 * k;
            var text = $"{string.Join(", ", seq)}, {Box}";
            return Drafts.Number(
                format,
                format == QuestionFormat.MultipleChoice ? $"Which number comes next? {text}" : text,
                answer,
                $"Counting {(back ? "back" : "on")} in {k}s: {string.Join(", ", seq)}, {answer}.",
                dim,
                F(first, k, back ? "backwards" : "forwards"),
                picture,
                back ? 1 : 0,
                [(answer + (back ? -1 : 1), $"Switches to counting in ones instead of {k}s."), (answer + (back ? k : -k), "Says the last number again."), (back ? answer + 1 : answer - 1, "Is one out when counting in steps.")]);
        }

        var b = a + k;
        var c = b + 3 * k;
        QuestionDraft close = k switch
        {
            10 => Closing.SpotTheMistake($"{name} counted back in tens from {c} and said {c - 1} next. What number comes next?", c - 10, c - 1, s.Misconceptions[1], $"Counting back in tens takes away a ten each time: {c}, {c - 10}."),
            2 => Closing.TrueOrFalse("You can count in 2s starting from 1: 1, 3, 5, 7 …", true, s.Misconceptions[1], "Starting at 1 and counting in 2s we say the odd numbers: 1, 3, 5, 7, 9.", 1),
            _ => Closing.SpotTheMistake($"{name} counted in 5s: 5, 10, 15, 20, 21. What should come after 20?", 25, 21, s.Misconceptions[0], "Every count in 5s ends in 5 or 0: 20, 25, 30."),
        };
        return
        [
            Next(a, Variation.Start, QuestionFormat.MissingNumber, null, false),
            Next(b, From, QuestionFormat.MissingNumber, null, false),
            Next(b, RepresentationFeature, QuestionFormat.MissingNumber, Line(b, k, 4, b + 3 * k), false),
            Next(b, Asked, QuestionFormat.MissingNumber, Line(b - 3 * k, k, 3, b - 3 * k), true),
            Next(b, QuestionTypeFeature, QuestionFormat.MultipleChoice, Line(b - 3 * k, k, 3, b - 3 * k), true),
            InOrder(dice, b, k, Line(b - 3 * k, k, 3, b - 3 * k)),
            close,
        ];
    }

    // The same count back, as an ordering question: the numbers said when counting back from the start.
    private static QuestionDraft InOrder(Dice dice, int first, int k, Picture picture)
    {
        var said = Enumerable.Range(0, 4).Select(i => first - i * k).ToList();
        var shown = dice.Shuffle(said).ToList();
        if (shown.SequenceEqual(said))
        {
            (shown[0], shown[1]) = (shown[1], shown[0]);
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.Order,
            Prompt = $"Put these numbers in the order you say them when you count back in {k}s: {string.Join(", ", shown)}",
            Picture = picture,
            Answer = new Answers.OrderAnswer([.. said.Select(n => Fraction.Whole(n))], [.. said.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
            Wrong = [new(string.Join(", ", said.AsEnumerable().Reverse()), "Counts forwards when the count goes back.")],
            Worked = $"Counting back in {k}s from {first}: {string.Join(", ", said)}.",
            StemSentence = 1,
            Dimension = QuestionTypeFeature,
            Features = F(first, k, "backwards"),
        };
    }

    private static IReadOnlyList<QuestionDraft> Patterns(SmallStep s, Dice dice, int k)
    {
        var n = k * dice.Between(3, 90 / k);
        string Yes(bool b) => b ? "Yes" : "No";
        QuestionDraft In(int x, int by, string dim) => new()
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Is {x} in the count of {by}s from zero?",
            Answer = new Answers.ChoiceAnswer(Yes(x % by == 0), ["Yes", "No"]),
            Wrong = [new(Yes(x % by != 0), x % by == 0 ? "Does not use the ones digit to spot the count." : "Thinks a number is in the count because it contains the digit.")],
            Worked = x % by == 0 ? $"{x} = {x / by} {by}s, so it is in the count." : $"{x} is between {x / by * by} and {x / by * by + by}, so it is not in the count of {by}s.",
            StemSentence = by == 5 ? 1 : 0,
            Dimension = dim,
            Features = F(x, by, "in the count"),
        };
        var other = k == 10 ? 5 : k == 5 ? 2 : 5;
        var odd = n + (k == 2 ? 1 : k == 5 ? 3 : 5);
        return
        [
            In(n, k, Variation.Start),
            In(odd, k, From),
            In(odd, other, By),
            In(n, other, From),
            new QuestionDraft
            {
                Format = QuestionFormat.MultipleChoice,
                Prompt = $"When you count in {other}s from zero, does every number end in {(other == 10 ? "0" : other == 5 ? "5 or 0" : "0, 2, 4, 6 or 8")}?",
                Answer = new Answers.ChoiceAnswer("Yes", ["Yes", "No"]),
                Wrong = [new("No", "Has not noticed the pattern in the ones digits.")],
                Worked = $"{other}, {2 * other}, {3 * other}, {4 * other} … the ones digits repeat in a pattern.",
                Dimension = Asked,
                Features = F(n, other, "ones digits"),
            },
            Closing.TrueOrFalse(k == 2 ? "25 is in the count of 2s because it has a 2 in it." : "15 is in the count of 10s because it has a 1 in it.", false, s.Misconceptions[k == 2 ? 1 : 0], k == 2 ? "The count of 2s is the even numbers; 25 ends in 5, so it is odd." : "The count of 10s ends in 0; 15 ends in 5, so it is in the count of 5s, not 10s."),
        ];
    }

    private static IReadOnlyList<QuestionDraft> KeepTrack(SmallStep s, Dice dice, string name, int k)
    {
        var j = dice.Between(3, k == 10 ? 7 : 6);
        QuestionDraft Land(int jumps, int by, string dim, QuestionFormat format) => Drafts.Number(
            format,
            $"{name} makes {jumps} jumps of {by} from 0. Where does {name} land?",
            jumps * by,
            $"Count the jumps: {string.Join(", ", Enumerable.Range(1, jumps).Select(i => i * by))}. {jumps} jumps of {by} land on {jumps * by}.",
            dim,
            F(jumps, by, "landing"),
            FactPictures.Jumps(jumps, Fraction.Whole(by), true),
            0,
            [(jumps, s.Misconceptions[0]), (jumps * by + by, s.Misconceptions[1]), (jumps + by, "Adds the number of jumps to the size of a jump.")]);
        var other = k == 2 ? 5 : k == 5 ? 10 : 5;
        return
        [
            Land(j, k, Variation.Start, QuestionFormat.NumberEntry),
            Land(j + 1, k, From, QuestionFormat.NumberEntry),
            Land(j + 1, other, By, QuestionFormat.NumberEntry),
            Land(j + 1, other, QuestionTypeFeature, QuestionFormat.MultipleChoice),
            Drafts.Number(QuestionFormat.MultipleChoice, $"{name} landed on {(j + 1) * other} after jumps of {other} from 0. How many jumps?", j + 1,
                $"{string.Join(", ", Enumerable.Range(1, j + 1).Select(i => i * other))}: that is {j + 1} jumps.", Asked, F(j + 1, other, "jumps"), FactPictures.Jumps(j + 1, Fraction.Whole(other), false), 0,
                [((j + 1) * other, s.Misconceptions[0]), (j + 2, s.Misconceptions[1]), (j, "Loses count of the jumps.")]),
            Closing.SpotTheMistake($"{name} made 4 jumps of {k} from 0 and said “4”. Where did {name} land?", 4 * k, 4, s.Misconceptions[0], $"4 is the number of jumps; 4 jumps of {k} land on {4 * k}."),
        ];
    }

    private static IReadOnlyList<QuestionDraft> Collections(SmallStep s, Dice dice, string name, int k)
    {
        var j = dice.Between(3, 6);
        QuestionDraft Coins(int count, int value, string dim, QuestionFormat format) => Drafts.Number(
            format,
            $"How many pence are there in these {value}p coins?",
            count * value,
            $"Count in {value}s: {string.Join(", ", Enumerable.Range(1, count).Select(i => i * value))}. That is {count * value}p.",
            dim,
            F(count, value, "total"),
            new MoneyPicture([.. Enumerable.Repeat(value, count)]),
            0,
            [(count, s.Misconceptions[0]), (count * value - value, "Misses one coin."), (count * value + 1, s.Misconceptions[1])]);
        return
        [
            Coins(j, 10, Variation.Start, QuestionFormat.NumberEntry),
            Coins(j + 1, 10, From, QuestionFormat.NumberEntry),
            Coins(j + 1, 5, By, QuestionFormat.NumberEntry),
            Coins(j + 1, 2, By, QuestionFormat.NumberEntry),
            Coins(j + 1, 2, QuestionTypeFeature, QuestionFormat.MatchPicture),
            Closing.SpotTheMistake($"{name} has three 10p coins and says there are 3 pence. How many pence are there?", 30, 3, s.Misconceptions[0], "Each coin is worth 10p, so count in tens: 10, 20, 30. That is 30p."),
        ];
    }
}
