using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Counting back through zero into negative numbers (5 less than 3 is −2), plain or as a falling
/// temperature: the amount changes, then the start, the hops are drawn on a number line, a
/// negative number is read from a line and compared with another, and the set ends by finding
/// the zero missed out of someone's count.
/// </summary>
/// <param name="typedNegatives">True when pupils type negative answers; false to choose them (before the step that names negative numbers).</param>
/// <param name="temperatures">True to set the questions in temperatures.</param>
public sealed class NegativeNumbersGenerator(bool typedNegatives, bool temperatures) : QuestionGenerator
{
    private const string Start = "start";
    private const string Amount = "amount";
    private const string Other = "other";

    /// <inheritdoc />
    public override string Family => "count back through zero";

    /// <inheritdoc />
    protected override bool AllowsNegativeAnswers => typedNegatives;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var a1 = dice.Between(1, 6);
        var k1 = a1 + dice.Between(1, 5);
        var k2 = k1 < 10 ? k1 + 1 : k1 - 1;
        var a2 = dice.Pick(Enumerable.Range(1, k2 - 1).Where(x => x != a1).ToList());
        var result = a2 - k2;
        var other = result <= -5 ? dice.Between(-4, -1) : dice.Between(result - 4, result - 1);
        return
        [
            Less(a1, k1, other, line: false, Variation.Start),
            Less(a1, k2, other, line: false, Amount),
            Less(a2, k2, other, line: false, Start),
            Less(a2, k2, other, line: true, RepresentationFeature),
            Read(a2, k2, other),
            Compare(a2, k2, other),
            MissingZero(dice),
        ];
    }

    private QuestionFormat EntryFormat => typedNegatives ? QuestionFormat.NumberEntry : QuestionFormat.MultipleChoice;

    private string Unit => temperatures ? "°C" : string.Empty;

    private (ExpectedAnswer Answer, IReadOnlyList<WrongAnswer> Wrong) Negative(int value, IReadOnlyList<WrongAnswer> wrong)
    {
        var kept = wrong.Where(w => w.Text != Whole(value)).DistinctBy(w => w.Text).ToList();
        return typedNegatives
            ? (NumberAnswer.Whole(value), kept)
            : (new ChoiceAnswer(Whole(value), [Whole(value), .. kept.Select(w => w.Text)]), kept);
    }

    private static List<WrongAnswer> CountingSlips(int from, int amount)
    {
        var result = from - amount;
        return
        [
            new(Whole(amount - from), "Forgets that the answer is below zero and leaves out the minus sign."),
            new(Whole(result - 1), "Misses out zero when counting back through it, so goes one too far."),
            new(Whole(result + 1), "Counts the start number as the first step back."),
        ];
    }

    private QuestionDraft Less(int from, int amount, int other, bool line, string dimension)
    {
        var result = from - amount;
        var (answer, wrong) = Negative(result, CountingSlips(from, amount));
        var hops = string.Join(", ", Enumerable.Range(1, amount).Select(i => Whole(from - i)));
        return new QuestionDraft
        {
            Format = EntryFormat,
            Prompt = temperatures
                ? $"It is {Whole(from)}°C. The temperature falls by {amount} degrees. What is the temperature now?"
                : $"What is {amount} less than {Whole(from)}?",
            Picture = line
                ? new NumberLinePicture(-10, 10, 1, NumberLineLabels.All, [new NumberLineJump(from, result, Minus + Whole(amount))], [new NumberLineMark(result, "?")])
                : null,
            Answer = answer,
            Wrong = wrong,
            Worked = $"Count back {amount} from {Whole(from)}: {hops}. So {amount} less than {Whole(from)} is {Whole(result)}{Unit}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Start, from), (Amount, amount), (Other, other)),
        };
    }

    private QuestionDraft Read(int from, int amount, int other)
    {
        var value = from - amount;
        var (answer, wrong) = Negative(value,
        [
            new(Whole(-value), "Reads the distance from zero and forgets the minus sign."),
            new(Whole(value + 1), "Counts the marks from zero including zero itself, so is one out."),
            new(Whole(value - 1), "Counts one mark too many below zero."),
        ]);
        return new QuestionDraft
        {
            Format = QuestionFormat.MatchPicture,
            Prompt = temperatures ? "What temperature does the arrow show, in °C?" : "What number is the arrow pointing to?",
            Picture = new NumberLinePicture(-10, 10, 1, NumberLineLabels.Ends, [], [new NumberLineMark(0, "0"), new NumberLineMark(value, "?")]),
            Answer = answer,
            Wrong = wrong,
            Worked = $"The arrow is {-value} steps below zero, so it shows {Whole(value)}{Unit}.",
            StemSentence = 1,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Start, from), (Amount, amount), (Other, other)),
        };
    }

    private QuestionDraft Compare(int from, int amount, int other)
    {
        var value = from - amount;
        var sign = value < other ? '<' : '>';
        return new QuestionDraft
        {
            Format = QuestionFormat.Compare,
            Prompt = $"{Whole(value)}{Unit} {Box} {Whole(other)}{Unit}",
            Picture = new NumberLinePicture(-10, 10, 1, NumberLineLabels.Ends, [], [new NumberLineMark(0, "0"), new NumberLineMark(value, Whole(value)), new NumberLineMark(other, Whole(other))]),
            Answer = new ComparisonAnswer(sign),
            Wrong =
            [
                new(sign == '<' ? ">" : "<", "Thinks −8 is greater than −3 because 8 is greater than 3."),
                new("=", "Thinks = means the numbers look alike."),
            ],
            Worked = $"{Whole(System.Math.Min(value, other))} is further below zero, so it is smaller: {Whole(value)} {sign} {Whole(other)}.",
            StemSentence = 1,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Start, from), (Amount, amount), (Other, other)),
        };
    }

    private static QuestionDraft MissingZero(Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var start = dice.Between(2, 4);
        var end = -dice.Between(2, 3);
        var said = Enumerable.Range(0, start - end + 1).Select(i => start - i).Where(x => x != 0).Select(x => Whole(x));
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} counted back in ones: {string.Join(", ", said)}. Which number did {name} miss out?",
            Answer = NumberAnswer.Whole(0),
            Wrong =
            [
                new(Whole(start + 1), "Looks before the start of the count instead of for the gap."),
                new(Whole(1), "Thinks the count should stop at 1 and cannot see that zero comes next."),
            ],
            Worked = $"Counting back goes 2, 1, 0, {Minus}1: zero comes between 1 and {Minus}1, and {name} missed it out.",
            StemSentence = 1,
            Dimension = Variation.Deepening,
            Features = Features.Of((Start, start), (Amount, "count"), (Other, end)),
        };
    }
}
