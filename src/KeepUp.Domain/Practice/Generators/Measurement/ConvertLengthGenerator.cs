using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>Which conversions of length a step practises.</summary>
public enum LengthConversion
{
    /// <summary>Metres and centimetres, centimetres and millimetres, in mixed units (Year 3).</summary>
    Equivalent,

    /// <summary>Kilometres and metres, with halves and quarters of a kilometre (Year 4).</summary>
    Kilometres,

    /// <summary>All metric units of length, with decimals (Year 5).</summary>
    Decimals,
}

/// <summary>
/// Converting units of length: 1 km = 1,000 m, 1 m = 100 cm, 1 cm = 10 mm. Converting to a smaller
/// unit needs more of them, so multiply; to a larger unit, group or divide. The set multiplies for a
/// whole number, adds a part (the zero in 1 m 5 cm = 105 cm, in 2 km 50 m = 2,050 m), draws it, turns
/// round into the larger unit, changes the pair of units, and ends with a classic slip to correct.
/// </summary>
/// <param name="conversion">What the step practises.</param>
public sealed class ConvertLengthGenerator(LengthConversion conversion) : QuestionGenerator
{
    private const string Units = "units";
    private const string HowMany = "how many";
    private const string Part = "part";
    private const string Direction = "direction";

    private static readonly (string Big, string Small, int Factor) MetreCm = ("m", "cm", 100);
    private static readonly (string Big, string Small, int Factor) CmMm = ("cm", "mm", 10);
    private static readonly (string Big, string Small, int Factor) KmMetre = ("km", "m", 1000);

    /// <inheritdoc />
    public override string Family => "convert units of length";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => conversion switch
    {
        LengthConversion.Equivalent => Mixed(dice, MetreCm, CmMm, dice.Between(1, 9), dice.Between(1, 9)),
        LengthConversion.Kilometres => Mixed(dice, KmMetre, KmMetre, 10 * dice.Between(2, 9), dice.Chance(50) ? 250 : 500),
        LengthConversion.Decimals => Decimals(dice),
    };

    private static IReadOnlyDictionary<string, string> Of((string Big, string Small, int Factor) u, int n, int part, string direction) =>
        Features.Of((Units, $"{u.Big}/{u.Small}"), (HowMany, n), (Part, part), (Direction, direction));

    private static string UnitName(string unit) => unit switch
    {
        "km" => "kilometres",
        "m" => "metres",
        "cm" => "centimetres",
        _ => "millimetres",
    };

    private static string Length((string Big, string Small, int Factor) u, int n, int part) =>
        part == 0 ? $"{n} {u.Big}" : $"{n} {u.Big} {Whole(part)} {u.Small}";

    private static BarModelPicture Bar((string Big, string Small, int Factor) u, int n, int part) => new(
        [new Bar(string.Empty, [.. Enumerable.Repeat(new BarSection($"1 {u.Big}", u.Factor), n), .. part == 0 ? [] : new[] { new BarSection($"{Whole(part)} {u.Small}", part) }])],
        "?");

    // Whole numbers of the larger unit, then a part in the smaller one, then back again.
    private List<QuestionDraft> Mixed(Dice dice, (string Big, string Small, int Factor) u, (string Big, string Small, int Factor) then, int part, int laterPart)
    {
        var n = dice.Between(2, 5);
        var name = dice.Pick(Names);
        return
        [
            ToSmall(u, n, 0, Variation.Start, false),
            ToSmall(u, n + 1, 0, HowMany, false),
            ToSmall(u, n + 1, part, Part, false),
            ToSmall(u, n + 1, part, RepresentationFeature, true),
            ToMixed(u, n + 1, part, Direction),
            u == then ? ToMixed(u, n + 1, laterPart, Part) : ToMixed(then, n + 1, part, Units),
            conversion == LengthConversion.Equivalent ? TenInAMetre(dice, name) : SameAs(dice),
        ];
    }

