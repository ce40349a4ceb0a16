using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// Converting units of time, which are not based on tens: 60 seconds, 60 minutes, 24 hours,
/// 7 days. The set multiplies for a whole number of the larger unit, adds a leftover part, shows
/// it as equal jumps on a number line, turns round to group into the larger unit, then does the
/// same with another pair of units; Year 6 also converts decimals of an hour (1.5 hours = 90 minutes).
/// </summary>
/// <param name="year">2 to 6.</param>
public sealed class TimeUnitsGenerator(int year) : QuestionGenerator
{
    private const string Units = "units";
    private const string HowMany = "how many";
    private const string Extra = "leftover";
    private const string Direction = "direction";

    private static readonly (string Big, string Bigs, string Small, int Factor) Hour = ("hour", "hours", "minutes", 60);
    private static readonly (string Big, string Bigs, string Small, int Factor) Minute = ("minute", "minutes", "seconds", 60);
    private static readonly (string Big, string Bigs, string Small, int Factor) Day = ("day", "days", "hours", 24);

    private static readonly int[] NearAnHour = [40, 50, 70, 80, 90];

    /// <inheritdoc />
    public override string Family => "convert units of time";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => year switch
    {
        2 => MinutesAndHours(dice),
        3 => Convert(dice, Minute, Hour, dice.Between(1, 2), 5 * dice.Between(2, 10)),
        4 => Convert(dice, Hour, Minute, dice.Between(2, 3), 5 * dice.Between(2, 10)),
        5 => Convert(dice, Hour, Day, dice.Between(1, 2), 5 * dice.Between(1, 4)),
        6 => DecimalHours(dice),
        _ => throw new GeneratorConstraintException($"Converting time is set up for Years 2 to 6, not Year {year}."),
    };

    private static string Plural((string Big, string Bigs, string Small, int Factor) u, long n) => n == 1 ? u.Big : u.Bigs;

    private static IReadOnlyDictionary<string, string> Of((string Big, string Bigs, string Small, int Factor) u, int n, object extra, string direction) =>
        Features.Of((Units, u.Big), (HowMany, n), (Extra, extra), (Direction, direction));

    // Equal jumps of the larger unit, then the leftover, from 0 to the total in the smaller unit.
    private static NumberLinePicture Jumps((string Big, string Bigs, string Small, int Factor) u, int n, int extra, string extraLabel)
    {
        var total = n * u.Factor + extra;
        var interval = (int)System.Numerics.BigInteger.GreatestCommonDivisor(u.Factor, extra == 0 ? u.Factor : extra);
        var jumps = Enumerable.Range(0, n).Select(k => new NumberLineJump(k * u.Factor, (k + 1) * u.Factor, $"1 {u.Big}")).ToList();
        if (extra > 0)
        {
            jumps.Add(new NumberLineJump(n * u.Factor, total, extraLabel));
        }

        return new NumberLinePicture(0, total, interval, NumberLineLabels.None, jumps, [new NumberLineMark(total, "?")]);
    }

    private static WrongAnswer Hundred((string Big, string Bigs, string Small, int Factor) u, long value) => u.Factor == 24
        ? new(Whole(value), "Thinks a day has 12 hours because the clock shows 12.")
        : new(Whole(value), $"Thinks there are 100 {u.Small} in {(u.Big == "hour" ? "an" : "a")} {u.Big}.");

    private static QuestionDraft ToSmall((string Big, string Bigs, string Small, int Factor) u, int n, int extra, string dimension, bool line)
    {
        var total = n * u.Factor + extra;
        var wrongFactor = u.Factor == 24 ? 12 : 100;
        var left = extra == 0 ? Count(n, u.Big, u.Bigs) : $"{Count(n, u.Big, u.Bigs)} {extra} {u.Small}";
        return Ask(QuestionFormat.MissingNumber, $"{left} = {Box} {u.Small}", NumberAnswer.Whole(total),
            $"There are {u.Factor} {u.Small} in 1 {u.Big}, so {Count(n, u.Big, u.Bigs)} is {n} {Times} {u.Factor} = {n * u.Factor} {u.Small}{(extra == 0 ? string.Empty : $", and {n * u.Factor} + {extra} = {total}")}.",
            dimension, Of(u, n, extra, "to smaller unit"), line ? Jumps(u, n, extra, $"{extra} {u.Small}") : null,
            extra == 0 ? [Hundred(u, n * wrongFactor)] : [Hundred(u, n * wrongFactor + extra), new(Whole(n + extra), $"Adds the number of {u.Bigs} to the {u.Small} without converting.")]);
    }

