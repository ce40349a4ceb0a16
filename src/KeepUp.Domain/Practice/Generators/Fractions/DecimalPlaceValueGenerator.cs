using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Place value after the decimal point: tenths, hundredths and thousandths continue the
/// ten-times pattern, so 37 hundredths is 3 tenths and 7 hundredths and the 5 in 3.152 is worth
/// 0.05. The set changes the number, then the place asked about, changes the picture and
/// partitions the number, closing on the belief that more digits make a bigger decimal.
/// </summary>
/// <param name="thousandths">True for Year 6 numbers with three decimal places; false for Year 4 hundredths.</param>
public sealed class DecimalPlaceValueGenerator(bool thousandths) : QuestionGenerator
{
    private const string NumberFeature = "number";
    private const string PlaceFeature = "place";
    private const string UnknownFeature = "unknown";

    private static readonly string[] PlaceNames = ["ones", "tenths", "hundredths", "thousandths"];

    /// <inheritdoc />
    public override string Family => "decimal place value";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => thousandths ? ThreePlaces(dice) : Hundredths(dice);

    private static IReadOnlyDictionary<string, string> Facts(Fraction x, int place, string unknown) =>
        Features.Of((NumberFeature, x), (PlaceFeature, place), (UnknownFeature, unknown));

    private static int Digit(Fraction x, int place) => (int)(Floor(x * Fraction.Whole(PlaceValue.Power(place))) % 10);

    private static PlaceValueChartPicture Chart(Fraction x, int places) => new(
        [.. Enumerable.Range(0, places + 1).Select(p => new PlaceValueColumn(char.ToUpperInvariant(PlaceNames[p][0]) + PlaceNames[p][1..], Digit(x, p)))]);

    private static List<QuestionDraft> ThreePlaces(Dice dice)
    {
        Fraction Draw(Dice d) => Fraction.Of(d.Between(1, 9) * 1000 + (d.Between(1, 9) * 100) + (d.Between(1, 9) * 10) + d.Between(1, 9), 1000);
        var (x1, x2, p1, p2) = Search(dice, d => (Draw(d), Draw(d), d.Between(1, 3), d.Between(1, 3)),
            c => c.Item1 != c.Item2 && c.Item3 != c.Item4 && Enumerable.Range(0, 4).Select(p => Digit(c.Item2, p)).Distinct().Count() == 4);
        return
        [
            Value(x1, p1, true, Variation.Start),
            Value(x2, p1, true, NumberFeature),
            Value(x2, p2, true, PlaceFeature),
            Value(x2, p2, false, RepresentationFeature),
            Partition(x2, p2),
            MoreDigits(dice),
        ];
    }

    private static QuestionDraft Value(Fraction x, int place, bool chart, string dimension)
    {
        var digit = Digit(x, place);
        var worth = Fraction.Of(digit, PlaceValue.Power(place));
        var wrong = new List<WrongAnswer> { new(W(digit), "Gives the digit, not its value."), new(D(worth * Fraction.Whole(10)), "Counts the places from the wrong end or one place out.") };
        if (place < 3)
        {
            wrong.Add(new(D(worth / Fraction.Whole(10)), "Counts the places one too far to the right."));
        }

        return Ask(QuestionFormat.MissingNumber, $"In {D(x)}, the digit {digit} is worth {PupilNumber.Box}", NumberAnswer.Decimal(worth),
            $"The digit {digit} is in the {PlaceNames[place]} column, so its value is {D(worth)}.", dimension, Facts(x, place, "value"),
            chart ? Chart(x, 3) : new NumberLinePicture(Fraction.Whole(Floor(x)), Fraction.Whole(Floor(x) + 1), Fraction.Of(1, 10), NumberLineLabels.Ends, [], [new NumberLineMark(x, D(x))]),
            wrong, 0);
    }

    private static QuestionDraft Partition(Fraction x, int place)
    {
        var parts = Enumerable.Range(0, 4).Select(p => Fraction.Of(Digit(x, p), PlaceValue.Power(p))).ToList();
        var shown = parts.Select((v, i) => i == place ? PupilNumber.Box : D(v));
        return Ask(QuestionFormat.MissingNumber, $"{D(x)} = {string.Join(" + ", shown)}", NumberAnswer.Decimal(parts[place]),
            $"{D(x)} is made of {Digit(x, 0)} ones, {Digit(x, 1)} tenths, {Digit(x, 2)} hundredths and {Digit(x, 3)} thousandths, so the missing part is {D(parts[place])}.",
            UnknownFeature, Facts(x, place, "part"), new NumberLinePicture(Fraction.Whole(Floor(x)), Fraction.Whole(Floor(x) + 1), Fraction.Of(1, 10), NumberLineLabels.Ends, [], [new NumberLineMark(x, D(x))]),
            [new(W(Digit(x, place)), "Gives the digit, not its value."), new(D(parts[place] * Fraction.Whole(10)), "Puts the digit one place too far left.")], 1);
    }

