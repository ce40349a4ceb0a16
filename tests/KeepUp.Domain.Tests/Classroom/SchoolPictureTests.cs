using System.Diagnostics;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Mastery;
using Xunit.Abstractions;
using static KeepUp.Domain.Tests.Classroom.SchoolPupilBuilder;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class SchoolPictureTests(ITestOutputHelper output)
{
    private const MasteryStatus Secure = MasteryStatus.Secure;
    private const MasteryStatus Keeping = MasteryStatus.KeepingUp;
    private const MasteryStatus Help = MasteryStatus.NeedsSameDayHelp;
    private const MasteryStatus Again = MasteryStatus.CheckAgain;
    private const MasteryStatus Untaught = MasteryStatus.NotYetTaught;

    [Theory]
    [InlineData(new[] { Secure, Secure, Help }, Help)]
    [InlineData(new[] { Again, Help, Secure }, Help)]
    [InlineData(new[] { Secure, Again, Keeping }, Again)]
    [InlineData(new[] { Secure, Secure, Secure }, Secure)]
    [InlineData(new[] { Secure, Untaught, Secure }, Secure)]
    [InlineData(new[] { Secure, Keeping }, Keeping)]
    [InlineData(new[] { Untaught, Untaught }, Untaught)]
    [InlineData(new MasteryStatus[0], Untaught)]
    public void Overall_StepStatuses_FirstRuleThatApplies(MasteryStatus[] steps, MasteryStatus expected)
    {
        Assert.Equal(expected, With(steps).Overall);
    }

    [Fact]
    public void From_PupilsOfSeveralYears_CountsEachYearGroupYoungestFirst()
    {
        var picture = SchoolPicture.From([Pupil(year: 6, steps: [Help]), Pupil(year: 3, steps: [Secure]), Pupil(year: 6, steps: [Secure]), Pupil(year: 3, steps: [Keeping])]);

        Assert.Equal([3, 6], picture.YearGroups.Select(y => y.YearGroup));
        var year6 = picture.YearGroups[1].Tally;
        Assert.Equal(2, year6.Pupils);
        Assert.Equal(1, year6.PupilsWith(Help));
        Assert.Equal(1, year6.PupilsWith(Secure));
        Assert.Equal(0, year6.PupilsWith(Keeping));
        Assert.Equal(4, picture.School.Pupils);
    }

    [Fact]
    public void From_PupilPremium_ComparesTheGroupWithTheRest()
    {
        var pupils = Times(6, _ => Pupil(pupilPremium: true, steps: [Help])).Concat(Times(9, _ => Pupil(steps: [Secure])));

        var premium = SchoolPicture.From(pupils).Groups.Single(g => g.Group == PupilGroup.PupilPremium);

        Assert.Equal(6, premium.InGroup.Pupils);
        Assert.Equal(6, premium.InGroup.PupilsWith(Help));
        Assert.Equal(9, premium.Rest.Pupils);
        Assert.Equal(9, premium.Rest.PupilsWith(Secure));
        Assert.True(premium.CanCompare);
    }

    [Theory]
    [InlineData(SenStatus.SenSupport, true)]
    [InlineData(SenStatus.EhcPlan, true)]
    [InlineData(SenStatus.None, false)]
    public void IsIn_Send_SenSupportAndEhcPlanBothCount(SenStatus sen, bool expected)
    {
        Assert.Equal(expected, Pupil(sen: sen).IsIn(PupilGroup.Send));
    }

    [Fact]
    public void From_EveryGroup_InGroupAndRestAddUpToTheSchool()
    {
        var pupils = new List<SchoolPupil> { Pupil(eal: true), Pupil(lowerPrior: true), Pupil(sen: SenStatus.EhcPlan, eal: true), Pupil() };

        var picture = SchoolPicture.From(pupils);

        Assert.Equal(Enum.GetValues<PupilGroup>(), picture.Groups.Select(g => g.Group));
        Assert.All(picture.Groups, g => Assert.Equal(picture.School.Pupils, g.InGroup.Pupils + g.Rest.Pupils));
        Assert.Equal(2, picture.Groups.Single(g => g.Group == PupilGroup.Eal).InGroup.Pupils);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(30, false)]
    public void TooFewToCompare_FewerThanFivePupils_IsMarked(int pupils, bool tooFew)
    {
        Assert.Equal(tooFew, MasteryTally.Of(Times(pupils, _ => Pupil())).TooFewToCompare);
    }

    [Fact]
    public void CanCompare_GroupOfTwoAgainstMany_IsFalse()
    {
        var pupils = Times(2, _ => Pupil(eal: true)).Concat(Times(20, _ => Pupil()));

        var eal = SchoolPicture.From(pupils).Groups.Single(g => g.Group == PupilGroup.Eal);

        Assert.True(eal.InGroup.TooFewToCompare);
        Assert.False(eal.Rest.TooFewToCompare);
        Assert.False(eal.CanCompare);
        Assert.Equal(2, eal.InGroup.Pupils);
    }

    [Fact]
    public void Tally_AnswersAndHelp_SharesAreOfWhatWasCounted()
    {
        var tally = MasteryTally.Of(
        [
            Pupil(steps: [Secure, Keeping, Untaught], answers: 10, right: 7, helped: 0),
            Pupil(steps: [Secure, Help], answers: 6, right: 2, helped: 3),
        ]);

        Assert.Equal(16, tally.Answers);
        Assert.Equal(9, tally.RightAnswers);
        Assert.Equal(9 / 16.0, tally.ShareRight);
        Assert.Equal(4, tally.StepStandings);
        Assert.Equal(0.5, tally.ShareOfStepsSecure);
        Assert.Equal(3, tally.TimesHelped);
        Assert.Equal(1.5, tally.TimesHelpedPerPupil);
        Assert.Equal(0.5, tally.ShareWith(Help));
    }

    [Fact]
    public void Tally_NothingToDivideBy_SharesAreNullNotZero()
    {
        var empty = MasteryTally.Of([]);
        var silent = MasteryTally.Of([Pupil(steps: [])]);

        Assert.Null(empty.ShareWith(Secure));
        Assert.Null(empty.TimesHelpedPerPupil);
        Assert.Null(silent.ShareRight);
        Assert.Null(silent.ShareOfStepsSecure);
        Assert.Equal(1, silent.PupilsWith(Untaught));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void From_RandomSchools_EveryPupilCountedOnceInEveryBreakdown(int seed)
    {
        var random = new Random(seed);
        var statuses = Enum.GetValues<MasteryStatus>();
        var pupils = Times(random.Next(0, 200), _ => new SchoolPupil(
            random.Next(1, 7), random.Next(3) == 0, (SenStatus)random.Next(3), random.Next(4) == 0, random.Next(5) == 0,
            [.. Enumerable.Range(0, random.Next(0, 10)).Select(_ => statuses[random.Next(statuses.Length)])], random.Next(20), 0, random.Next(4))).ToList();

        var picture = SchoolPicture.From(pupils);

        var tallies = picture.YearGroups.Select(y => y.Tally).Append(picture.School).Concat(picture.Groups.SelectMany(g => new[] { g.InGroup, g.Rest }));
        Assert.All(tallies, t => Assert.Equal(t.Pupils, statuses.Sum(t.PupilsWith)));
        Assert.Equal(pupils.Count, picture.YearGroups.Sum(y => y.Tally.Pupils));
        Assert.Equal(pupils.Sum(p => p.TimesHelped), picture.YearGroups.Sum(y => y.Tally.TimesHelped));
        Assert.All(picture.Groups, g => Assert.Equal(pupils.Count(p => p.IsIn(g.Group)), g.InGroup.Pupils));
    }

    [Fact]
    public void From_PrimarySchool_CountsQuickly()
    {
        // 7 year groups of 60 pupils on 30 steps: the size the brief names for a primary school.
        var statuses = Enum.GetValues<MasteryStatus>();
        var pupils = Enumerable.Range(0, 7 * 60).Select(i => new SchoolPupil(
            i / 60, i % 3 == 0, (SenStatus)(i % 3), i % 4 == 0, i % 5 == 0,
            [.. Enumerable.Range(0, 30).Select(s => statuses[(i + s) % statuses.Length])], 90, 60, i % 4)).ToList();
        SchoolPicture.From(pupils);

        var timer = Stopwatch.StartNew();
        var picture = SchoolPicture.From(pupils);
        timer.Stop();
        output.WriteLine($"420 pupils × 30 steps counted in {timer.Elapsed.TotalMilliseconds:0.00} ms.");

        Assert.Equal(420, picture.School.Pupils);
        Assert.True(timer.ElapsedMilliseconds < 100, $"Counting took {timer.ElapsedMilliseconds} ms.");
    }
}