    private static QuestionDraft Leftover((string Big, string Bigs, string Small, int Factor) u, int n, int extra, string dimension)
    {
        var total = n * u.Factor + extra;
        var wrong = new List<WrongAnswer>
        {
            new(Whole(total), $"Does not take away the whole {u.Bigs}."),
            new("0", $"Writes {total} {u.Small} as {Count(n, u.Big, u.Bigs)}, forgetting the leftover {u.Small}."),
        };
        var hundred = total - n * (u.Factor == 24 ? 12 : 100);
        if (hundred > 0)
        {
            wrong.Insert(0, Hundred(u, hundred));
        }

        return Ask(QuestionFormat.MissingNumber, $"{total} {u.Small} = {Count(n, u.Big, u.Bigs)} {Box} {u.Small}", NumberAnswer.Whole(extra),
            $"Group the {u.Small} in {u.Factor}s: {n} {Times} {u.Factor} = {n * u.Factor}, and {total} − {n * u.Factor} = {extra} {u.Small} left over.",
            dimension, Of(u, n, extra, "to larger unit"), Jumps(u, n, extra, "?"), wrong, 1);
    }

    private List<QuestionDraft> Convert(Dice dice, (string Big, string Bigs, string Small, int Factor) first, (string Big, string Bigs, string Small, int Factor) second, int n, int extra) =>
    [
        ToSmall(first, n, 0, Variation.Start, false),
        ToSmall(first, n + 1, 0, HowMany, false),
        ToSmall(first, n + 1, extra, Extra, false),
        ToSmall(first, n + 1, extra, RepresentationFeature, true),
        Leftover(first, n + 1, extra, Direction),
        Leftover(second, n + 1, extra, Units),
        Deepening(dice),
    ];

    private QuestionDraft Deepening(Dice dice)
    {
        var r = 5 * dice.Between(2, 9);
        switch (year)
        {
            case 3:
                return Ask(QuestionFormat.Compare, $"Write <, > or =. 1 minute {r} seconds {Box} {100 + r} seconds", new ComparisonAnswer('<'),
                    $"1 minute is 60 seconds, so 1 minute {r} seconds is {60 + r} seconds, which is less than {100 + r} seconds.",
                    Variation.Deepening, Of(Minute, 1, r, "compare"), null,
                    WrongSigns('<', "", "Compares the numbers without converting to the same unit.", $"Thinks 1 minute {r} seconds is {100 + r} seconds."));
            case 4:
                return Ask(QuestionFormat.Compare, $"Write <, > or =. {60 + r} minutes {Box} 1 hour {r} minutes", new ComparisonAnswer('='),
                    $"1 hour is 60 minutes, so 1 hour {r} minutes is {60 + r} minutes: they are equal.",
                    Variation.Deepening, Of(Hour, 1, r, "compare"), null,
                    WrongSigns('=', "Thinks 1 hour is 100 minutes.", $"Compares {60 + r} with {r} without converting to the same unit.", ""));
            default:
                var hundreds = dice.Between(2, 4);
                var (answer, wrong) = TrueOrFalse(false, "Uses 100 minutes in an hour.");
                return Ask(QuestionFormat.TrueOrFalse, $"True or false? {100 * hundreds} minutes is {hundreds} hours.", answer,
                    $"There are 60 minutes in an hour, not 100: {100 * hundreds} minutes is {HoursAndMinutes(100 * hundreds)}.",
                    Variation.Deepening, Of(Hour, hundreds, 0, "check"), null, wrong);
        }
    }

