using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// Drawing hands on a clock, practised by choosing the right description of a clock: the minute
/// hand is long and points to the minutes' number; the hour hand is short and has moved on from
/// the hour, so at 20 past 3 it is a little past 3, not on it. Pupils pick between clocks drawn
/// with the classic mistakes, then say where one hand points, and check someone's drawing.
/// </summary>
public sealed class ClockHandsGenerator : QuestionGenerator
{
    private const string HourFeature = "hour";
    private const string MinuteFeature = "minute";

    private static readonly int[] Hours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

    /// <inheritdoc />
    public override string Family => "draw hands on a clock";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var hours = dice.Shuffle(Hours);
        var past = 5 * dice.Between(1, 5);
        var to = 5 * dice.Between(7, 11);
        var third = 5 * dice.Between(1, 5) is var m && m != past ? m : 30;
        var name = dice.Pick(Names);
        return
        [
            WhichClock(dice, hours[0], past, Variation.Start),
            WhichClock(dice, hours[0], to, MinuteFeature),
            WhichClock(dice, hours[1], to, HourFeature),
            LongHand(hours[1], to, QuestionTypeFeature),
            LongHand(hours[1], third, MinuteFeature),
            Drawn(dice, name, hours[1], third, QuestionTypeFeature),
            HalfPast(dice, hours[2]),
        ];
    }

    private static string ShortHand(int hour, int minute) => minute switch
    {
        0 => $"on {ClockHour(hour)}",
        30 => $"halfway between {ClockHour(hour)} and {ClockHour(hour + 1)}",
        < 30 => $"a little past {ClockHour(hour)}",
        _ => $"nearly at {ClockHour(hour + 1)}",
    };

    private static string Number(int minute) => minute == 0 ? "12" : Whole(minute / 5);

    private static QuestionDraft WhichClock(Dice dice, int hour, int minute, string dimension)
    {
        var onTheHour = minute < 30 ? ClockHour(hour) : ClockHour(hour + 1);
        WrongAnswer[] wrong =
        [
            new($"Long hand on {Number(minute)}, short hand exactly on {onTheHour}", "Always draws the hour hand exactly on the hour number."),
            new($"Short hand on {Number(minute)}, long hand {ShortHand(hour, minute)}", "Mixes up the hour hand and the minute hand."),
            new($"Both hands the same length, on {Number(minute)} and {ShortHand(hour, minute)}", "Draws both hands the same length."),
        ];
        return Ask(QuestionFormat.MultipleChoice, $"Which clock shows {Said(hour, minute)}?",
            Choose(dice, $"Long hand on {Number(minute)}, short hand {ShortHand(hour, minute)}", wrong),
            Worked(hour, minute), dimension, Features.Of((HourFeature, hour), (MinuteFeature, minute)), null, wrong);
    }

    private static string Worked(int hour, int minute) =>
        $"For {Said(hour, minute)} the long minute hand points to {Number(minute)}, and the short hour hand has moved on from {ClockHour(hour)}, so it is {ShortHand(hour, minute)}.";

    private static QuestionDraft LongHand(int hour, int minute, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"To show {Said(hour, minute)}, the long hand points to {Box}.",
        NumberAnswer.Whole(minute / 5),
        $"The minute hand moves 5 minutes from one number to the next, so {minute} minutes past the hour is the {minute / 5}. {Worked(hour, minute)}",
        dimension,
        Features.Of((HourFeature, hour), (MinuteFeature, minute)),
        null,
        [new(Whole(minute), "Points the minute hand at the number of minutes."), new(Whole(ClockHour(hour)), "Mixes up the hour hand and the minute hand.")]);

    private static QuestionDraft Drawn(Dice dice, string name, int hour, int minute, string dimension)
    {
        var truth = dice.Chance(50);
        var shortHand = truth ? ShortHand(hour, minute) : $"exactly on {ClockHour(hour)}";
        var (answer, wrong) = TrueOrFalse(truth, truth ? "Thinks the hour hand must point exactly at a number." : "Always draws the hour hand exactly on the hour number.");
        return Ask(QuestionFormat.TrueOrFalse,
            $"{name} draws {Said(hour, minute)} with the long hand on {Number(minute)} and the short hand {shortHand}. True or false: the clock is drawn correctly.",
            answer, Worked(hour, minute), dimension, Features.Of((HourFeature, hour), (MinuteFeature, minute)), null, wrong);
    }

    private static QuestionDraft HalfPast(Dice dice, int hour)
    {
        WrongAnswer[] wrong =
        [
            new($"Exactly on {ClockHour(hour)}", "Always draws the hour hand exactly on the hour number."),
            new($"Exactly on {ClockHour(hour + 1)}", "Reads the hour the short hand is moving towards."),
            new("On 6", "Mixes up the hour hand and the minute hand."),
        ];
        return Ask(QuestionFormat.MultipleChoice, $"At half past {ClockHour(hour)}, where is the short hand?",
            Choose(dice, $"Halfway between {ClockHour(hour)} and {ClockHour(hour + 1)}", wrong),
            $"In half an hour the short hand moves half of the way from {ClockHour(hour)} to {ClockHour(hour + 1)}.",
            Variation.Deepening, Features.Of((HourFeature, hour), (MinuteFeature, 30)), null, wrong);
    }
}
