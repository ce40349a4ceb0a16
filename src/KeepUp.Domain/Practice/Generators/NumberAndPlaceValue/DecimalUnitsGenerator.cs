using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Ones, tenths and hundredths as units that make one another (one is ten tenths, one tenth is ten
/// hundredths): a decimal below one is counted in hundredths, one digit changes, then it becomes a
/// whole number of tenths, is shown on a number line, written as a count of hundredths and of
/// tenths, and one whole is counted in tenths; the set ends on "a hundredth is bigger than a tenth".
/// </summary>
public sealed class DecimalUnitsGenerator : QuestionGenerator
{
    private const string Number = "number";
    private const string Unit = "unit";

    /// <inheritdoc />
    public override string Family => "tenths and hundredths as units";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var tenths = dice.Between(2, 8);
        var hundredths = dice.Between(1, 9);
        var n1 = Fraction.Of(tenths * 10 + hundredths, 100);
        var n2 = n1 + Fraction.Of(dice.Chance(50) ? 1 : -1, 10);
        var n3 = Fraction.Of(tenths + (tenths < 8 ? 1 : -1), 10);
        return
        [
            HowMany(n1, line: false, Variation.Start),
            HowMany(n2, line: false, Number),
            HowMany(n3, line: false, Number),
            HowMany(n3, line: true, RepresentationFeature),
            Missing(n3, Fraction.Of(1, 100), QuestionTypeFeature),
            Missing(n3, Fraction.Of(1, 10), Unit),
            Missing(Fraction.Whole(1), Fraction.Of(1, 10), Number),
            Statement(dice),
        ];
    }

    private static string UnitName(Fraction unit) => unit == Fraction.Of(1, 10) ? "tenths" : "hundredths";

    private static long Count(Fraction n, Fraction unit) => (n / unit).Numerator;

    private static Picture Picture(Fraction n, bool line) => line
        ? new NumberLinePicture(Fraction.Zero, Fraction.Whole(1), Fraction.Of(1, 10), NumberLineLabels.Ends, [], [new NumberLineMark(n, Decimal(n))])
        : NpvPictures.DecimalChart(n, 2);

    private static List<WrongAnswer> Wrong(Fraction n, Fraction unit)
    {
        var count = Count(n, unit);
        return
        [
            .. count >= 10 ? [new WrongAnswer(Whole(count / 10), $"Counts only one digit, not all the {UnitName(unit)} in the number.")] : System.Array.Empty<WrongAnswer>(),
            new(Whole(count * 10), "Counts as if a tenth were smaller than a hundredth."),
            new(Decimal(n), "Writes the number again instead of counting the units."),
        ];
    }

    private static string Explain(Fraction n, Fraction unit) =>
        $"One tenth is ten hundredths and one is ten tenths, so {Decimal(n)} is {Whole(Count(n, unit))} {UnitName(unit)}.";

    private static QuestionDraft HowMany(Fraction n, bool line, string dimension) => new()
    {
        Format = QuestionFormat.NumberEntry,
        Prompt = $"How many hundredths are there in {Decimal(n)}?",
        Picture = Picture(n, line),
        Answer = NumberAnswer.Whole(Count(n, Fraction.Of(1, 100))),
        Wrong = Wrong(n, Fraction.Of(1, 100)),
        Worked = Explain(n, Fraction.Of(1, 100)),
        StemSentence = 0,
        Dimension = dimension,
        Features = Features.Of((Number, n), (Unit, "hundredths")),
    };

    private static QuestionDraft Missing(Fraction n, Fraction unit, string dimension) => new()
    {
        Format = QuestionFormat.MissingNumber,
        Prompt = $"{Decimal(n)} = {Box} {UnitName(unit)}",
        Picture = Picture(n, line: true),
        Answer = NumberAnswer.Whole(Count(n, unit)),
        Wrong = Wrong(n, unit),
        Worked = Explain(n, unit),
        StemSentence = 0,
        Dimension = dimension,
        Features = Features.Of((Number, n), (Unit, UnitName(unit))),
    };

    private static QuestionDraft Statement(Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var bigger = dice.Chance(50);
        return new QuestionDraft
        {
            Format = QuestionFormat.TrueOrFalse,
            Prompt = bigger
                ? $"{name} says a hundredth is bigger than a tenth because 100 is bigger than 10. True or false?"
                : $"{name} says one tenth is worth the same as ten hundredths. True or false?",
            Answer = new ChoiceAnswer(bigger ? "False" : "True", ChoiceAnswer.TrueOrFalse),
            Wrong = [bigger
                ? new WrongAnswer("True", "Thinks a hundredth is bigger than a tenth because 100 is bigger than 10.")
                : new WrongAnswer("False", "Thinks 0.1 and 0.01 are the same size because both are one of something.")],
            Worked = "Split one into 10 equal parts for tenths and into 100 for hundredths: the more parts, the smaller each one, and ten hundredths fill one tenth.",
            StemSentence = 1,
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, "rule"), (Unit, "both")),
        };
    }
}
