using KeepUp.Domain.Fluency;
using KeepUp.Domain.Practice;
using static KeepUp.Domain.Tests.Fluency.Answers;

namespace KeepUp.Domain.Tests.Fluency;

public sealed class DailyPracticeTests
{
    private const int Today = 740_000;
    private static readonly FluencySettings Settings = FluencySettings.Default;

    [Fact]
    public void Plan_SameHistorySeedAndDay_GivesTheSameSession()
    {
        var history = SimulatedPupil(3, seed: 4, days: 12);

        var once = DailyPractice.Plan(3, history, 99, Today);
        var again = DailyPractice.Plan(3, history.AsEnumerable().Reverse().Reverse().ToList(), 99, Today);

        Assert.Equal(Ids(once), Ids(again));
        Assert.Equal(once.Items.Select(i => i.Reason), again.Items.Select(i => i.Reason));
    }

    [Fact]
    public void Plan_AnotherSeed_ChangesTheOrderNotTheChoice()
    {
        var history = SimulatedPupil(4, seed: 8, days: 15);

        var sessions = Enumerable.Range(1, 10).Select(seed => DailyPractice.Plan(4, history, seed, Today)).ToList();

        Assert.All(sessions, s => Assert.Equal(Ids(sessions[0]).Order(), Ids(s).Order()));
        Assert.True(sessions.Select(s => string.Join(",", Ids(s))).Distinct().Count() > 1);
    }

    [Fact]
    public void Plan_NewYear1Pupil_StartsWithTheFirstFamilyFewNewFactsEachShownTwice()
    {
        var session = DailyPractice.Plan(1, [], 1, Today);

        Assert.InRange(session.Items.Count, Settings.MinQuestions, Settings.MaxQuestions);
        Assert.Equal(StrategyFamily.AddingZero, session.FocusFamily);
        Assert.Equal(FactCatalogue.All[0], session.Items[0].Fact);
        Assert.All(session.Items, i => Assert.Equal(1, i.Fact.Year));
        Assert.All(session.Items.GroupBy(i => i.Fact.Id), g => Assert.Equal(2, g.Count()));
        Assert.All(session.Items.Take(session.Items.Count / 2), i => Assert.Equal(PracticeReason.New, i.Reason));
        Assert.All(session.Items.Skip(session.Items.Count / 2), i => Assert.Equal(PracticeReason.Again, i.Reason));
    }

    [Fact]
    public void Plan_WrongYesterday_ComesBackTodayTwice()
    {
        var history = Settle(1, 30).Append(Wrong("8+5", Today - 1)).ToList();

        var session = DailyPractice.Plan(2, history, 3, Today);

        Assert.Contains(session.Items, i => i.Fact.Id == "8+5" && i.Reason == PracticeReason.Retry);
        Assert.Contains(session.Items, i => i.Fact.Id == "8+5" && i.Reason == PracticeReason.Again);
    }

    [Fact]
    public void Plan_FactsSpacedOut_ComeBackOnlyWhenDue()
    {
        // 7 × 8 right and fast on two practice days: next due two days after the last.
        var history = new List<FactAttempt> { Fast("7x8", Today - 2), Fast("7x8", Today - 1), Fast("6x7", Today - 1) };

        var session = DailyPractice.Plan(4, history, 3, Today, Settings with { MinQuestions = 1 });

        Assert.DoesNotContain(session.Items, i => i.Fact.Id == "7x8");
        Assert.Contains(session.Items, i => i.Fact.Id == "6x7" && i.Reason == PracticeReason.Review);
        Assert.Contains(DailyPractice.Plan(4, history, 3, Today + 1, Settings with { MinQuestions = 1 }).Items, i => i.Fact.Id == "7x8" && i.Reason == PracticeReason.Review);
    }

    [Fact]
    public void Plan_TooManyFactsGoingWrong_IntroducesNothingNew()
    {
        var wrong = FactCatalogue.ExpectedBy(2).Where(f => f.Year == 2).Take(Settings.MaxFactsGoingWrong).Select(f => Wrong(f.Id, Today - 1));

        var session = DailyPractice.Plan(2, Settle(1, 30).Concat(wrong).ToList(), 5, Today);

        Assert.DoesNotContain(session.Items, i => i.Reason is PracticeReason.New or PracticeReason.Check);
        Assert.Equal(Settings.MaxFactsGoingWrong, session.Items.Count(i => i.Reason == PracticeReason.Retry));
        Assert.Null(session.FocusFamily);
    }

    [Fact]
    public void Plan_FewFactsGoingWrong_IntroducesAFewNewOnesFromOneFamily()
    {
        var session = DailyPractice.Plan(2, Settle(1, 30).Append(Wrong("7-3", Today - 1)).ToList(), 5, Today);

        var fresh = session.Items.Where(i => i.Reason == PracticeReason.New).Select(i => i.Fact).ToList();
        Assert.Equal(Settings.NewFactsPerSession, fresh.Count);
        Assert.Single(fresh.Select(f => f.Family).Distinct());
        Assert.Equal(fresh[0].Family, session.FocusFamily);
        Assert.All(fresh, f => Assert.Equal(2, f.Year));
    }

    [Fact]
    public void Plan_NextFamily_StartsOnlyWhenTheLastIsAllIntroduced()
    {
        var first = FactCatalogue.ExpectedBy(4).Where(f => f.Year == 4).GroupBy(f => f.Family).First().ToList();
        var history = Settle(3, 30).Concat(KnowsFast(first.SkipLast(1).Select(f => f.Id), Today - 1)).ToList();

        var session = DailyPractice.Plan(4, history, 5, Today);

        var fresh = session.Items.Where(i => i.Reason == PracticeReason.New).Select(i => i.Fact).ToList();
        Assert.Equal(first[^1], fresh[0]);
        Assert.All(fresh.Skip(1), f => Assert.NotEqual(first[0].Family, f.Family));
    }

