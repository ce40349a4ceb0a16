using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Decimals in problems. In Year 4, lengths written as fractions and decimals of a metre
/// (1 1/4 m = 1.25 m = 125 cm); in Year 6, estimating with rounded numbers before calculating,
/// and using the estimate to catch a misplaced decimal point.
/// </summary>
/// <param name="estimate">True for Year 6 estimating; false for Year 4 lengths.</param>
public sealed class DecimalProblemsGenerator(bool estimate) : QuestionGenerator
{
    private const string NumberFeature = "number";
    private const string UnitFeature = "unit";
    private const string UnknownFeature = "unknown";

    private static readonly (int N, int D)[] Parts = [(1, 2), (1, 4), (3, 4), (1, 10), (3, 10), (7, 10), (9, 10), (1, 5), (2, 5)];

    /// <inheritdoc />
    public override string Family => estimate ? "estimate with decimals" : "fractions and decimals in measures";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => estimate ? Estimates(dice) : Lengths(dice);

    private static List<QuestionDraft> Lengths(Dice dice)
    {
        var (l1, l2, l3) = Search(dice, d => (Length(d), Length(d), Length(d)), c => c.Item1 != c.Item2 && c.Item2 != c.Item3 && (c.Item2 * Fraction.Whole(10)).IsWhole);
        return
        [
            InMetres(l1, Variation.Start),
            InMetres(l2, NumberFeature),
            InCentimetres(l2, false, UnitFeature),
            InCentimetres(l2, true, RepresentationFeature),
            InCentimetres(l3, true, NumberFeature),
            MixedPlaces(dice),
        ];
    }

    private static Fraction Length(Dice dice)
    {
        var (n, d) = dice.Pick(Parts);
        return Fraction.Whole(dice.Between(1, 4)) + Fraction.Of(n, d);
    }

    private static IReadOnlyDictionary<string, string> Facts(Fraction x, string unit) => Features.Of((NumberFeature, x), (UnitFeature, unit));

    private static NumberLinePicture Ruler(Fraction x) =>
        new(Fraction.Whole(Floor(x)), Fraction.Whole(Floor(x) + 1), Fraction.Of(1, 10), NumberLineLabels.Ends, [], [new NumberLineMark(x, "?")]);

    private static QuestionDraft InMetres(Fraction x, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{M(x)} m = {PupilNumber.Box} m",
        NumberAnswer.Decimal(x),
        $"{F(x - Fraction.Whole(Floor(x)))} = {D(x - Fraction.Whole(Floor(x)))}, so {M(x)} m is the same as {D(x)} m.",
        dimension,
        Facts(x, "m as a decimal"),
        Ruler(x),
        [new($"{Floor(x)}.{(x - Fraction.Whole(Floor(x))).Numerator}", "Writes the numerator of the fraction after the decimal point."), new($"{Floor(x)}.{(x - Fraction.Whole(Floor(x))).Numerator}{(x - Fraction.Whole(Floor(x))).Denominator}", "Writes the numerator and denominator as the digits after the point.")],
        0);

    private static QuestionDraft InCentimetres(Fraction x, bool bar, string dimension)
    {
        var cm = (x * Fraction.Whole(100)).Numerator;
        var after = D(x).Split('.')[^1];
        return Ask(QuestionFormat.MissingNumber, $"{D(x)} m = {PupilNumber.Box} cm", NumberAnswer.Whole(cm),
            $"1 m = 100 cm, so {D(x)} m = {D(x)} {PupilNumber.Times} 100 = {W(cm)} cm.", dimension, Facts(x, "cm"),
            bar ? new BarModelPicture([new Bar(string.Empty, [new BarSection("1 m", Fraction.Whole(1)), new BarSection(null, x - Fraction.Whole(1))])], $"{D(x)} m") : Ruler(x),
            [new(W((Floor(x) * 100) + long.Parse(after, System.Globalization.CultureInfo.InvariantCulture)), $"Treats {D(x)} m as {Floor(x)} m {after} cm."), new(W(cm / 10), "Multiplies by 10 instead of 100.")],
            1);
    }

