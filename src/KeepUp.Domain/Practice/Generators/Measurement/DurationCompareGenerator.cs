using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// Comparing how long things take. Year 1 compares times in seconds (the quicker one took fewer
/// seconds) and knows an hour is longer than a minute; Year 2 compares durations in different
/// units, where the unit matters as much as the number (20 seconds is shorter than 2 minutes).
/// </summary>
/// <param name="year">1 or 2.</param>
public sealed class DurationCompareGenerator(int year) : QuestionGenerator
{
    private const string First = "first time";
    private const string Second = "second time";
    private const string Asked = "asked";

    /// <inheritdoc />
    public override string Family => "compare durations";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => year switch
    {
        1 => Quicker(dice),
        2 => Units(dice),
        _ => throw new GeneratorConstraintException($"Comparing durations is set up for Year 1 or Year 2, not Year {year}."),
    };

    private static List<QuestionDraft> Quicker(Dice dice)
    {
        var (a, b) = TwoNames(dice);
        var first = dice.Between(12, 18);
        var faster = first - dice.Between(2, 4);
        var slower = first + dice.Between(2, 4);
        WrongAnswer[] longest =
        [
            new("1 minute", "Thinks a minute is longer than an hour because \"minutes\" sounds like more."),
            new("1 second", "Thinks a second is a long time."),
        ];
        return
        [
            Race(dice, a, b, first, faster, "quicker", Variation.Start),
            Race(dice, a, b, first, slower, "quicker", Second),
            Race(dice, a, b, first, slower, "slower", Asked),
            Times(a, b, first, slower, QuestionTypeFeature),
            Times(a, b, first, faster, Second),
            Ask(QuestionFormat.MultipleChoice, "Which is the longest time?", Choose(dice, "1 hour", longest),
                "A second is very short, a minute is longer, and an hour is much longer: an hour is 60 minutes.",
                Variation.Deepening, Features.Of((First, "1 hour"), (Second, "1 minute"), (Asked, "longest")), null, longest),
        ];
    }

    private static QuestionDraft Race(Dice dice, string a, string b, int first, int second, string asked, string dimension)
    {
        var quickest = first < second ? a : b;
        var slowest = first < second ? b : a;
        var right = asked == "quicker" ? quickest : slowest;
        WrongAnswer[] wrong = [new(asked == "quicker" ? slowest : quickest, asked == "quicker"
            ? "Thinks whoever took the greater number of seconds was quicker."
            : "Thinks whoever took fewer seconds was slower.")];
        return Ask(QuestionFormat.MultipleChoice,
            $"{a} runs round the playground in {first} seconds. {b} takes {second} seconds. Who is {asked}?",
            Choose(dice, right, wrong),
            $"The {asked} runner takes {(asked == "quicker" ? "fewer" : "more")} seconds: {System.Math.Min(first, second)} seconds is less time than {System.Math.Max(first, second)} seconds, so {right} is {asked}.",
            dimension, Features.Of((First, first), (Second, second), (Asked, asked)), null, wrong);
    }

    private static QuestionDraft Times(string a, string b, int first, int second, string dimension)
    {
        var sign = ComparisonAnswer.Between(first, second);
        return Ask(QuestionFormat.Compare, $"{a} took {first} seconds and {b} took {second} seconds. Write <, > or =. {first} seconds {Box} {second} seconds",
            new ComparisonAnswer(sign),
            $"{first} seconds {sign} {second} seconds, so {(first < second ? a : b)} was quicker.",
            dimension, Features.Of((First, first), (Second, second), (Asked, "slower")), null,
            WrongSigns(sign, "Mixes up the signs < and >.", "Mixes up the signs < and >.", "Thinks the two times are the same."));
    }

    // Year 2: the unit matters as much as the number.
    private static List<QuestionDraft> Units(Dice dice)
    {
        var seconds = 10 * dice.Between(2, 5);
        var minutes = dice.Between(2, 5);
        var overAnHour = 60 + 10 * dice.Between(1, 3);
        var (a, b) = TwoNames(dice);
        var same = "They are the same";
        WrongAnswer[] films =
        [
            new(b, "Thinks an hour is longer than any number of minutes."),
            new(same, "Compares without thinking about the units."),
        ];
        var (answer, wrong) = TrueOrFalse(false, "Confuses the time something starts with how long it lasts.");
        return
        [
            Compare(seconds, "seconds", minutes, "minutes", Variation.Start),
            Compare(seconds, "minutes", minutes, "minutes", First),
            Compare(seconds, "minutes", 1, "hour", Second),
            Compare(overAnHour, "minutes", 1, "hour", First),
            Ask(QuestionFormat.MultipleChoice, $"{a}'s film lasts {overAnHour} minutes. {b}'s film lasts 1 hour. Whose film is longer?", Choose(dice, a, films),
                $"1 hour is 60 minutes, and {overAnHour} minutes is more than 60 minutes, so {a}'s film is longer.",
                QuestionTypeFeature, Features.Of((First, $"{overAnHour} minutes"), (Second, "1 hour")), null, films),
            Ask(QuestionFormat.TrueOrFalse, $"{a}'s film starts at 4 o'clock and {b}'s starts at 3 o'clock. True or false: {a}'s film lasts longer because it starts later.", answer,
                "When something starts does not tell us how long it lasts; we need to know when each film ends.",
                Variation.Deepening, Features.Of((First, "starts at 4"), (Second, "starts at 3")), null, wrong),
        ];
    }

    private static QuestionDraft Compare(int first, string firstUnit, int second, string secondUnit, string dimension)
    {
        var firstValue = first * Seconds(firstUnit);
        var secondValue = second * Seconds(secondUnit);
        var sign = ComparisonAnswer.Between(firstValue, secondValue);
        var misleading = $"Thinks {first} {firstUnit} is longer than {second} {secondUnit} because {first} is bigger.";
        return Ask(QuestionFormat.Compare, $"Write <, > or =. {first} {firstUnit} {Box} {second} {secondUnit}", new ComparisonAnswer(sign),
            firstUnit == secondUnit
                ? $"The units are the same, so compare the numbers: {first} {sign} {second}."
                : $"Think about the unit as well as the number: {second} {secondUnit} is {(secondUnit == "hour" ? "60 minutes" : $"{second} {Times} 60 seconds")}, so {first} {firstUnit} {sign} {second} {secondUnit}.",
            dimension, Features.Of((First, $"{first} {firstUnit}"), (Second, $"{second} {secondUnit}")), null,
            WrongSigns(sign, firstUnit == secondUnit ? "Mixes up the signs < and >." : "Thinks an hour is longer than any number of minutes.", first > second ? misleading : "Mixes up the signs < and >.", "Compares without thinking about the units."));
    }

    private static int Seconds(string unit) => unit switch
    {
        "seconds" => 1,
        "minutes" => 60,
        _ => 3600,
    };
}
