using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// The 24-hour clock: afternoon hours are 12 more (3 p.m. is 15:00), morning hours keep their
/// number with a leading zero, and just after midnight is 00:30, not 24:30 or 12:30. The set
/// converts p.m. times, then reads clocks in the afternoon and the morning (or after midnight),
/// then turns round to write 24-hour times as a.m. or p.m.
/// </summary>
/// <param name="year">3 (times to five minutes) or 4 (to the minute, with midnight).</param>
public sealed class TwentyFourHourGenerator(int year) : QuestionGenerator
{
    private const string HourFeature = "hour";
    private const string MinuteFeature = "minute";

    private static readonly int[] Hours = [1, 2, 3, 4, 5, 6, 7, 8, 9];

    /// <inheritdoc />
    public override string Family => "the 24-hour clock";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var hours = dice.Shuffle(Hours);
        var minute = year == 3 ? 5 * dice.Between(1, 11) : dice.Between(1, 59);
        var name = dice.Pick(Names);
        return year switch
        {
            3 =>
            [
                Afternoon(hours[0], 0, Variation.Start),
                Afternoon(hours[1], 0, HourFeature),
                Afternoon(hours[1], minute, MinuteFeature),
                FromClock(hours[1] + 12, minute, RepresentationFeature),
                FromClock(hours[1], minute, HourFeature),
                ToTwelve(dice, hours[1], minute, QuestionTypeFeature),
                AddsTen(dice, name, hours[2]),
            ],
            4 =>
            [
                Afternoon(hours[0], minute, Variation.Start),
                Afternoon(hours[1], minute, HourFeature),
                FromClock(hours[1] + 12, minute, RepresentationFeature),
                FromClock(0, minute, HourFeature),
                ToTwelve(dice, 0, minute, QuestionTypeFeature),
                ToTwelve(dice, hours[2] + 12, minute, HourFeature),
                StartsWithZero(),
            ],
            _ => throw new GeneratorConstraintException($"The 24-hour clock is set up for Year 3 or Year 4, not Year {year}."),
        };
    }

    private static IReadOnlyDictionary<string, string> Of(int hour, int minute) => Features.Of((HourFeature, hour), (MinuteFeature, minute));

    private static QuestionDraft Afternoon(int hour, int minute, string dimension)
    {
        var time = minute == 0 ? $"{hour} p.m." : $"{Time12(hour, minute)} p.m.";
        return Ask(QuestionFormat.MissingNumber, $"{time} is {Box} on the 24-hour clock.", new TimeAnswer(hour + 12, minute, true),
            $"{time} is {hour} hours after midday, so add 12 to the hour: {hour} + 12 = {hour + 12}. It is {Time24(hour + 12, minute)}.",
            dimension, Of(hour + 12, minute), null,
            [new(Time24(hour + 10, minute), $"Writes {time} as {Time24(hour + 10, minute)}, adding 10 instead of 12."), new(Time24(hour, minute), "Forgets to add 12 for an afternoon time.")]);
    }

    private static QuestionDraft FromClock(int hour, int minute, string dimension)
    {
        var part = hour switch { 0 => "just after midnight", < 12 => "the morning", _ => "the afternoon" };
        var wrong = hour switch
        {
            0 => new WrongAnswer(Time24(12, minute), $"Writes a time just after midnight as 12:{minute:00}."),
            < 12 => new WrongAnswer(Time24(hour + 12, minute), "Adds 12 to a morning time."),
            _ => new WrongAnswer(Time24(hour - 12, minute), "Forgets to add 12 for an afternoon time."),
        };
        return Ask(QuestionFormat.MissingNumber, $"It is {part}. Write the time on the clock in 24-hour time: {Box}", new TimeAnswer(hour, minute, true),
            hour >= 12
                ? $"The clock shows {Time12(hour, minute)}. In the afternoon add 12 to the hour, so it is {Time24(hour, minute)}."
                : $"The clock shows {Time12(hour, minute)}. {(hour == 0 ? "The first hour after midnight is hour 00" : "Morning hours keep their number")}, so it is {Time24(hour, minute)}.",
            dimension, Of(hour, minute), new ClockPicture(hour, minute), [wrong], hour >= 12 ? 0 : 1);
    }

    private static QuestionDraft ToTwelve(Dice dice, int hour, int minute, string dimension)
    {
        var twelve = Time12(hour, minute);
        var half = hour < 12 ? "a.m." : "p.m.";
        var wrong = new List<WrongAnswer>();
        if (hour == 0)
        {
            wrong.Add(new($"{twelve} p.m.", "Thinks 00:30 is in the afternoon."));
            wrong.Add(new($"24:{minute:00} a.m.", "Thinks midnight is hour 24."));
        }
        else if (hour < 12)
        {
            wrong.Add(new($"{twelve} p.m.", "Reads 07:30 as an afternoon time."));
        }
        else
        {
            wrong.Add(new($"{Time12(hour - 10, minute)} p.m.", $"Subtracts 10 instead of 12, reading {Time24(hour, minute)} as {Time12(hour - 10, minute)} p.m."));
            wrong.Add(new($"{twelve} a.m.", "Thinks a time after 12:59 is in the morning."));
        }

        return Ask(QuestionFormat.MultipleChoice, $"What is {Time24(hour, minute)} on a 12-hour clock?", Choose(dice, $"{twelve} {half}", wrong),
            hour >= 12
                ? $"{Time24(hour, minute)} is after midday: subtract 12 from the hour, {hour} − 12 = {hour - 12}, so it is {twelve} p.m."
                : $"{Time24(hour, minute)} is before midday, so it is {twelve} a.m.",
            dimension, Of(hour, minute), new ClockPicture(hour, minute), wrong, 1);
    }

    private static QuestionDraft AddsTen(Dice dice, string name, int hour)
    {
        var truth = dice.Chance(50);
        var claim = truth ? hour + 12 : hour + 10;
        var (answer, wrong) = TrueOrFalse(truth, truth ? "Does not trust adding 12 to an afternoon hour." : $"Writes {hour} p.m. as {hour + 10}:00.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says {hour} p.m. is {Time24(claim, 0)} on the 24-hour clock. True or false?", answer,
            $"{hour} p.m. is {hour} hours after 12:00 midday, and 12 + {hour} = {hour + 12}, so it is {Time24(hour + 12, 0)}.",
            Variation.Deepening, Of(claim, 0), null, wrong);
    }

    private static QuestionDraft StartsWithZero()
    {
        WrongAnswer[] wrong =
        [
            new("Sometimes", "Thinks 00:30 is in the afternoon."),
            new("Never", "Reads 07:30 as an afternoon time."),
        ];
        return Ask(QuestionFormat.AlwaysSometimesNever, "Always, sometimes or never true? A 24-hour time that begins with 0, like 07:30 or 00:45, is in the morning (a.m.).",
            new ChoiceAnswer("Always", ChoiceAnswer.AlwaysSometimesNever),
            "Always: a 24-hour time from 00:00 to 09:59 is between midnight and ten in the morning, so it is a.m.",
            Variation.Deepening, Of(0, 0), null, wrong, 1);
    }
}