    private static QuestionDraft MoreDigits(Dice dice)
    {
        // A decimal with more digits but fewer tenths, so reading the digits as a whole number misleads.
        var (a, b, c) = Search(dice, d => (d.Between(1, 8), d.Between(1, 9), d.Between(1, 9)), t => t.Item2 < 9 && t.Item1 < t.Item3);
        var longer = Fraction.Of((a * 10) + b, 100);
        var shorter = Fraction.Of(c, 10);
        var longerFirst = dice.Chance(50);
        var (x, y) = longerFirst ? (longer, shorter) : (shorter, longer);
        var sign = ComparisonAnswer.Between(x, y);
        return Ask(QuestionFormat.Compare, $"{D(x)} {Circle} {D(y)}", new ComparisonAnswer(sign),
            $"Compare the tenths first: {D(shorter)} has {c} tenths and {D(longer)} has {a} tenths, so {D(shorter)} is greater.",
            Variation.Deepening, Facts(longer, 1, "comparison"), new NumberLinePicture(Fraction.Zero, Fraction.Whole(1), Fraction.Of(1, 10), NumberLineLabels.All, [], [new NumberLineMark(x, D(x)), new NumberLineMark(y, D(y))]),
            [new(sign == '<' ? ">" : "<", $"Thinks {D(longer)} is greater than {D(shorter)} because {(a * 10) + b} is greater than {c}."), new("=", "Thinks decimals with the same first digit are equal.")]);
    }

    private static List<QuestionDraft> Hundredths(Dice dice)
    {
        var (k1, k2) = Search(dice, d => (d.Between(11, 99), d.Between(11, 99)), c => c.Item1 != c.Item2 && c.Item1 % 10 != 0 && c.Item2 % 10 != 0);
        return
        [
            Split(k1, true, "tenths", Variation.Start),
            Split(k2, true, "tenths", NumberFeature),
            Split(k2, true, "hundredths", UnknownFeature),
            Split(k2, false, "hundredths", RepresentationFeature),
            Split(k2, false, "tenths", UnknownFeature),
            TenthOrHundredth(dice),
        ];
    }

    private static QuestionDraft Split(int k, bool grid, string unknown, string dimension)
    {
        var (t, h) = (k / 10, k % 10);
        var askTenths = unknown == "tenths";
        var prompt = askTenths ? $"{k} hundredths = {PupilNumber.Box} tenths and {Count(h, 100)}" : $"{PupilNumber.Box} hundredths = {Count(t, 10)} and {Count(h, 100)}";
        var x = Fraction.Of(k, 100);
        return Ask(QuestionFormat.MissingNumber, prompt, NumberAnswer.Whole(askTenths ? t : k),
            $"Ten hundredths make one tenth, so {k} hundredths = {Count(t, 10)} and {Count(h, 100)} ({D(x)}).", dimension, Facts(x, 2, unknown),
            grid ? new FractionBarPicture(100, k) : Chart(x, 2),
            askTenths ? [new(W(k), "Gives the number of hundredths instead of grouping them into tenths."), new(W(h), "Gives the hundredths digit.")]
                : [new(W(t + h), "Adds the digits instead of seeing each tenth as 10 hundredths."), new(W((h * 10) + t), "Writes the digits the wrong way round.")],
            1);
    }

    private static QuestionDraft TenthOrHundredth(Dice dice)
    {
        var (hundredths, tenths) = Search(dice, d => (d.Between(2, 9), d.Between(1, 8)), c => c.Item2 < c.Item1);
        var flip = dice.Chance(50);
        var (x, y) = flip ? (Text(hundredths, 100), Text(tenths, 10)) : (Text(tenths, 10), Text(hundredths, 100));
        var sign = flip ? '<' : '>';
        return Ask(QuestionFormat.Compare, $"{x} {Circle} {y}", new ComparisonAnswer(sign),
            $"{Text(tenths, 10)} is {tenths * 10} hundredths, which is more than {hundredths} hundredths.",
            Variation.Deepening, Facts(Fraction.Of(hundredths, 100), 2, "comparison"), new FractionBarPicture(100, hundredths),
            [new(sign == '<' ? ">" : "<", "Thinks hundredths are larger than tenths because 100 is larger than 10."), new("=", "Compares only the numerators.")], 0);
    }
}