    private static QuestionDraft MixedPlaces(Dice dice)
    {
        var name = dice.Pick(Names);
        var (t, h) = (dice.Between(1, 8), dice.Between(1, 9));
        var (a, b) = (Fraction.Of(t, 10), Fraction.Of(h, 100));
        var mistake = Fraction.Of(t + h, 10);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} writes {D(a)} m + {D(b)} m = {D(mistake)} m. What is the right total in metres?", NumberAnswer.Decimal(a + b),
            $"{D(a)} is {t} tenths and {D(b)} is {h} hundredths, which are different places: {D(a)} + {D(b)} = {D(a + b)}.",
            Variation.Deepening, Facts(a + b, "m as a decimal"), Ruler(a + b), [new(D(mistake), "Adds tenths and hundredths as if they were the same unit.")]);
    }

    private static List<QuestionDraft> Estimates(Dice dice)
    {
        var (x1, k1, x2, k2) = Search(dice, d => (Fraction.Of(d.Between(11, 99), 10), d.Between(3, 9), Fraction.Of(d.Between(11, 99), 10), d.Between(3, 9)),
            c => c.Item1 != c.Item3 && c.Item2 != c.Item4 && !c.Item1.IsWhole && !c.Item3.IsWhole);
        return
        [
            Estimate(x1, k1, Variation.Start),
            Estimate(x2, k2, NumberFeature),
            Exact(x2, k2, false, UnknownFeature),
            Exact(x2, k2, true, RepresentationFeature),
            Checked(dice),
        ];
    }

    private static Fraction Nearest(Fraction x) => Fraction.Whole(Floor(x + Fraction.Of(1, 2)));

    private static IReadOnlyDictionary<string, string> Sum(Fraction x, long k, string unknown) =>
        Features.Of((NumberFeature, $"{x} {k}"), (UnknownFeature, unknown));

    private static QuestionDraft Estimate(Fraction x, long k, string dimension)
    {
        var rounded = Nearest(x);
        return Ask(QuestionFormat.MissingNumber, $"Round the decimal to the nearest whole number to estimate {D(x)} {PupilNumber.Times} {k}. Estimate: {PupilNumber.Box}",
            NumberAnswer.Whole((rounded * Fraction.Whole(k)).Numerator),
            $"{D(x)} rounds to {D(rounded)}, and {D(rounded)} {PupilNumber.Times} {k} = {D(rounded * Fraction.Whole(k))}, so the answer should be about {D(rounded * Fraction.Whole(k))}.",
            dimension, Sum(x, k, "estimate"), new BarModelPicture([new Bar(string.Empty, [new BarSection(D(x), x)])], "?"),
            [new(D(rounded * Fraction.Whole(k) / Fraction.Whole(10)), "Loses track of place value when estimating."), new(D(Fraction.Whole(Floor(x)) * Fraction.Whole(k)), "Rounds down whatever the tenths digit.")],
            0);
    }

    private static QuestionDraft Exact(Fraction x, long k, bool line, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{D(x)} {PupilNumber.Times} {k} = {PupilNumber.Box}",
        NumberAnswer.Decimal(x * Fraction.Whole(k)),
        $"{Floor(x * Fraction.Whole(10))} tenths {PupilNumber.Times} {k} = {Floor(x * Fraction.Whole(10)) * k} tenths = {D(x * Fraction.Whole(k))}. My estimate is {D(Nearest(x) * Fraction.Whole(k))}, so {D(x * Fraction.Whole(k))} is sensible.",
        dimension,
        Sum(x, k, "exact answer"),
        line ? new NumberLinePicture(Fraction.Zero, Fraction.Whole(Ceiling(x * Fraction.Whole(k))), Fraction.Whole(1), NumberLineLabels.Ends, [], [new NumberLineMark(x * Fraction.Whole(k), "?")])
            : new BarModelPicture([new Bar(string.Empty, [new BarSection(D(x), x)])], "?"),
        [new(D(x * Fraction.Whole(k) / Fraction.Whole(10)), "Puts the decimal point in the wrong place and does not check against an estimate."), new(D(Nearest(x) * Fraction.Whole(k)), "Gives the estimate instead of the exact answer.")],
        0);

    private static QuestionDraft Checked(Dice dice)
    {
        var name = dice.Pick(Names);
        var x = Fraction.Of(Search(dice, d => d.Between(21, 89), c => c % 10 != 0), 10);
        var k = dice.Between(3, 9);
        var right = x * Fraction.Whole(k);
        var mistake = right / Fraction.Whole(10);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} works out {D(x)} {PupilNumber.Times} {k} = {D(mistake)}. Use an estimate to find the mistake. What is the right answer?",
            NumberAnswer.Decimal(right),
            $"My estimate is {D(Nearest(x))} {PupilNumber.Times} {k} = {D(Nearest(x) * Fraction.Whole(k))}, so {D(mistake)} is far too small. {D(x)} {PupilNumber.Times} {k} = {D(right)}.",
            Variation.Deepening, Sum(x, k, "exact answer"), new BarModelPicture([new Bar(string.Empty, [new BarSection(D(x), x)])], "?"),
            [new(D(mistake), "Does not check the answer against an estimate, so a misplaced decimal point goes unnoticed.")]);
    }
}
