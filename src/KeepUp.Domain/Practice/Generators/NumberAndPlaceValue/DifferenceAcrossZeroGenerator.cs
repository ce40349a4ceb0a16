using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// The difference between a negative and a positive number: count to zero, then on from zero, and
/// add the two parts. The negative number changes, then the positive one, the two hops are drawn
/// on a number line, the question becomes a rise in temperature, then a number sentence with a
/// box, and the set ends on the slip of subtracting the digits.
/// </summary>
public sealed class DifferenceAcrossZeroGenerator : QuestionGenerator
{
    private const string From = "from";
    private const string To = "to";
    private const string Setting = "setting";

    /// <inheritdoc />
    public override string Family => "find the difference across zero";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var a1 = -dice.Between(2, 9);
        var b1 = dice.Between(2, 9);
        var a2 = a1 > -9 ? a1 - 1 : a1 + 1;
        var b2 = b1 < 9 ? b1 + 1 : b1 - 1;
        var b3 = b2 <= 7 ? b2 + 2 : b2 - 2;
        return
        [
            Difference(a1, b1, "plain", line: false, Variation.Start),
            Difference(a2, b1, "plain", line: false, From),
            Difference(a2, b2, "plain", line: false, To),
            Difference(a2, b2, "plain", line: true, RepresentationFeature),
            Difference(a2, b2, "temperature", line: true, Setting),
            Difference(a2, b3, "temperature", line: true, To),
            Sentence(a2, b3),
            Claim(dice),
        ];
    }

    private static NumberLinePicture Line(int a, int b) => new(-10, 10, 1, NumberLineLabels.Ends,
        [new NumberLineJump(a, 0, Whole(-a)), new NumberLineJump(0, b, Whole(b))],
        [new NumberLineMark(a, Whole(a)), new NumberLineMark(0, "0"), new NumberLineMark(b, Whole(b))]);

    private static List<WrongAnswer> Slips(int a, int b) =>
    [
        new(Whole(System.Math.Abs(b + a)), $"Subtracts the digits, so gives {System.Math.Max(b, -a)} {Minus} {System.Math.Min(b, -a)}."),
        new(Whole(b - a + 1), "Counts the marks on the line including the start, so is one out."),
        new(Whole(b - a - 1), "Misses out zero when counting across it."),
    ];

    private static string Worked(int a, int b) =>
        $"From {Whole(a)} to zero is {-a} and from zero to {Whole(b)} is {b}, so the difference is {-a} + {b} = {b - a}.";

    private static QuestionDraft Difference(int a, int b, string setting, bool line, string dimension) => new()
    {
        Format = QuestionFormat.NumberEntry,
        Prompt = setting == "temperature"
            ? $"At night it was {Whole(a)}°C. By noon it was {Whole(b)}°C. By how many degrees did the temperature rise?"
            : $"What is the difference between {Whole(a)} and {Whole(b)}?",
        Picture = line ? Line(a, b) : null,
        Answer = NumberAnswer.Whole(b - a),
        Wrong = Slips(a, b),
        Worked = Worked(a, b),
        StemSentence = 0,
        Dimension = dimension,
        Features = Features.Of((From, a), (To, b), (Setting, setting)),
    };

    private static QuestionDraft Sentence(int a, int b) => new()
    {
        Format = QuestionFormat.MissingNumber,
        Prompt = $"{Whole(a)} + {Box} = {Whole(b)}",
        Picture = Line(a, b),
        Answer = NumberAnswer.Whole(b - a),
        Wrong = Slips(a, b),
        Worked = $"Adding moves right along the number line, even across zero. {Worked(a, b)}",
        StemSentence = 0,
        Dimension = QuestionTypeFeature,
        Features = Features.Of((From, a), (To, b), (Setting, "temperature")),
    };

    private static QuestionDraft Claim(Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var a = -dice.Between(2, 8);
        int b;
        do
        {
            b = dice.Between(2, 9);
        }
        while (b == -a);

        var truthful = dice.Chance(50);
        var claimed = truthful ? b - a : System.Math.Abs(b + a);
        return new QuestionDraft
        {
            Format = QuestionFormat.TrueOrFalse,
            Prompt = $"{name} says the difference between {Whole(a)}°C and {Whole(b)}°C is {claimed} degrees. True or false?",
            Answer = new ChoiceAnswer(truthful ? "True" : "False", ChoiceAnswer.TrueOrFalse),
            Wrong = [new(truthful ? "False" : "True", "Subtracts the digits instead of adding the distances either side of zero.")],
            Worked = Worked(a, b),
            StemSentence = 0,
            Dimension = Variation.Deepening,
            Features = Features.Of((From, a), (To, b), (Setting, "claim")),
        };
    }
}
