using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>How an amount of pounds and pence is written in the step.</summary>
public enum PoundsAndPenceForm
{
    /// <summary>Pounds and pence counted separately: £3 and 45p (Year 2).</summary>
    PoundsAndPence,

    /// <summary>Pounds and pence as pence only: £3 and 5p = 305p (Year 3).</summary>
    InPence,

    /// <summary>Pounds with a decimal point: 307p = £3.07 (Year 4).</summary>
    Decimal,
}

/// <summary>
/// Amounts made of pounds and pence: count the pounds, then the pence, and know that £1 is 100p.
/// The set changes the pence or the pounds one at a time and always reaches an amount with fewer
/// than 10 pence, where the zero in £3.07 or 305p catches pupils out.
/// </summary>
/// <param name="form">How the amounts are written.</param>
public sealed class PoundsAndPenceGenerator(PoundsAndPenceForm form) : QuestionGenerator
{
    private const string PoundsPart = "pounds";
    private const string PencePart = "pence";
    private const string Part = "part asked";
    private const string Unknown = "unknown";

    /// <inheritdoc />
    public override string Family => "pounds and pence";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var pounds = dice.Between(2, 5);
        var pence = dice.Between(11, 69);
        var small = dice.Between(1, 9);
        return form switch
        {
            PoundsAndPenceForm.PoundsAndPence => PoundsThenPence(dice, pounds, pence),
            PoundsAndPenceForm.InPence => InPence(dice, pounds, pence, small),
            PoundsAndPenceForm.Decimal => InPounds(dice, pounds, pence, small),
        };
    }

    private static IReadOnlyDictionary<string, string> Of(int pounds, int pence, string other) =>
        Features.Of((PoundsPart, pounds), (PencePart, pence), (Part, other));

    private static MoneyPicture CoinsOf(int pounds, int pence) => new(CoinsFor(100L * pounds + pence));

    private static int PenceCoins(int pence) => CoinsFor(pence).Length;

    private static List<QuestionDraft> PoundsThenPence(Dice dice, int pounds, int pence)
    {
        var more = pence + 20 < 100 ? pence + 20 : pence - 20;
        return
        [
            CountPounds(pounds, pence),
            CountPence(pounds, pence, Part),
            CountPence(pounds, more, PencePart),
            CountPence(pounds + 1, more, PoundsPart),
            WhichAmount(dice, pounds + 1, more),
            SameAsPence(dice, pounds + 1, more),
        ];
    }

    private static QuestionDraft CountPounds(int pounds, int pence) => Ask(
        QuestionFormat.MatchPicture,
        $"How much money is there? £{Box} and {pence}p",
        new MoneyAnswer(100L * pounds, MoneyUnit.Pounds),
        $"Count the pound coins first: there are {pounds} pounds. Then the pence make {pence}p.",
        Variation.Start,
        Of(pounds, pence, "pounds"),
        CoinsOf(pounds, pence),
        [new($"£{CoinsFor(100L * pounds + pence).Length}", "Counts every coin as £1."), new($"£{pence}", "Reads the pence as pounds.")]);

    private static QuestionDraft CountPence(int pounds, int pence, string dimension) => Ask(
        QuestionFormat.MatchPicture,
        $"How much money is there? £{pounds} and {Box}p",
        new MoneyAnswer(pence, MoneyUnit.Pence),
        $"After the {pounds} pounds, count on the pence from the largest coin: {pence}p.",
        dimension,
        Of(pounds, pence, "pence"),
        CoinsOf(pounds, pence),
        [new($"{pounds + pence}p", "Adds the pounds and pence as one number (£2 and 35p is 37p)."), new($"{PenceCoins(pence)}p", "Counts the number of coins rather than their value.")]);

    private static QuestionDraft WhichAmount(Dice dice, int pounds, int pence)
    {
        WrongAnswer[] wrong =
        [
            new($"{pounds + pence}p", "Adds the pounds and pence as one number (£2 and 35p is 37p)."),
            new($"£{pounds} and {PenceCoins(pence)}p", "Counts the pence coins as 1p each."),
            new($"£{pounds + PenceCoins(pence)} and {pence}p", "Counts every coin as a pound."),
        ];
        return Ask(QuestionFormat.MultipleChoice, "How much money is there?", Choose(dice, PoundsAndPence(100L * pounds + pence), wrong),
            $"Count the pounds first ({pounds} pounds), then the pence ({pence}p): £{pounds} and {pence}p.", QuestionTypeFeature,
            Of(pounds, pence, "pence"), CoinsOf(pounds, pence), wrong);
    }

    private static QuestionDraft SameAsPence(Dice dice, int pounds, int pence)
    {
        var truth = dice.Chance(50);
        var claim = truth ? 100 * pounds + pence : pounds + pence;
        var (answer, wrong) = TrueOrFalse(truth, truth ? "Thinks £1 is not worth 100p, so pounds cannot be written in pence." : "Adds the pounds and pence as one number (£2 and 35p is 37p).");
        var name = dice.Pick(Names);
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says £{pounds} and {pence}p is the same as {Whole(claim)}p. True or false?", answer,
            $"One pound is worth 100 pence, so £{pounds} is {100 * pounds}p and £{pounds} and {pence}p is {100 * pounds + pence}p.",
            Variation.Deepening, Of(pounds, pence, "pence"), null, wrong, 1);
    }

    // Year 3: £2 and 45p = 245p; then the zero when there are fewer than 10 pence, then backwards.
    private static List<QuestionDraft> InPence(Dice dice, int pounds, int pence, int small) =>
    [
        ToPence(pounds, pence, Variation.Start, QuestionFormat.MatchPicture),
        ToPence(pounds + 1, pence, PoundsPart, QuestionFormat.MatchPicture),
        ToPence(pounds + 1, small, PencePart, QuestionFormat.MatchPicture),
        ToPence(pounds + 1, small, QuestionTypeFeature, QuestionFormat.MissingNumber),
        PoundsOf(pounds + 1, small, Unknown),
        PoundsOf(pounds + 1, pence, PencePart),
        ZeroTens(dice, pounds, small),
    ];

    private static QuestionDraft ToPence(int pounds, int pence, string dimension, QuestionFormat format)
    {
        var total = 100 * pounds + pence;
        var wrong = new List<WrongAnswer>
        {
            new($"{pounds + pence}p", "Adds the pounds and pence as one number."),
            new($"{CoinsFor(total).Length}p", "Counts the number of coins instead of their values."),
        };
        if (pence < 10)
        {
            wrong.Insert(0, new($"{pounds}{pence}p", $"Writes £{pounds} and {pence}p as {pounds}{pence}p, leaving out the zero tens of pence."));
        }

        return Ask(format,
            format == QuestionFormat.MatchPicture ? $"How much money is there? Write it in pence: {Box}p" : $"£{pounds} and {pence}p = {Box}p",
            new MoneyAnswer(total, MoneyUnit.Pence),
            $"£1 is 100p, so £{pounds} is {100 * pounds}p, and {100 * pounds}p + {pence}p = {total}p.",
            dimension, Features.Of((PoundsPart, pounds), (PencePart, pence), (Unknown, "pence")), CoinsOf(pounds, pence), wrong);
    }

    private static QuestionDraft PoundsOf(int pounds, int pence, string dimension)
    {
        var total = 100 * pounds + pence;
        return Ask(QuestionFormat.MissingNumber, $"{total}p = £{Box} and {pence}p", new MoneyAnswer(100L * pounds, MoneyUnit.Pounds),
            $"{total}p is {100 * pounds}p and {pence}p; 100p make £1, so {100 * pounds}p is £{pounds}.", dimension,
            Features.Of((PoundsPart, pounds), (PencePart, pence), (Unknown, "pounds")), CoinsOf(pounds, pence),
            [new($"£{total / 10}", "Reads the first two digits as pounds."), new($"£{total}", "Thinks the number of pence is the number of pounds.")], 1);
    }

    private static QuestionDraft ZeroTens(Dice dice, int pounds, int small)
    {
        var right = 100 * pounds + small;
        var tens = 100 * pounds + 10 * small;
        var sign = '<';
        return Ask(QuestionFormat.Compare, $"Write <, > or =. £{pounds} and {small}p {Box} {tens}p", new ComparisonAnswer(sign),
            $"£{pounds} and {small}p is {right}p, with no tens of pence; {right}p is less than {tens}p.",
            Variation.Deepening, Features.Of((PoundsPart, pounds), (PencePart, small), (Unknown, "sign")), null,
            WrongSigns(sign, "", dice.Chance(50) ? "Compares the pounds only." : "Thinks the pence digit is worth tens of pence.", $"Writes £{pounds} and {small}p as {tens}p, putting the {small} in the tens of pence."));
    }

    // Year 4: £3.45; the zero tenths in £3.07; a place-value chart; 307p and 370p side by side.
    private static List<QuestionDraft> InPounds(Dice dice, int pounds, int pence, int small) =>
    [
        WithPoint(pounds, pence, Variation.Start, QuestionFormat.MatchPicture, false),
        WithPoint(pounds, small, PencePart, QuestionFormat.MatchPicture, false),
        WithPoint(pounds, small, RepresentationFeature, QuestionFormat.MatchPicture, true),
        WithPoint(pounds, small, QuestionTypeFeature, QuestionFormat.MissingNumber, true),
        WithPoint(pounds, 10 * small, PencePart, QuestionFormat.MissingNumber, true),
        ZeroTenths(pounds, small),
        Mistake(dice, pounds + 1, dice.Between(1, 9)),
    ];

    private static QuestionDraft WithPoint(int pounds, int pence, string dimension, QuestionFormat format, bool chart)
    {
        var total = 100 * pounds + pence;
        Picture picture = chart
            ? new PlaceValueChartPicture([new("Ones", pounds), new("Tenths", pence / 10), new("Hundredths", pence % 10)])
            : CoinsOf(pounds, pence);
        var wrong = new List<WrongAnswer>
        {
            new($"£{total}", "Writes the pence as pounds, with no decimal point."),
            new($"£{Decimal(total / 10m)}", "Puts the decimal point in the wrong place."),
        };
        if (pence < 10)
        {
            wrong.Insert(0, new($"£{pounds}.{pence}", $"Writes £{pounds} and {pence}p as £{pounds}.{pence}, missing the zero tenths."));
        }

        return Ask(format, format == QuestionFormat.MatchPicture ? $"How much money is there? £{Box}" : $"{total}p = £{Box}",
            new MoneyAnswer(total, MoneyUnit.Pounds),
            $"{total}p is {pounds} pounds and {pence} pence. Each penny is one hundredth of a pound, so it is {Pounds(total)}.",
            dimension, Features.Of((PoundsPart, pounds), (PencePart, pence)), picture, wrong, 1);
    }

    private static QuestionDraft ZeroTenths(int pounds, int small)
    {
        var right = 100 * pounds + small;
        var tenths = 100 * pounds + 10 * small;
        return Ask(QuestionFormat.Compare, $"Write <, > or =. {right}p {Box} {Pounds(tenths)}", new ComparisonAnswer('<'),
            $"{right}p is {Pounds(right)}, which has 0 tenths; {Pounds(tenths)} has {small} tenths, so {right}p < {Pounds(tenths)}.",
            QuestionTypeFeature, Features.Of((PoundsPart, pounds), (PencePart, 10 * small)), new PlaceValueChartPicture([new("Ones", pounds), new("Tenths", small), new("Hundredths", 0)]),
            WrongSigns('<', "", $"Compares {right} with {Decimal(tenths / 100m, 2)} as numbers without writing both in pounds.", $"Thinks {right}p is {Pounds(tenths)}, missing the zero tenths."));
    }

    private static QuestionDraft Mistake(Dice dice, int pounds, int small)
    {
        var total = 100 * pounds + small;
        var name = dice.Pick(Names);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} wrote {total}p as £{pounds}.{small}. What should it be? £{Box}", new MoneyAnswer(total, MoneyUnit.Pounds),
            $"{total}p is {pounds} pounds and {small} pence. {small}p is {small} hundredths of a pound, so it is {Pounds(total)}, with a zero in the tenths.",
            Variation.Deepening, Features.Of((PoundsPart, pounds), (PencePart, small)), null,
            [new($"£{pounds}.{small}", $"Writes £{pounds} and {small}p as £{pounds}.{small}."), new($"£{total}", "Writes the pence as pounds, with no decimal point.")], 1);
    }
}
