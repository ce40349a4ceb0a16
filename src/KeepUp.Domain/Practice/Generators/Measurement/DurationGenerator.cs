using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>What a set of duration questions practises.</summary>
public enum DurationTask
{
    /// <summary>Time intervals in 5-minute steps, and putting start times in order (Year 2).</summary>
    Intervals,

    /// <summary>Durations found by counting on to the next hour (Year 3).</summary>
    Durations,

    /// <summary>Comparing durations in minutes and hours, then finding end and start times (Year 3).</summary>
    StartAndEnd,

    /// <summary>Longer journeys bridging one or more hours (Year 4).</summary>
    Problems,
}

/// <summary>
/// Durations: the time from a start to an end, found by counting on in 5s and to the next hour
/// on a time line, never by subtracting times as if there were 100 minutes in an hour. The set
/// moves the end, then the start, shows the end on a clock, turns round to find an end time from
/// a duration, and ends with the classic slip (10:15 − 9:50 = 65 minutes) or an ordering trap.
/// </summary>
/// <param name="task">What the step practises.</param>
public sealed class DurationGenerator(DurationTask task) : QuestionGenerator
{
    private const string Start = "start";
    private const string End = "end";
    private const string Unknown = "unknown";
    private const string First = "first duration";
    private const string Second = "minutes after the hour";

    private static readonly string[] Lessons = ["Art", "Music", "PE", "Reading", "Science"];
    private static readonly string[] Events = ["The lesson", "The film", "The swim", "The party", "The bus journey", "The match", "The show", "The walk"];

    /// <inheritdoc />
    public override string Family => "durations, start and end times";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var thing = dice.Pick(Events);
        if (task == DurationTask.StartAndEnd)
        {
            return StartAndEnd(dice, thing);
        }

