using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Ten, a hundred and a thousand times bigger or smaller: multiplying by 10, 100 or 1,000 moves
/// every digit one, two or three places to the left, and dividing moves them back. The multiplier
/// grows, the operation turns round, the number is shown in a place-value chart, the question is
/// asked in words, and the set ends on "just add a zero".
/// </summary>
public sealed class TenTimesGenerator : QuestionGenerator
{
    private const string Small = "number";
    private const string By = "by";
    private const string Operation = "operation";

    /// <inheritdoc />
    public override string Family => "ten, a hundred and a thousand times the size";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        // A decimal with two places whose last digit is not zero, so no digit disappears.
        var hundredths = dice.Between(11, 999);
        if (hundredths % 10 == 0)
        {
            hundredths++;
        }

        var x = Fraction.Of(hundredths, 100);
        return
        [
            Times(x, 10, chart: false, Variation.Start),
            Times(x, 100, chart: false, By),
            Times(x, 1000, chart: false, By),
            Divided(x, 1000, chart: false, Operation),
            Divided(x, 1000, chart: true, RepresentationFeature),
            InWords(x, 1000),
            AddAZero(x),
        ];
    }

    private static string Text(Fraction x) => x.IsWhole ? Whole(x.Numerator) : Decimal(x);

    private static List<WrongAnswer> MovedWrong(Fraction right, Fraction start, int by, bool multiply)
    {
        var wrong = new List<WrongAnswer>
        {
            new(Text(multiply ? right / Fraction.Whole(10) : right * Fraction.Whole(10)), "Moves the digits one place too few."),
            new(Text(multiply ? right * Fraction.Whole(10) : right / Fraction.Whole(10)), "Moves the digits one place too many."),
            new(Text(multiply ? start / Fraction.Whole(by) : start * Fraction.Whole(by)), multiply ? "Divides instead of multiplying." : "Multiplies instead of dividing."),
        };
        if (multiply && !start.IsWhole)
        {
            wrong.Insert(0, new(Text(start) + new string('0', Zeros(by)), $"Thinks multiplying by {Whole(by)} means writing zeros on the end."));
        }

        return wrong;
    }

    private static int Zeros(int by) => by switch { 10 => 1, 100 => 2, _ => 3 };

    private static QuestionDraft Times(Fraction x, int by, bool chart, string dimension)
    {
        var right = x * Fraction.Whole(by);
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Text(x)} {PupilNumber.Times} {Whole(by)} = {Box}",
            Picture = chart ? NpvPictures.DecimalChart(x, 2) : null,
            Answer = right.IsWhole ? NumberAnswer.Whole(right.Numerator) : NumberAnswer.Decimal(right),
            Wrong = MovedWrong(right, x, by, multiply: true),
            Worked = $"Multiplying by {Whole(by)} moves every digit {Zeros(by)} place{(by > 10 ? "s" : string.Empty)} to the left: {Text(x)} {PupilNumber.Times} {Whole(by)} = {Text(right)}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Small, x), (By, by), (Operation, "times")),
        };
    }

    private static QuestionDraft Divided(Fraction x, int by, bool chart, string dimension)
    {
        var big = x * Fraction.Whole(by);
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Text(big)} {Divide} {Whole(by)} = {Box}",
            Picture = chart ? NpvPictures.DecimalChart(big, 0) : null,
            Answer = NumberAnswer.Decimal(x),
            Wrong = MovedWrong(x, big, by, multiply: false),
            Worked = $"Dividing by {Whole(by)} moves every digit {Zeros(by)} places to the right: {Text(big)} {Divide} {Whole(by)} = {Text(x)}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((Small, x), (By, by), (Operation, "divide")),
        };
    }

    private static QuestionDraft InWords(Fraction x, int by)
    {
        var big = x * Fraction.Whole(by);
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"What number is one thousand times smaller than {Text(big)}?",
            Picture = NpvPictures.DecimalChart(big, 0),
            Answer = NumberAnswer.Decimal(x),
            Wrong = MovedWrong(x, big, by, multiply: false),
            Worked = $"One thousand times smaller means dividing by 1,000, so every digit moves three places to the right: {Text(x)}.",
            StemSentence = 1,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Small, x), (By, by), (Operation, "divide")),
        };
    }

    private static QuestionDraft AddAZero(Fraction x) => new()
    {
        Format = QuestionFormat.AlwaysSometimesNever,
        Prompt = "Always, sometimes or never true? To multiply a number by 10, write a zero on the end.",
        Answer = new ChoiceAnswer("Sometimes", ChoiceAnswer.AlwaysSometimesNever),
        Wrong =
        [
            new("Always", "Thinks multiplying by 10 means adding a zero, so writes 2.5 × 10 = 2.50."),
            new("Never", "Has not noticed that for whole numbers the digits moving left leaves a zero in the ones place."),
        ],
        Worked = $"It works for whole numbers (34 {PupilNumber.Times} 10 = 340) but not for decimals: {Text(x)} {PupilNumber.Times} 10 = {Text(x * Fraction.Whole(10))}, not {Text(x)}0. The digits move; zeros are not added.",
        StemSentence = 0,
        Dimension = Variation.Deepening,
        Features = Features.Of((Small, x), (By, 10), (Operation, "rule")),
    };
}
