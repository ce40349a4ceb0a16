using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>How precisely a step reads an analogue clock.</summary>
public enum ClockPrecision
{
    /// <summary>O'clock (Year 1).</summary>
    Hour,

    /// <summary>O'clock and half past (Years 1 and 2).</summary>
    HalfPast,

    /// <summary>To five minutes, past and to (Years 2 and 3).</summary>
    FiveMinutes,

    /// <summary>To the minute (Year 3).</summary>
    Minute,

    /// <summary>To the minute, written as a digital 12-hour time (Year 4).</summary>
    Digital,
}

/// <summary>
/// Telling the time on an analogue clock. The set keeps the minute hand still while the hour hand
/// moves, then moves the minute hand, then asks about one hand at a time (where it points, how many
/// minutes that is), checks someone else's reading, and ends with a statement about clocks that is
/// always, sometimes or never true.
/// </summary>
/// <param name="precision">How precisely the step reads the clock.</param>
public sealed class ClockReadingGenerator(ClockPrecision precision) : QuestionGenerator
{
    private const string HourFeature = "hour";
    private const string MinuteFeature = "minute";

    private static readonly int[] Hours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

    /// <inheritdoc />
    public override string Family => "tell the time";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var hours = dice.Shuffle(Hours);
        var (m1, m2, m3) = Minutes(dice);
        var name = dice.Pick(Names);
        var (h1, h2, h3) = (hours[0], hours[1], hours[2]);
        return precision switch
        {
            ClockPrecision.Hour =>
            [
                Read(h1, 0, Variation.Start),
                Read(h2, 0, HourFeature),
                Read(h3, 0, HourFeature),
                Hand(h3, 0, QuestionTypeFeature),
                Hand(hours[3], 0, HourFeature),
                Check(dice, name, hours[3], 0, QuestionTypeFeature),
                Statement(dice),
            ],
            ClockPrecision.HalfPast =>
            [
                Read(h1, 0, Variation.Start),
                Read(h1, 30, MinuteFeature),
                Read(h2, 30, HourFeature),
                Hand(h2, 30, QuestionTypeFeature),
                Hand(h3, 30, HourFeature),
                Check(dice, name, h3, 30, QuestionTypeFeature),
                Statement(dice),
            ],
            _ =>
            [
                Read(h1, m1, Variation.Start),
                Read(h2, m1, HourFeature),
                Read(h2, m2, MinuteFeature),
                Hand(h2, m2, QuestionTypeFeature),
                Hand(h2, m3, MinuteFeature),
                Check(dice, name, h2, m3, QuestionTypeFeature),
                Statement(dice),
            ],
        };
    }

    // Minutes for the first reading (past the hour), then two to the hour where the step has them.
    private (int, int, int) Minutes(Dice dice)
    {
        int Pick(int low, int high, bool fives)
        {
            var m = dice.Between(low, high);
            return fives ? m / 5 * 5 : (m % 5 == 0 ? m + 2 : m);
        }

        var (first, second) = precision switch
        {
            ClockPrecision.FiveMinutes => (Pick(5, 29, true), Pick(35, 59, true)),
            ClockPrecision.Minute => (Pick(6, 27, false), Pick(31, 57, false)),
            ClockPrecision.Digital => (Pick(31, 57, false), Pick(36, 57, false)),
            _ => (0, 0),
        };
        while (second == first && first != 0)
        {
            second = Pick(36, 57, false);
        }

        return (first, second, first == 0 ? 0 : Third(dice, first, second));
    }

    private int Third(Dice dice, int first, int second)
    {
        int third;
        do
        {
            third = precision == ClockPrecision.FiveMinutes ? 5 * dice.Between(7, 11) : dice.Between(36, 57);
            third = precision != ClockPrecision.FiveMinutes && third % 5 == 0 ? third + 1 : third;
        }
        while (third == second || third == first);

        return third;
    }

    private static string Digits(int hour, int minute) => Time12(hour, minute);

    private QuestionDraft Read(int hour, int minute, string dimension)
    {
        var wrong = new List<WrongAnswer>();
        var pointsAt = minute / 5;
        switch (precision)
        {
            case ClockPrecision.Hour:
                wrong.Add(new("12:00", "Mixes up the two hands, reading the long hand as the hour."));
                wrong.Add(new(Digits(12, hour * 5), "Mixes up the two hands."));
                break;
            case ClockPrecision.HalfPast:
                wrong.Add(new(minute == 30 ? $"half past {ClockHour(hour + 1)}" : "12:00", minute == 30 ? "Reads the hour the short hand is moving towards." : "Mixes up the hour hand and the minute hand."));
                wrong.Add(new(minute == 30 ? $"{hour} o'clock" : $"half past {hour}", minute == 30 ? "Reads only the short hand." : "Mixes up o'clock and half past."));
                wrong.Add(new(minute == 30 ? "6:00" : Digits(12, hour * 5), "Mixes up the hour hand and the minute hand."));
                break;
            default:
                wrong.Add(new(Digits(hour, pointsAt), "Reads the number the minute hand points to as the minutes."));
                if (minute > 30)
                {
                    wrong.Add(new(Digits(hour + 1, minute), "Reads the hour hand as the nearest number even when it has not reached it."));
                    wrong.Add(new($"{Whole(60 - minute)} past {ClockHour(hour)}", "Says past when the minute hand is on the left-hand side."));
                }
                else
                {
                    wrong.Add(new(Digits(pointsAt == 0 ? 12 : pointsAt, ClockHour(hour) * 5 % 60), "Mixes up the hour and minute hands."));
                }

                if (precision == ClockPrecision.Minute)
                {
                    wrong.Insert(0, new(Digits(hour, minute + 1), "Counts the small marks in ones and loses count."));
                }

                break;
        }

        var prompt = precision == ClockPrecision.Digital ? "What time does the clock show? Write it in digits, like 4:25." : "What time does the clock show?";
        return Ask(QuestionFormat.MatchPicture, prompt, new TimeAnswer(hour, minute), Explain(hour, minute), dimension,
            Features.Of((HourFeature, hour), (MinuteFeature, minute)), new ClockPicture(hour, minute), wrong);
    }

    private static string Explain(int hour, int minute) => minute switch
    {
        0 => $"The long hand points to 12 and the short hand points to {hour}, so it is {hour} o'clock.",
        30 => $"The long hand points to 6, so it is half past. The short hand has just passed {hour}, so it is half past {hour}.",
        < 30 => $"The minute hand has gone {minute} minutes past 12, so it is {Said(hour, minute)}, written {Time12(hour, minute)}.",
        _ => $"The minute hand is {60 - minute} minutes before 12, so it is {Said(hour, minute)}. The short hand has not reached {ClockHour(hour + 1)} yet, so it is {Time12(hour, minute)}.",
    };

    // One hand at a time: where the short hand points, what hour half past it is, or how many minutes.
    private QuestionDraft Hand(int hour, int minute, string dimension)
    {
        var features = Features.Of((HourFeature, hour), (MinuteFeature, minute));
        var clock = new ClockPicture(hour, minute);
        var five = minute / 5;
        return precision switch
        {
            ClockPrecision.Hour => Ask(QuestionFormat.MissingNumber, $"The long hand points to 12. The short hand points to {Box}.", NumberAnswer.Whole(hour),
                Explain(hour, minute), dimension, features, clock, [new("12", "Mixes up the two hands.")]),
            ClockPrecision.HalfPast => Ask(QuestionFormat.MissingNumber, $"The long hand points to 6. It is half past {Box}.", NumberAnswer.Whole(hour),
                Explain(hour, minute), dimension, features, clock, [new(Whole(ClockHour(hour + 1)), "Reads the hour the short hand is moving towards."), new("6", "Reads the long hand as the hour.")]),
            ClockPrecision.FiveMinutes => Ask(QuestionFormat.MissingNumber, $"The minute hand points to {five}. It is {Box} minutes to {ClockHour(hour + 1)}.", NumberAnswer.Whole(60 - minute),
                $"Count on in 5s from the {five} to 12: {60 - minute} minutes, so it is {60 - minute} minutes to {ClockHour(hour + 1)}.", dimension, features, clock,
                [new(Whole(five), "Reads the number the minute hand points to as the minutes."), new(Whole(minute), "Counts the minutes past instead of the minutes to.")], 1),
            ClockPrecision.Minute => Ask(QuestionFormat.MissingNumber, $"The minute hand is {Count(minute % 5, "mark", "marks")} past the {five}. It is {Box} minutes past {ClockHour(hour)}.", NumberAnswer.Whole(minute),
                $"Count in 5s to the {five}: {5 * five}. Then count on {minute % 5} more: {minute} minutes past {ClockHour(hour)}.", dimension, features, clock,
                [new(Whole(five + minute % 5), "Counts the big numbers as 1 minute each instead of 5."), new(Whole(minute + 5), "Counts on from the number after the hand.")]),
            _ => Ask(QuestionFormat.MissingNumber, $"{Capital(Said(hour, minute))} is the same as {ClockHour(hour)}:{Box}", NumberAnswer.Whole(minute),
                $"{Capital(Said(hour, minute))} is {minute} minutes past {ClockHour(hour)}, so the digital time is {Time12(hour, minute)}.", dimension, features, clock,
                [new(Whole(60 - minute), "Reads the minutes to the hour as minutes past."), new(Whole(five), "Reads the number the minute hand points to as the minutes.")], 1),
        };
    }

    private QuestionDraft Check(Dice dice, string name, int hour, int minute, string dimension)
    {
        var options = new List<(string Claim, string? Misconception)> { (Said(hour, minute), null) };
        switch (precision)
        {
            case ClockPrecision.Hour:
                options.Add(("12 o'clock", "Mixes up the two hands, reading 12 o'clock."));
                break;
            case ClockPrecision.HalfPast:
                options.Add(($"half past {ClockHour(hour + 1)}", "Reads the hour the short hand is moving towards."));
                break;
            case ClockPrecision.Digital:
                options.Add(($"{MinutesTo(minute)} to {ClockHour(hour)}", $"Reads {Time12(hour, minute)} as {MinutesTo(minute)} to {ClockHour(hour)}."));
                break;
            default:
                options.Add(($"{MinutesTo(minute)} past {ClockHour(hour)}", "Says past when the minute hand is on the left-hand side."));
                options.Add(($"{MinutesTo(minute)} to {ClockHour(hour)}", "Names the hour just passed when saying minutes to the hour."));
                break;
        }

        var (claim, misconception) = dice.Pick(options);
        var truth = misconception is null;
        var (answer, wrong) = TrueOrFalse(truth, misconception ?? "Does not trust a correct reading of the clock.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says the clock shows {claim}. True or false?", answer,
            $"{Explain(hour, minute)} So {name} is {(truth ? "right" : "wrong")}.", dimension,
            Features.Of((HourFeature, hour), (MinuteFeature, minute)), new ClockPicture(hour, minute), wrong);
    }

    private static string MinutesTo(int minute) => (60 - minute) % 5 == 0 ? Said(0, minute).Split(" to ")[0] : $"{Whole(60 - minute)} minutes";

    private QuestionDraft Statement(Dice dice)
    {
        var n = dice.Between(1, 11);
        var (statement, right, always, sometimes, never, why) = precision switch
        {
            ClockPrecision.Hour => ("At o'clock, the long hand points to 12.", "Always",
                "", "Thinks the long hand can point anywhere at o'clock.", "Mixes up the two hands.",
                "At every o'clock time the minute hand has gone all the way round, back to 12."),
            ClockPrecision.HalfPast => ("At half past, the short hand points exactly at a number.", "Never",
                "Draws the short hand pointing exactly at the hour number at half past.", "Thinks the short hand only sometimes moves.", "",
                "At half past, the short hand has gone half of the way to the next number, so it is halfway between two numbers."),
            ClockPrecision.Digital => ($"A time shown as {n}:40 is twenty to {ClockHour(n + 1)}.", "Always",
                "", "Thinks it depends on morning or afternoon.", $"Reads {n}:40 as twenty to {n}.",
                $"{n}:40 is 40 minutes past {n}, which is 20 minutes before {ClockHour(n + 1)}."),
            _ => ($"When the minute hand points to {n}, it is {n} minutes past the hour.", "Never",
                "Reads the number the minute hand points to as the minutes.", "Thinks the numbers are minutes only on one side of the clock.", "",
                $"The minute hand moves 5 minutes from one number to the next, so pointing to {n} means {5 * n} minutes past."),
        };
        WrongAnswer[] wrong = [.. new[] { ("Always", always), ("Sometimes", sometimes), ("Never", never) }.Where(o => o.Item1 != right).Select(o => new WrongAnswer(o.Item1, o.Item2))];
        return Ask(QuestionFormat.AlwaysSometimesNever, $"Always, sometimes or never true? {statement}", new ChoiceAnswer(right, ChoiceAnswer.AlwaysSometimesNever),
            why, Variation.Deepening, Features.Of((HourFeature, n), (MinuteFeature, "any")), null, wrong);
    }
}
