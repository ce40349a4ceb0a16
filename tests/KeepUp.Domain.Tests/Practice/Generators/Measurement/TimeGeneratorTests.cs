using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.Measurement;

namespace KeepUp.Domain.Tests.Practice.Generators.Measurement;

/// <summary>
/// The time families over at least 1,000 seeds each: clock readings are checked against the clock
/// in the picture, times and durations are recomputed from the times in the prompt, conversions by
/// the independent <see cref="MeasureOracle"/>, and each family keeps to its precision.
/// </summary>
public sealed partial class TimeGeneratorTests
{
    private static int ClockHour(int hour) => (hour + 11) % 12 + 1;

    private static int Of(TimeAnswer t) => t.Hour % 12 * 60 + t.Minute;

    private static int Of(ClockPicture c) => c.Hour % 12 * 60 + c.Minute;

    private static int Mod(int minutes) => ((minutes % 720) + 720) % 720;

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void ClockReading_ThousandSeeds_EveryAnswerMatchesTheClock()
    {
        var checkedCount = 0;
        var questions = FamilyRun.Questions<ClockReadingGenerator>();
        foreach (var (_, q) in questions)
        {
            var where = $"{q.StepId} seed {q.Seed} question {q.Index} '{q.Prompt}'";
            if (q.Picture is not ClockPicture clock)
            {
                continue;
            }

            checkedCount++;
            var hand = HandSentence().Match(q.Prompt);
            switch (q.Answer)
            {
                case TimeAnswer time:
                    Assert.True(Of(time) == Of(clock), $"{where}: the clock shows {clock.Hour}:{clock.Minute:00}, the answer is {time.Canonical}.");
                    break;
                case NumberAnswer n when q.Prompt.EndsWith($"The short hand points to {PupilNumber.Box}.", StringComparison.Ordinal):
                    Assert.Equal(Fraction.Whole(ClockHour(clock.Hour)), n.Value);
                    break;
                case NumberAnswer n when q.Prompt.EndsWith($"It is half past {PupilNumber.Box}.", StringComparison.Ordinal):
                    Assert.Equal(30, clock.Minute);
                    Assert.Equal(Fraction.Whole(ClockHour(clock.Hour)), n.Value);
                    break;
                case NumberAnswer n when MinutesTo().Match(q.Prompt) is { Success: true } to:
                    Assert.Equal(clock.Minute, 5 * Int(to.Groups[1]));
                    Assert.Equal(ClockHour(clock.Hour + 1), Int(to.Groups[2]));
                    Assert.Equal(Fraction.Whole(60 - clock.Minute), n.Value);
                    break;
                case NumberAnswer n when MarksPast().Match(q.Prompt) is { Success: true } marks:
                    Assert.Equal(clock.Minute, 5 * Int(marks.Groups[2]) + Int(marks.Groups[1]));
                    Assert.Equal(Fraction.Whole(clock.Minute), n.Value);
                    break;
                case NumberAnswer n when hand.Success:
                    var said = TimeAnswer.ReadTime(AnswerText.Tidy(hand.Groups[1].Value))!.Value;
                    Assert.Equal(said.Hour % 12 * 60 + said.Minute, Of(clock));
                    Assert.Equal(Fraction.Whole(clock.Minute), n.Value);
                    break;
                case ChoiceAnswer claim when Claim().Match(q.Prompt) is { Success: true } c:
                    var read = TimeAnswer.ReadTime(AnswerText.Tidy(c.Groups[1].Value))!.Value;
                    Assert.Equal(read.Hour % 12 * 60 + read.Minute == Of(clock) ? "True" : "False", claim.Right);
                    break;
                default:
                    Assert.Fail($"{where}: a clock question the test does not know how to check.");
                    break;
            }
        }

        Assert.True(checkedCount > questions.Count * 3 / 4, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Theory]
    [InlineData("y1-m-tell-time-to-the-hour", new[] { 0 })]
    [InlineData("y1-m-tell-time-to-half-past", new[] { 0, 30 })]
    [InlineData("y2-m-o-clock-and-half-past", new[] { 0, 30 })]
    public void ClockReading_EarlyYears_OnlyOClockAndHalfPast(string stepId, int[] minutes)
    {
        foreach (var q in FamilyRun.Step(stepId).Where(q => q.Picture is ClockPicture))
        {
            Assert.Contains(((ClockPicture)q.Picture!).Minute, minutes);
        }
    }

    [Theory]
    [InlineData("y2-m-time-to-five-minutes", true)]
    [InlineData("y3-m-tell-time-to-5-minutes", true)]
    [InlineData("y3-m-tell-time-to-the-minute", false)]
    [InlineData("y4-m-analogue-and-digital-12-hour", false)]
    public void ClockReading_EverySet_ReadsPastAndToAtItsPrecision(string stepId, bool fives)
    {
        foreach (var set in FamilyRun.Step(stepId).GroupBy(q => q.Seed))
        {
            var minutes = set.Select(q => q.Picture).OfType<ClockPicture>().Select(c => c.Minute).ToList();
            Assert.Contains(minutes, m => m > 30);
            Assert.True(fives ? minutes.All(m => m % 5 == 0) : minutes.Any(m => m % 5 != 0), $"{stepId} seed {set.Key}: minutes {string.Join(", ", minutes)}.");
        }
    }

    [Fact]
    public void ClockHands_ThousandSeeds_DescriptionsMatchTheTime()
    {
        foreach (var (_, q) in FamilyRun.Questions<ClockHandsGenerator>())
        {
            var where = $"{q.StepId} seed {q.Seed} question {q.Index} '{q.Prompt}'";
            if (WhichClock().Match(q.Prompt) is { Success: true } which)
            {
                var t = TimeAnswer.ReadTime(AnswerText.Tidy(which.Groups[1].Value))!.Value;
                Assert.Equal($"Long hand on {(t.Minute == 0 ? 12 : t.Minute / 5)}, short hand {ShortHand(t.Hour, t.Minute)}", q.Answer.Canonical);
            }
            else if (LongHand().Match(q.Prompt) is { Success: true } hand)
            {
                var t = TimeAnswer.ReadTime(AnswerText.Tidy(hand.Groups[1].Value))!.Value;
                Assert.Equal(Fraction.Whole(t.Minute / 5), ((NumberAnswer)q.Answer).Value);
            }
            else if (Drawn().Match(q.Prompt) is { Success: true } drawn)
            {
                var t = TimeAnswer.ReadTime(AnswerText.Tidy(drawn.Groups[1].Value))!.Value;
                var right = Int(drawn.Groups[2]) == t.Minute / 5 && drawn.Groups[3].Value == ShortHand(t.Hour, t.Minute);
                Assert.True((right ? "True" : "False") == q.Answer.Canonical, where);
            }
            else if (HalfPast().Match(q.Prompt) is { Success: true } half)
            {
                var h = Int(half.Groups[1]);
                Assert.Equal($"Halfway between {h} and {ClockHour(h + 1)}", q.Answer.Canonical);
            }
            else
            {
                Assert.Fail($"{where}: a question the test does not know how to check.");
            }
        }
    }

    private static string ShortHand(int hour, int minute) => minute switch
    {
        0 => $"on {ClockHour(hour)}",
        30 => $"halfway between {ClockHour(hour)} and {ClockHour(hour + 1)}",
        < 30 => $"a little past {ClockHour(hour)}",
        _ => $"nearly at {ClockHour(hour + 1)}",
    };

    [Fact]
    public void TwentyFourHour_ThousandSeeds_ConversionsAreRight()
    {
        var questions = FamilyRun.Questions<TwentyFourHourGenerator>();
        foreach (var (_, q) in questions)
        {
            var where = $"{q.StepId} seed {q.Seed} question {q.Index} '{q.Prompt}'";
            if (Afternoon().Match(q.Prompt) is { Success: true } pm)
            {
                var answer = (TimeAnswer)q.Answer;
                Assert.True(answer.TwentyFourHour, where);
                Assert.Equal((Int(pm.Groups[1]) % 12 + 12, pm.Groups[2].Success ? Int(pm.Groups[2]) : 0), (answer.Hour, answer.Minute));
            }
            else if (q.Picture is ClockPicture clock && q.Answer is TimeAnswer fromClock)
            {
                Assert.True(fromClock.TwentyFourHour, where);
                Assert.Equal((clock.Hour, clock.Minute), (fromClock.Hour, fromClock.Minute));
                var expected = q.Prompt.Contains("afternoon", StringComparison.Ordinal) ? clock.Hour >= 12
                    : q.Prompt.Contains("midnight", StringComparison.Ordinal) ? clock.Hour == 0
                    : clock.Hour is > 0 and < 12;
                Assert.True(expected, where);
            }
            else if (ToTwelve().Match(q.Prompt) is { Success: true } t)
            {
                var (h, m) = (Int(t.Groups[1]), Int(t.Groups[2]));
                Assert.Equal($"{ClockHour(h)}:{m:00} {(h < 12 ? "a.m." : "p.m.")}", q.Answer.Canonical);
            }
            else if (SaysPm().Match(q.Prompt) is { Success: true } says)
            {
                Assert.Equal(Int(says.Groups[2]) == Int(says.Groups[1]) + 12 ? "True" : "False", q.Answer.Canonical);
            }
            else
            {
                Assert.Equal(QuestionFormat.AlwaysSometimesNever, q.Format);
                Assert.Equal("Always", q.Answer.Canonical);
            }
        }
    }

    [Fact]
    public void TimeUnits_ThousandSeeds_ConversionsMatchTheOracle()
    {
        var questions = FamilyRun.Questions<TimeUnitsGenerator>();

        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));