    // Year 2: minutes in an hour and hours in a day, with equal jumps on a number line.
    private static List<QuestionDraft> MinutesAndHours(Dice dice)
    {
        var k = dice.Pick(NearAnHour);
        var sign = ComparisonAnswer.Between(k, 60);
        var (answer, wrong) = TrueOrFalse(false, "Thinks a day has 12 hours because the clock shows 12.");
        return
        [
            ToSmall(Hour, 1, 0, Variation.Start, false),
            ToSmall(Hour, 2, 0, HowMany, false),
            ToSmall(Hour, 2, 0, RepresentationFeature, true),
            ToSmall(Day, 2, 0, Units, true),
            ToSmall(Day, 1, 0, HowMany, true),
            Ask(QuestionFormat.TrueOrFalse, "True or false? There are 12 hours in a day, because the clock shows 12.", answer,
                "The hour hand goes round the clock twice in a day: 12 hours and 12 more, so a day has 24 hours.",
                QuestionTypeFeature, Of(Day, 1, 0, "to smaller unit"), Jumps(Day, 1, 0, string.Empty), wrong, 1),
            Ask(QuestionFormat.Compare, $"Write <, > or =. {k} minutes {Box} 1 hour", new ComparisonAnswer(sign),
                $"1 hour is 60 minutes, and {k} minutes is {(k < 60 ? "less" : "more")} than 60 minutes.",
                Variation.Deepening, Of(Hour, 1, k, "compare"), null,
                WrongSigns(sign, "Thinks there are 100 minutes in an hour.", $"Thinks {k} minutes is more than an hour because {k} is a big number.", "Thinks an hour is just a lot of minutes.")),
        ];
    }

    // Year 6: a decimal of an hour is not a number of minutes (2.5 hours is 2 hours 30 minutes).
    private static List<QuestionDraft> DecimalHours(Dice dice)
    {
        var n = dice.Between(1, 3);
        var m = dice.Between(1, 4);
        return
        [
            Hours(n, 0, Variation.Start, false),
            Hours(n + 1, 0, HowMany, false),
            Hours(n + 1, 30, Extra, false),
            Hours(n + 1, 30, RepresentationFeature, true),
            ToHours(n + 1, 30, Direction),
            ToHours(n + 1, 15, Extra),
            Ask(QuestionFormat.Compare, $"Write <, > or =. {m}.5 hours {Box} {m} hours 50 minutes", new ComparisonAnswer('<'),
                $"0.5 of an hour is half of 60 minutes, which is 30 minutes, so {m}.5 hours is {m} hours 30 minutes, less than {m} hours 50 minutes.",
                Variation.Deepening, Of(Hour, m, 30, "compare"), null,
                WrongSigns('<', "", "Compares 5 with 50 without converting the decimal to minutes.", $"Thinks {m}.5 hours is {m} hours 50 minutes.")),
        ];
    }

    private static string Decimal(int n, int minutes) => PupilNumber.Decimal(n + minutes / 60m);

    private static QuestionDraft Hours(int n, int minutes, string dimension, bool line)
    {
        var total = 60 * n + minutes;
        var hours = minutes == 0 ? Count(n, "hour", "hours") : $"{Decimal(n, minutes)} hours";
        var wrong = new List<WrongAnswer> { new(Whole(100 * n + minutes * 100 / 60), "Uses 100 minutes in an hour when converting.") };
        if (minutes > 0)
        {
            wrong.Insert(0, new(Whole(60 * n + 50 * minutes / 30), $"Thinks {hours} is {n} hours {50 * minutes / 30} minutes."));
        }

        return Ask(QuestionFormat.MissingNumber, $"{hours} = {Box} minutes", NumberAnswer.Whole(total),
            minutes == 0
                ? $"There are 60 minutes in an hour, so {hours} is {n} {Times} 60 = {total} minutes."
                : $"{Decimal(0, minutes)} of an hour is {Decimal(0, minutes)} {Times} 60 = {minutes} minutes, so {hours} is {60 * n} + {minutes} = {total} minutes.",
            dimension, Of(Hour, n, minutes, "to minutes"), line ? Jumps(Hour, n, minutes, $"{Decimal(0, minutes)} hour") : null, wrong);
    }

    private static QuestionDraft ToHours(int n, int minutes, string dimension)
    {
        var total = 60 * n + minutes;
        return Ask(QuestionFormat.MissingNumber, $"{total} minutes = {Box} hours", NumberAnswer.Decimal(Fraction.Of(total, 60)),
            $"{total} minutes is {n} hours {minutes} minutes, and {minutes} minutes is {minutes}/60 = {Decimal(0, minutes)} of an hour, so it is {Decimal(n, minutes)} hours.",
            dimension, Of(Hour, n, minutes, "to hours"), Jumps(Hour, n, minutes, "?"),
            [new($"{n}.{minutes}", $"Writes {n} hours {minutes} minutes as {n}.{minutes} hours."), new(PupilNumber.Decimal(total / 100m), "Uses 100 minutes in an hour when converting.")]);
    }
}