    [Fact]
    public void Plan_Year4PupilNewHere_ChecksEarlierYearsAndLearnsYear4Facts()
    {
        var session = DailyPractice.Plan(4, [], 7, Today);

        Assert.Equal(Settings.NewFactsPerSession, session.Items.Count(i => i.Reason == PracticeReason.New));
        Assert.All(session.Items.Where(i => i.Reason == PracticeReason.New), i => Assert.Equal(4, i.Fact.Year));
        Assert.All(session.Items.Where(i => i.Reason == PracticeReason.Check), i => Assert.True(i.Fact.Year < 4));
        Assert.InRange(session.Items.Count(i => i.Reason == PracticeReason.Check), Settings.CheckFactsPerSession, Settings.MaxQuestions);
    }

    [Fact]
    public void Plan_AllSecure_KeepsTheLongestUnseenWarm()
    {
        var year1 = FactCatalogue.ExpectedBy(1).Select(f => f.Id).ToList();
        var history = KnowsFast(year1.Take(50), Today - 40, Today - 30, Today - 20)
            .Concat(KnowsFast(year1.Skip(50), Today - 12, Today - 11, Today - 10)).ToList();

        var session = DailyPractice.Plan(1, history, 2, Today, Settings with { ReviewIntervals = [60] });

        Assert.Equal(Settings.MinQuestions, session.Items.Count);
        Assert.All(session.Items, i => Assert.Equal(PracticeReason.KeepWarm, i.Reason));
        Assert.All(session.Items, i => Assert.Contains(i.Fact.Id, year1.Take(50)));
    }

    [Fact]
    public void Plan_Items_ComeFamilyByFamilyBeforeTheSecondShowings()
    {
        var history = SimulatedPupil(2, seed: 11, days: 10);

        var session = DailyPractice.Plan(2, history, 3, Today);

        var firstShowings = session.Items.TakeWhile(i => i.Reason != PracticeReason.Again).ToList();
        var families = firstShowings.Select(i => i.Fact.Family).ToList();
        var runs = families.Where((f, i) => i == 0 || families[i - 1] != f).ToList();
        Assert.Equal(runs.Distinct().Count(), runs.Count);
        Assert.All(session.Items.Skip(firstShowings.Count), i => Assert.Equal(PracticeReason.Again, i.Reason));
    }

    [Fact]
    public void Plan_ManySimulatedPupils_StayWithinTheRules()
    {
        for (var pupil = 0; pupil < 300; pupil++)
        {
            var year = 1 + (pupil % 6);
            var history = SimulatedPupil(year, pupil, days: 1 + (pupil % 25));
            var expected = FactCatalogue.ExpectedBy(year).Select(f => f.Id).ToHashSet();

            var session = DailyPractice.Plan(year, history, pupil * 7, Today);

            Assert.InRange(session.Items.Count, 1, Settings.MaxQuestions);
            Assert.All(session.Items, i => Assert.Contains(i.Fact.Id, expected));
            Assert.All(session.Items.GroupBy(i => i.Fact.Id), g => Assert.InRange(g.Count(), 1, 2));
            Assert.All(session.Items.Where(i => i.Reason == PracticeReason.Again), again =>
                Assert.Contains(session.Items, i => i.Fact == again.Fact && i.Reason is PracticeReason.New or PracticeReason.Retry));
        }
    }

    [Fact]
    public void Plan_SimulatedPupilOverATerm_SecuresFacts()
    {
        // A pupil who answers right and fast 90% of the time, practising daily for 60 days.
        var history = new List<FactAttempt>();
        var dice = new Dice(3, "pupil");
        for (var day = Today; day < Today + 60; day++)
        {
            foreach (var item in DailyPractice.Plan(2, history, day, day).Items)
            {
                history.Add(dice.Chance(90) ? Fast(item.Fact.Id, day) : Wrong(item.Fact.Id, day));
            }
        }

        var progress = FactProgress.AgainstExpectations(2, history);
        Assert.True(progress.Secure >= 100, $"only {progress.Secure} secure");
    }

    private static List<string> Ids(PracticeSession session) => session.Items.Select(i => i.Fact.Id).ToList();

    // Every Year N fact known well, long ago: the pupil is ready for the next year's facts.
    private static IEnumerable<FactAttempt> Settle(int year, int daysAgo) =>
        KnowsFast(FactCatalogue.ExpectedBy(year).Select(f => f.Id), Today - daysAgo - 2, Today - daysAgo - 1, Today - daysAgo);

    // A pupil who has practised on some days, with a mix of fast, slow and wrong answers.
    private static List<FactAttempt> SimulatedPupil(int year, int seed, int days)
    {
        var dice = new Dice(seed, "simulated-pupil");
        var facts = FactCatalogue.ExpectedBy(year);
        var history = new List<FactAttempt>();
        for (var day = Today - days; day < Today; day++)
        {
            for (var n = 0; n < 20; n++)
            {
                var fact = facts[dice.Between(0, Math.Min(facts.Count - 1, 40 + (3 * (day - Today + days))))];
                history.Add(new FactAttempt(fact.Id, day, dice.Chance(80), dice.Between(800, 7000)));
            }
        }

        return history;
    }
}