    private static QuestionDraft ToSmall((string Big, string Small, int Factor) u, int n, int part, string dimension, bool bar)
    {
        var total = n * u.Factor + part;
        var wrong = new List<WrongAnswer> { new(Whole(n * (u.Factor / 10) + part), $"Thinks there are {u.Factor / 10} {u.Small} in 1 {u.Big}.") };
        if (part > 0 && part * 10 < u.Factor)
        {
            wrong.Add(new(Whole(n * u.Factor + part * 10), $"Writes {Length(u, n, part)} as {Whole(n * u.Factor + part * 10)} {u.Small}, without a zero to hold the place."));
        }

        return Ask(QuestionFormat.MissingNumber, $"{Length(u, n, part)} = {Box} {u.Small}", NumberAnswer.Whole(total),
            $"There are {Whole(u.Factor)} {u.Small} in 1 {u.Big}, so {n} {u.Big} is {Whole(n * u.Factor)} {u.Small}{(part == 0 ? string.Empty : $", and {Whole(n * u.Factor)} + {Whole(part)} = {Whole(total)} {u.Small}")}.",
            dimension, Of(u, n, part, "to smaller unit"), bar ? Bar(u, n, part) : null, wrong, part == 0 ? 0 : 1);
    }

    private static QuestionDraft ToMixed((string Big, string Small, int Factor) u, int n, int part, string dimension)
    {
        var total = n * u.Factor + part;
        var wrong = new List<WrongAnswer> { new(Whole(total), $"Does not take away the whole {UnitName(u.Big)}.") };
        if (part * 10 < u.Factor)
        {
            wrong.Insert(0, new(Whole(part * 10), $"Reads the digits after the {UnitName(u.Big)} as if there were no zero to hold the place."));
        }

        return Ask(QuestionFormat.MissingNumber, $"{Whole(total)} {u.Small} = {n} {u.Big} {Box} {u.Small}", NumberAnswer.Whole(part),
            $"{n} {u.Big} is {Whole(n * u.Factor)} {u.Small}, and {Whole(total)} {Minus} {Whole(n * u.Factor)} = {Whole(part)}, so it is {Length(u, n, part)}.",
            dimension, Of(u, n, part, "to mixed units"), Bar(u, n, part), wrong, 1);
    }

    private static QuestionDraft TenInAMetre(Dice dice, string name)
    {
        var metres = dice.Between(2, 9);
        var (answer, wrong) = TrueOrFalse(false, "Thinks there are 10 cm in a metre.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says {metres} m is {10 * metres} cm. True or false?", answer,
            $"There are 100 cm in 1 m, so {metres} m is {100 * metres} cm. There are 10 mm in 1 cm.",
            Variation.Deepening, Of(MetreCm, metres, 0, "check"), null, wrong);
    }

    private static QuestionDraft SameAs(Dice dice)
    {
        var km = dice.Between(2, 9);
        var metres = 10 * dice.Between(2, 9);
        WrongAnswer[] wrong =
        [
            new($"{Whole(1000 * km + 10 * metres)} m", $"Writes {km} km {metres} m as {Whole(1000 * km + 10 * metres)} m."),
            new($"{Whole(100 * km + metres)} m", "Thinks 1 km = 100 m."),
            new($"{Whole(10000 * km + metres)} m", "Thinks 1 km = 10,000 m."),
        ];
        return Ask(QuestionFormat.MultipleChoice, $"Which is the same as {km} km {metres} m?", Choose(dice, $"{Whole(1000 * km + metres)} m", wrong),
            $"{km} km is {Whole(1000 * km)} m, and {Whole(1000 * km)} + {metres} = {Whole(1000 * km + metres)} m: the zero holds the hundreds place.",
            Variation.Deepening, Of(KmMetre, km, metres, "check"), null, wrong, 1);
    }

