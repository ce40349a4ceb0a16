using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Tenths, hundredths and thousandths in a place-value chart: read a decimal from the chart, change
/// one digit, say what a digit after the point is worth, partition the decimal by place value and
/// then another way (3.47 = 3 + 0.3 + 0.17), show that as a part–whole model, and end by
/// correcting someone who writes six thousandths as 0.6.
/// </summary>
/// <param name="places">Decimal places used: 2 or 3.</param>
public sealed class DecimalPlaceValueGenerator(int places) : QuestionGenerator
{
    private const string Number = "number";
    private const string Partition = "partition";

    private static readonly string[] Names = ["ones", "tenths", "hundredths", "thousandths"];

    /// <inheritdoc />
    public override string Family => "decimal place value";

    private long Scale => PlaceValue.Power(places);

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var digits1 = DistinctDigits(dice);
        var digits2 = digits1.ToArray();
        var changed = dice.Between(1, places);
        digits2[changed] = dice.Pick(Enumerable.Range(1, 9).Where(d => !digits1.Contains(d)).ToList());
        var n1 = Value(digits1);
        var n2 = Value(digits2);
        var asked = changed == 1 ? 2 : 1;
        return
        [
            Read(n1, Variation.Start),
            Read(n2, Number),
            DigitValue(n2, asked, QuestionTypeFeature),
            Split(n2, flexible: false, partWhole: false, QuestionTypeFeature),
            Split(n2, flexible: true, partWhole: false, Partition),
            Split(n2, flexible: true, partWhole: true, RepresentationFeature),
            Mistake(dice),
        ];
    }

    private int[] DistinctDigits(Dice dice) => [.. dice.Shuffle(Enumerable.Range(1, 9)).Take(places + 1)];

    private Fraction Value(int[] digits) => Fraction.Of(digits.Aggregate(0L, (n, d) => n * 10 + d), Scale);

    private int DigitAt(Fraction n, int place) => (int)(n.Numerator * (Scale / n.Denominator) / PlaceValue.Power(places - place) % 10);

    private static Fraction PlaceOf(int place) => Fraction.Of(1, PlaceValue.Power(place));

    private QuestionDraft Read(Fraction n, string dimension)
    {
        var whole = n.Numerator * (Scale / n.Denominator);
        var swapped = Fraction.Of(whole - DigitAt(n, 1) * (Scale / 10) - DigitAt(n, 2) * (Scale / 100) + DigitAt(n, 2) * (Scale / 10) + DigitAt(n, 1) * (Scale / 100), Scale);
        return new QuestionDraft
        {
            Format = QuestionFormat.MatchPicture,
            Prompt = "Which number does the place-value chart show?",
            Picture = NpvPictures.DecimalChart(n, places),
            Answer = NumberAnswer.Decimal(n),
            Wrong =
            [
                new(Decimal(swapped), "Reads the columns after the decimal point in the wrong order."),
                new(Decimal(n * Fraction.Whole(10)), "Puts the decimal point one place too far right."),
                new(Decimal(n / Fraction.Whole(10)), "Thinks the ones column is the first column after the point."),
            ],
            Worked = $"There are {Describe(n)}, so the number is {Decimal(n)}.",
            StemSentence = places == 3 ? 1 : 0,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Partition, "standard")),
        };
    }

    private string Describe(Fraction n) =>
        string.Join(", ", Enumerable.Range(0, places + 1).Select(p => $"{DigitAt(n, p)} {Names[p]}"));

    private QuestionDraft DigitValue(Fraction n, int place, string dimension)
    {
        var digit = DigitAt(n, place);
        var value = PlaceOf(place) * Fraction.Whole(digit);
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"What is the value of the digit {digit} in {Decimal(n)}?",
            Picture = NpvPictures.DecimalChart(n, places),
            Answer = NumberAnswer.Decimal(value),
            Wrong =
            [
                new(Whole(digit), "Gives the digit itself, not the value of its place."),
                new(Whole(digit * 10), $"Reads the digits after the point as a whole number, so thinks the {digit} is worth {digit}0."),
                new(Decimal(value / Fraction.Whole(10)), "Thinks the digit is one place further right than it is."),
            ],
            Worked = $"The {digit} is in the {Names[place]} column, so it is worth {digit} {Names[place]}, which is {Decimal(value)}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Partition, "standard")),
        };
    }

    private QuestionDraft Split(Fraction n, bool flexible, bool partWhole, string dimension)
    {
        var parts = Enumerable.Range(0, places + 1).Select(p => PlaceOf(p) * Fraction.Whole(DigitAt(n, p))).ToList();
        if (flexible)
        {
            // Exchange one tenth for ten hundredths: the parts no longer match the digits.
            parts[1] -= PlaceOf(1);
            parts[2] += PlaceOf(1);
            parts = [parts[0], parts[1], parts.Skip(2).Aggregate(Fraction.Zero, (a, b) => a + b)];
        }

        parts = [.. parts.Where(p => p != Fraction.Zero)];
        var missing = parts[^1];
        var shown = string.Join(" + ", parts.Select((p, i) => i == parts.Count - 1 ? Box : Decimal(p)));
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Decimal(n)} = {shown}",
            Picture = partWhole
                ? new PartWholePicture(Decimal(n), [.. parts.Select((p, i) => i == parts.Count - 1 ? null : Decimal(p))])
                : NpvPictures.DecimalChart(n, places),
            Answer = NumberAnswer.Decimal(missing),
            Wrong =
            [
                new(Decimal(missing * Fraction.Whole(10)), "Puts the digits in the column to the left."),
                new(Decimal(n - parts[0]), "Writes everything after the decimal point instead of the missing part."),
                new(Whole((missing * Fraction.Whole(Scale)).Numerator), "Writes the digits as a whole number."),
            ],
            Worked = $"{Decimal(n)} is {Describe(n)}{(flexible ? ". Exchanging one tenth for ten hundredths keeps the value the same" : string.Empty)}: {Decimal(n)} = {string.Join(" + ", parts.Select(p => Decimal(p)))}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Partition, flexible ? "flexible" : "standard")),
        };
    }

    private QuestionDraft Mistake(Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var digit = dice.Between(2, 9);
        var place = places;
        var right = PlaceOf(place) * Fraction.Whole(digit);
        var said = right * Fraction.Whole(10);
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} wrote {NumberWords.Of(digit)} {Names[place]} as {Decimal(said)}. What should it be?",
            Answer = NumberAnswer.Decimal(right),
            Wrong =
            [
                new(Decimal(said), $"Puts the {Names[place]} digit one column too near the decimal point."),
                new(Decimal(said * Fraction.Whole(10)), "Writes the digit straight after the decimal point whatever its place."),
            ],
            Worked = $"{Names[place][..1].ToUpperInvariant()}{Names[place][1..]} are the {(place == 2 ? "second" : "third")} column after the decimal point, so {NumberWords.Of(digit)} {Names[place]} is {Decimal(right)}.",
            StemSentence = 0,
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, right), (Partition, "none")),
        };
    }
}
