using KeepUp.Domain.Calendar;
using KeepUp.Domain.Programme;

namespace KeepUp.Domain.Tests.Programme;

public sealed class SchoolJourneyTests
{
    private static AcademicYear Y(int start) => AcademicYear.StartingIn(start);

    private static string Describe(IReadOnlyList<JourneyYear> journey) => string.Join(" | ", journey.Select(j => $"{j.Year} {j.Phase}"));

    [Fact]
    public void Build_ReadinessDevelopmentThenEmbedding_FollowsTheRouteAndConsolidatesBetween()
    {
        var journey = SchoolJourney.Build(
            [new("r", Y(2017), WorkGroupType.MasteryReadiness), new("d", Y(2018), WorkGroupType.Development), new("s", Y(2020), WorkGroupType.SustainingEmbedding)],
            [], Y(2021));

        Assert.Equal("2017/18 MasteryReadiness | 2018/19 Development | 2019/20 Consolidating | 2020/21 SustainingEmbedding | 2021/22 Consolidating", Describe(journey));
        Assert.Equal(["d"], journey[1].WorkGroups);
    }

    [Fact]
    public void Build_SpecialistsSchool_TrainsThenDevelops()
    {
        var journey = SchoolJourney.Build([], [Y(2015)], Y(2017));

        Assert.Equal("2015/16 SpecialistTraining | 2016/17 Development | 2017/18 Consolidating", Describe(journey));
    }

    [Fact]
    public void Build_ProjectAlongsideMainRoute_ShowsTheMainRoute()
    {
        var journey = SchoolJourney.Build([new("p", Y(2019), WorkGroupType.LessonDesign), new("d", Y(2019), WorkGroupType.Development), new("q", Y(2020), WorkGroupType.MixedAgeClasses)], [], Y(2020));

        Assert.Equal("2019/20 Development | 2020/21 Project", Describe(journey));
        Assert.Equal(["d", "p"], journey[0].WorkGroups);
    }

    [Fact]
    public void Build_NoRecords_IsEmpty() => Assert.Empty(SchoolJourney.Build([], [], Y(2025)));

    [Theory]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void WorkGroupSize_Warning_OutsideSixOrSeven(int schools, bool warns) => Assert.Equal(warns, WorkGroupSize.Warning(schools) is not null);
}

public sealed class ReadinessProfileTests
{
    private static ReadinessSnapshot Audit(int day, params int[] ratings) =>
        new(new DateOnly(2025, 10, day), ReadinessRatings.Areas.Select((a, i) => (a, ratings[i])).ToDictionary(p => p.a, p => p.Item2));

    [Fact]
    public void Render_TwoAudits_DescribesLatestAndFirstForScreenReaders()
    {
        var svg = ReadinessProfile.Render([Audit(20, 3, 3, 2, 4, 3), Audit(1, 1, 2, 2, 3, 1)], "Oak", "p")!;

        Assert.Contains("Latest audit on 20 October 2025: Vision and culture 3 of 4 (first audit 1)", svg, StringComparison.Ordinal);
        Assert.Contains("Arithmetical proficiency 3 of 4 (first audit 1)", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoAudit_IsNull() => Assert.Null(ReadinessProfile.Render([], "Oak", "p"));
}

public sealed class SpecialistPhasesTests
{
    [Fact]
    public void Build_TrainingDevelopingThenLeading_ByYear()
    {
        var years = SpecialistPhases.Build(AcademicYear.StartingIn(2015), [AcademicYear.StartingIn(2017), AcademicYear.StartingIn(2017), AcademicYear.StartingIn(2019)], AcademicYear.StartingIn(2019));

        Assert.Equal(["2015/16 Training 0", "2016/17 DevelopingOwnSchool 0", "2017/18 LeadingWorkGroups 2", "2018/19 NotLeading 0", "2019/20 LeadingWorkGroups 1"],
            years.Select(y => $"{y.Year} {y.Phase} {y.WorkGroups}"));
    }
}