    // Year 5: decimals of a unit, multiplying to a smaller unit and dividing to a larger one.
    private static List<QuestionDraft> Decimals(Dice dice)
    {
        var a = dice.Between(2, 9);
        var name = dice.Pick(Names);
        var slip = dice.Between(2, 9);
        return
        [
            Multiply(MetreCm, a, 0, Variation.Start, false),
            Multiply(MetreCm, a, 5, Part, false),
            Multiply(KmMetre, a, 5, Units, false),
            Multiply(KmMetre, a, 5, RepresentationFeature, true),
            Divide(KmMetre, a, 5, Direction),
            Divide(MetreCm, a, 5, Units),
            Ask(QuestionFormat.SpotTheMistake, $"{name} says {slip} m = {PupilNumber.Decimal(slip / 100m)} cm, because you divide to change units. What is {slip} m in centimetres? {Box} cm",
                NumberAnswer.Whole(100 * slip),
                $"Centimetres are smaller than metres, so there are more of them: multiply by 100. {slip} m = {100 * slip} cm.",
                Variation.Deepening, Of(MetreCm, slip, 0, "check"), null,
                [new(PupilNumber.Decimal(slip / 100m), $"Divides when converting to a smaller unit ({slip} m = {PupilNumber.Decimal(slip / 100m)} cm).")]),
        ];
    }

    private static string Tenths(int whole, int tenths) => tenths == 0 ? $"{whole}" : $"{whole}.{tenths}";

    private static PlaceValueChartPicture Chart(int whole, int tenths) => new([new("Ones", whole), new("Tenths", tenths)]);

    private static PlaceValueChartPicture Chart(long whole)
    {
        var digits = whole.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string[] names = ["Ones", "Tens", "Hundreds", "Thousands"];
        return new([.. digits.Select((d, i) => new PlaceValueColumn(names[digits.Length - 1 - i], d - '0'))]);
    }

    private static QuestionDraft Multiply((string Big, string Small, int Factor) u, int whole, int tenths, string dimension, bool chart)
    {
        var total = whole * u.Factor + tenths * u.Factor / 10;
        var big = Tenths(whole, tenths);
        var wrong = new List<WrongAnswer> { new(PupilNumber.Decimal((whole + tenths / 10m) / u.Factor), $"Divides when converting to a smaller unit ({big} {u.Big} = {PupilNumber.Decimal((whole + tenths / 10m) / u.Factor)} {u.Small}).") };
        if (tenths > 0)
        {
            wrong.Insert(0, new(Whole(whole * u.Factor + tenths * (u.Factor == 1000 ? 10 : 1)), u.Factor == 1000 ? $"Thinks {big} km is {Whole(whole * 1000 + tenths * 10)} m." : $"Thinks {big} m is {whole} m {tenths} cm."));
        }

        return Ask(QuestionFormat.MissingNumber, $"{big} {u.Big} = {Box} {u.Small}", NumberAnswer.Whole(total),
            $"There are {Whole(u.Factor)} {u.Small} in 1 {u.Big}; {u.Small} are smaller, so multiply: {big} {Times} {Whole(u.Factor)} = {Whole(total)} {u.Small}.",
            dimension, Of(u, whole, tenths, "to smaller unit"), chart ? Chart(whole, tenths) : null, wrong);
    }

    private static QuestionDraft Divide((string Big, string Small, int Factor) u, int whole, int tenths, string dimension)
    {
        var total = whole * u.Factor + tenths * u.Factor / 10;
        return Ask(QuestionFormat.MissingNumber, $"{Whole(total)} {u.Small} = {Box} {u.Big}", NumberAnswer.Decimal(Fraction.Of(10 * whole + tenths, 10)),
            $"{u.Big} are larger, so there are fewer of them: divide by {Whole(u.Factor)}. {Whole(total)} {Divide} {Whole(u.Factor)} = {Tenths(whole, tenths)} {u.Big}.",
            dimension, Of(u, whole, tenths, "to larger unit"), Chart(total),
            [new(Whole((long)total * u.Factor), "Multiplies when converting to a larger unit."), new(PupilNumber.Decimal(total / (u.Factor / 10m)), $"Divides by {Whole(u.Factor / 10)} instead of {Whole(u.Factor)}.")]);
    }
}