        // Times are minutes after midnight, in 5-minute steps, between 1 o'clock and about 11.
        var hour = dice.Between(1, task == DurationTask.Problems ? 6 : 8);
        var start = 60 * hour + 5 * dice.Between(2, 7);
        var (quick, bridge, earlier, longer) = task switch
        {
            DurationTask.Intervals => (5 * dice.Between(2, 4), 5 * dice.Between(10, 12), 5 * dice.Between(1, 4), 5 * dice.Between(1, 3)),
            DurationTask.Durations => (5 * dice.Between(2, 4), 5 * dice.Between(10, 16), 5 * dice.Between(2, 8), 5 * dice.Between(2, 6)),
            _ => (5 * dice.Between(2, 4), 5 * dice.Between(16, 24), 5 * dice.Between(7, 13), 5 * dice.Between(4, 12)),
        };
        var end = start + bridge;
        var from = start - earlier;
        return
        [
            HowLong(thing, start, start + quick, Variation.Start, false),
            HowLong(thing, start, end, End, false),
            HowLong(thing, from, end, Start, false),
            HowLong(thing, from, end, RepresentationFeature, true),
            EndTime(thing, from, end, Unknown),
            EndTime(thing, from, end + longer, End),
            task == DurationTask.Intervals ? Earliest(dice) : HundredMinutes(dice),
        ];
    }

    private static string Clock(int minutes) => Time12(minutes / 60, minutes % 60);

    // A time line from start to end, with a tick every 5 minutes and the o'clock times marked.
    private static NumberLinePicture TimeLine(int start, int end, string endLabel)
    {
        var stops = new List<int> { start };
        for (var hour = (start / 60 + 1) * 60; hour < end; hour += 60)
        {
            stops.Add(hour);
        }

        stops.Add(end);
        var jumps = stops.Zip(stops.Skip(1), (a, b) => new NumberLineJump(a, b, null)).ToList();
        var marks = stops.Select((t, i) => new NumberLineMark(t, i == stops.Count - 1 ? endLabel : Clock(t))).ToList();
        return new NumberLinePicture(start, end, 5, NumberLineLabels.None, jumps, marks);
    }

    private static QuestionDraft HowLong(string thing, int start, int end, string dimension, bool clock)
    {
        var duration = end - start;
        var wrong = new List<WrongAnswer>();
        var asHundreds = (end / 60 * 100 + end % 60) - (start / 60 * 100 + start % 60);
        if (asHundreds != duration)
        {
            wrong.Add(new(Whole(asHundreds), "Subtracts times as if there were 100 minutes in an hour."));
        }

        if (end / 60 != start / 60)
        {
            wrong.Add(new(Whole(60 * (end / 60 - start / 60)), "Counts the hour marks rather than the time between them."));
        }

        wrong.Add(new(Whole(duration / 5), "Counts the numbers the minute hand passes instead of counting in 5-minute steps."));
        var prompt = clock
            ? $"{thing} starts at {Clock(start)}. The clock shows when it ends. How long does it last? {Box} minutes"
            : $"{thing} starts at {Clock(start)} and ends at {Clock(end)}. How long does it last? {Box} minutes";
        return Ask(QuestionFormat.MissingNumber, prompt, NumberAnswer.Whole(duration), CountOn(start, end), dimension,
            Features.Of((Start, Clock(start)), (End, Clock(end)), (Unknown, "duration")),
            clock ? new ClockPicture(end / 60, end % 60) : TimeLine(start, end, Clock(end)), wrong);
    }

    private static string CountOn(int start, int end)
    {
        var next = (start / 60 + 1) * 60;
        return end <= next
            ? $"Count on in 5s from {Clock(start)} to {Clock(end)}: {end - start} minutes."
            : $"Count on from {Clock(start)} to {Clock(next)}: {next - start} minutes. Then from {Clock(next)} to {Clock(end)}: {end - next} minutes. Altogether {end - start} minutes.";
    }

    private static QuestionDraft EndTime(string thing, int start, int end, string dimension)
    {
        var duration = end - start;
        var wrong = new List<WrongAnswer>
        {
            new(Clock(start + duration - 60), "Forgets to count on the hour when passing o'clock."),
        };
        var asHundreds = start / 60 * 100 + start % 60 + duration;
        if (asHundreds % 100 < 60 && asHundreds / 100 * 60 + asHundreds % 100 != end)
        {
            wrong.Add(new(Time12(asHundreds / 100, asHundreds % 100), "Adds the minutes as if there were 100 minutes in an hour."));
        }

        return Ask(QuestionFormat.MissingNumber, $"{thing} starts at the time on the clock and lasts {duration} minutes. It ends at {Box}",
            new TimeAnswer(end / 60, end % 60),
            $"{CountOn(start, end)} So it ends at {Clock(end)}.", dimension,
            Features.Of((Start, Clock(start)), (End, Clock(end)), (Unknown, "end time")), new ClockPicture(start / 60, start % 60), wrong, 0);
    }

    private static QuestionDraft Earliest(Dice dice)
    {
        var hour = dice.Between(1, 9);
        var names = dice.Shuffle(Lessons);
        var (first, second, third) = (60 * hour + 5 * dice.Between(9, 11), 60 * (hour + 1) + 5 * dice.Between(1, 2), 60 * (hour + 1) + 5 * dice.Between(6, 10));
        WrongAnswer[] wrong =
        [
            new(names[1], "Orders events by the minutes only, ignoring the hour."),
            new(names[2], "Does not compare the hours first."),
        ];
        return Ask(QuestionFormat.MultipleChoice,
            $"{names[0]} starts at {Clock(first)}, {names[1]} at {Clock(second)} and {names[2]} at {Clock(third)}. Which starts first?",
            Choose(dice, names[0], wrong),
            $"Compare the hours first: {Clock(first)} is in the hour of {hour}, before the others, so {names[0]} starts first.",
            Variation.Deepening, Features.Of((Start, Clock(first)), (End, Clock(third)), (Unknown, "order")), null, wrong);
    }

    private static QuestionDraft HundredMinutes(Dice dice)
    {
        var hour = dice.Between(1, 10);
        var (from, to) = (5 * dice.Between(8, 11), 5 * dice.Between(1, 4));
        var start = 60 * hour + from;
        var end = 60 * (hour + 1) + to;
        var wrongDuration = (hour + 1) * 100 + to - (hour * 100 + from);
        var name = dice.Pick(Names);
        return Ask(QuestionFormat.SpotTheMistake,
            $"{name} says from {Clock(start)} to {Clock(end)} is {wrongDuration} minutes, because {(hour + 1) * 100 + to} {Minus} {hour * 100 + from} = {wrongDuration}. How long is it really? {Box} minutes",
            NumberAnswer.Whole(end - start),
            $"There are 60 minutes in an hour, not 100. {CountOn(start, end)}", Variation.Deepening,
            Features.Of((Start, Clock(start)), (End, Clock(end)), (Unknown, "duration")), null,
            [new(Whole(wrongDuration), "Subtracts times as if there were 100 minutes in an hour.")]);
    }

    // Year 3: 80 minutes against 1 hour 30 minutes, then end and start times from a duration.
    private static List<QuestionDraft> StartAndEnd(Dice dice, string thing)
    {
        var minutes = 5 * dice.Between(13, 19);
        var after = 5 * dice.Between((minutes - 55) / 5, 10);
        var longer = 60 + after + 5 * dice.Between(1, 4);
        var start = 60 * dice.Between(1, 8) + 5 * dice.Between(1, 9);
        var later = start + 5 * dice.Between(2, 4);
        var (a, b) = TwoNames(dice);
        return
        [
            Compare(minutes, after, start, Variation.Start),
            Compare(longer, after, start, First),
            Compare(60 + after, after, start, First),
            Ends(thing, after, start, QuestionTypeFeature, false),
            Ends(thing, after, start, RepresentationFeature, true),
            Ends(thing, after, later, Start, true),
            Starts(thing, after, later, QuestionTypeFeature),
            Films(dice, a, b),
        ];
    }

    private static QuestionDraft Compare(int minutes, int after, int start, string dimension)
    {
        var sign = ComparisonAnswer.Between(minutes, 60 + after);
        return Ask(QuestionFormat.Compare, $"Write <, > or =. {minutes} minutes {Box} 1 hour {after} minutes", new ComparisonAnswer(sign),
            $"Write both in minutes: 1 hour {after} minutes is 60 + {after} = {60 + after} minutes, and {minutes} {sign} {60 + after}.",
            dimension, Features.Of((First, minutes), (Second, after), (Start, Clock(start))), null,
            WrongSigns(sign, "Thinks an hour is longer than any number of minutes.", $"Thinks {minutes} minutes is longer than 1 hour {after} minutes because {minutes} > {after}.", "Compares without writing both in the same unit."));
    }

    private static NumberLinePicture HourThenMinutes(int start, int after, string startLabel, string endLabel) => new(
        start, start + 60 + after, 5, NumberLineLabels.None,
        [new NumberLineJump(start, start + 60, "1 hour"), new NumberLineJump(start + 60, start + 60 + after, $"{after} minutes")],
        [new NumberLineMark(start, startLabel), new NumberLineMark(start + 60 + after, endLabel)]);

    private static QuestionDraft Ends(string thing, int after, int start, string dimension, bool line)
    {
        var end = start + 60 + after;
        return Ask(QuestionFormat.MissingNumber, $"{thing} starts at {Clock(start)} and lasts 1 hour {after} minutes. It ends at {Box}",
            new TimeAnswer(end / 60, end % 60),
            $"Count on 1 hour from {Clock(start)} to {Clock(start + 60)}, then {after} minutes more to {Clock(end)}.", dimension,
            Features.Of((First, 60 + after), (Second, after), (Start, Clock(start))), line ? HourThenMinutes(start, after, Clock(start), "?") : null,
            [new(Clock(start + after), "Forgets to count on the hour."), new(Clock(start + 60), "Counts on the hour but forgets the minutes.")], 1);
    }

    private static QuestionDraft Starts(string thing, int after, int start, string dimension)
    {
        var end = start + 60 + after;
        return Ask(QuestionFormat.NumberEntry, $"{thing} lasts 1 hour {after} minutes and ends at {Clock(end)}. When did it start?",
            new TimeAnswer(start / 60, start % 60),
            $"Count back 1 hour from {Clock(end)} to {Clock(end - 60)}, then {after} minutes more to {Clock(start)}.", dimension,
            Features.Of((First, 60 + after), (Second, after), (Start, Clock(start))), HourThenMinutes(start, after, "?", Clock(end)),
            [new(Clock(end + 60 + after), "Counts on instead of back to find the start."), new(Clock(end - after), "Counts back the minutes but forgets the hour.")], 1);
    }

    private static QuestionDraft Films(Dice dice, string a, string b)
    {
        var first = 60 * dice.Between(1, 6) + 5 * dice.Between(1, 3);
        var firstLasts = 5 * dice.Between(8, 11);
        var second = first + firstLasts + 5 * dice.Between(2, 6);
        var secondLasts = firstLasts - 5 * dice.Between(1, 3);
        WrongAnswer[] wrong =
        [
            new(b, "Compares the finish times instead of the durations."),
            new("They lasted the same time", "Compares without working out each duration."),
        ];
        return Ask(QuestionFormat.MultipleChoice,
            $"{a}'s film ran from {Clock(first)} to {Clock(first + firstLasts)}. {b}'s film ran from {Clock(second)} to {Clock(second + secondLasts)}. Whose film was longer?",
            Choose(dice, a, wrong),
            $"{a}'s film lasted {firstLasts} minutes and {b}'s lasted {secondLasts} minutes. {b}'s film finished later but was shorter.",
            Variation.Deepening, Features.Of((First, firstLasts), (Second, secondLasts), (Start, Clock(first))), null, wrong);
    }
}