        foreach (var (_, q) in questions.Where(x => HundredMinutes().IsMatch(x.Question.Prompt)))
        {
            var m = HundredMinutes().Match(q.Prompt);
            Assert.Equal(Int(m.Groups[1]) == 60 * Int(m.Groups[2]) ? "True" : "False", q.Answer.Canonical);
            checkedCount++;
        }

        Assert.True(checkedCount > questions.Count * 4 / 5, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Theory]
    [InlineData("y2-m-minutes-and-hours", 60, 24)]
    [InlineData("y3-m-seconds-minutes-hours", 60, 60)]
    [InlineData("y5-m-convert-time", 60, 24)]
    public void TimeUnits_EverySet_UsesTheStepsUnits(string stepId, int first, int second)
    {
        foreach (var set in FamilyRun.Step(stepId).GroupBy(q => q.Seed))
        {
            var text = string.Join(" ", set.Select(q => q.Prompt));
            Assert.Contains(first == 60 && second == 24 ? "hours" : "seconds", text, StringComparison.Ordinal);
            Assert.Contains(second == 24 ? "day" : "minute", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DurationCompare_ThousandSeeds_AnswersAreRight()
    {
        var questions = FamilyRun.Questions<DurationCompareGenerator>();

        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));

        foreach (var (_, q) in questions)
        {
            if (Race().Match(q.Prompt) is { Success: true } race)
            {
                var (a, first, b, second, asked) = (race.Groups[1].Value, Int(race.Groups[2]), race.Groups[3].Value, Int(race.Groups[4]), race.Groups[5].Value);
                Assert.Equal((first < second) == (asked == "quicker") ? a : b, q.Answer.Canonical);
                checkedCount++;
            }
            else if (Films().Match(q.Prompt) is { Success: true } films)
            {
                var first = MeasureOracle.Minutes(films.Groups[2].Value)!.Value;
                var second = MeasureOracle.Minutes(films.Groups[4].Value)!.Value;
                Assert.Equal(first > second ? films.Groups[1].Value : second > first ? films.Groups[3].Value : "They are the same", q.Answer.Canonical);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > questions.Count * 2 / 3, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Fact]
    public void Duration_ThousandSeeds_TimesAndDurationsAreRight()
    {
        var questions = FamilyRun.Questions<DurationGenerator>();
        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));
        foreach (var (_, q) in questions)
        {
            var where = $"{q.StepId} seed {q.Seed} question {q.Index} '{q.Prompt}'";
            var times = MeasureOracle.Clocks(q.Prompt);
            var lasts = Lasts().Match(q.Prompt);
            var minutes = lasts.Success ? (int)MeasureOracle.Minutes(lasts.Groups[1].Value)!.Value.Numerator : 0;
            int? expected = q.Answer switch
            {
                NumberAnswer when q.Prompt.Contains("The clock shows when it ends", StringComparison.Ordinal) => Mod(Of((ClockPicture)q.Picture!) - times[0]),
                NumberAnswer when times.Count >= 2 && q.Prompt.Contains("How long", StringComparison.Ordinal) => Mod(times[1] - times[0]),
                TimeAnswer when q.Prompt.Contains("starts at the time on the clock", StringComparison.Ordinal) => Mod(Of((ClockPicture)q.Picture!) + minutes),
                TimeAnswer when q.Prompt.Contains("When did it start?", StringComparison.Ordinal) => Mod(times[0] - minutes),
                TimeAnswer when lasts.Success => Mod(times[0] + minutes),
                _ => null,
            };
            if (expected is { } value)
            {
                var given = q.Answer is TimeAnswer t ? Of(t) : (int)((NumberAnswer)q.Answer).Value.Numerator;
                Assert.True(value == given, $"{where}: expected {value}, the generator says {q.Answer.Canonical}.");
                checkedCount++;
            }
            else if (q.Prompt.EndsWith("Which starts first?", StringComparison.Ordinal))
            {
                var names = StartsAt().Matches(q.Prompt).Select(m => (Name: m.Groups[1].Value, At: MeasureOracle.Clock(m.Groups[2].Value)!.Value)).ToList();
                Assert.Equal(names.MinBy(n => n.At).Name, q.Answer.Canonical);
                checkedCount++;
            }
            else if (q.Prompt.EndsWith("Whose film was longer?", StringComparison.Ordinal))
            {
                var first = Mod(times[1] - times[0]);
                var second = Mod(times[3] - times[2]);
                var names = FilmNames().Match(q.Prompt);
                Assert.Equal(first > second ? names.Groups[1].Value : second > first ? names.Groups[2].Value : "They lasted the same time", q.Answer.Canonical);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > questions.Count * 9 / 10, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Fact]
    public void Duration_Intervals_StayWithinYearTwoNumbers()
    {
        foreach (var q in FamilyRun.Step("y2-m-sequence-and-find-intervals"))
        {
            Assert.All(MeasureOracle.Clocks(q.Prompt), t => Assert.Equal(0, t % 5));
            if (q.Answer is NumberAnswer n)
            {
                Assert.InRange(n.Value.Numerator, 5, 100);
            }
        }
    }

    [GeneratedRegex(@"^(.+) is the same as \d+:\u25A1$")]
    private static partial Regex HandSentence();

    [GeneratedRegex(@"The minute hand points to (\d+)\. It is \u25A1 minutes to (\d+)\.")]
    private static partial Regex MinutesTo();

    [GeneratedRegex(@"The minute hand is (\d+) marks? past the (\d+)\.")]
    private static partial Regex MarksPast();

    [GeneratedRegex(@"says the clock shows (.+)\. True or false\?")]
    private static partial Regex Claim();

    [GeneratedRegex(@"^Which clock shows (.+)\?$")]
    private static partial Regex WhichClock();

    [GeneratedRegex(@"^To show (.+), the long hand points to \u25A1\.$")]
    private static partial Regex LongHand();

    [GeneratedRegex(@"draws (.+) with the long hand on (\d+) and the short hand (.+)\. True or false")]
    private static partial Regex Drawn();

    [GeneratedRegex(@"^At half past (\d+), where is the short hand\?$")]
    private static partial Regex HalfPast();

    [GeneratedRegex(@"^(\d+)(?::(\d\d))? p\.m\. is \u25A1 on the 24-hour clock\.$")]
    private static partial Regex Afternoon();

    [GeneratedRegex(@"^What is (\d\d):(\d\d) on a 12-hour clock\?$")]
    private static partial Regex ToTwelve();

    [GeneratedRegex(@"says (\d+) p\.m\. is (\d\d):00 on the 24-hour clock")]
    private static partial Regex SaysPm();

    [GeneratedRegex(@"^True or false\? ([\d,]+) minutes is (\d+) hours\.$")]
    private static partial Regex HundredMinutes();

    [GeneratedRegex(@"^(\S+) runs round the playground in (\d+) seconds\. (\S+) takes (\d+) seconds\. Who is (quicker|slower)\?$")]
    private static partial Regex Race();

    [GeneratedRegex(@"^(\S+)'s film lasts (.+?)\. (\S+)'s film lasts (.+?)\. Whose film is longer\?$")]
    private static partial Regex Films();

    [GeneratedRegex(@"^(\S+)'s film ran .+?\. (\S+)'s film ran")]
    private static partial Regex FilmNames();

    [GeneratedRegex(@"lasts (\d+ minutes|1 hour \d+ minutes)")]
    private static partial Regex Lasts();

    [GeneratedRegex(@"(?:^|, |and )(\w+) (?:starts )?at (\d+:\d\d)")]
    private static partial Regex StartsAt();
}
