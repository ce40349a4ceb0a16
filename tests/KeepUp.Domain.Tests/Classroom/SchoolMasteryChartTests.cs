using KeepUp.Domain.Classroom;
using KeepUp.Domain.Mastery;
using static KeepUp.Domain.Tests.Classroom.SchoolPupilBuilder;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class SchoolMasteryChartTests
{
    private static SchoolPicture Sample() => SchoolPicture.From(
        Times(12, i => Pupil(year: 3, pupilPremium: i % 3 == 0, eal: i < 3, steps: [i < 5 ? MasteryStatus.Secure : i < 9 ? MasteryStatus.KeepingUp : MasteryStatus.NeedsSameDayHelp]))
            .Concat(Times(8, i => Pupil(year: 4, pupilPremium: i % 2 == 0, steps: [i < 2 ? MasteryStatus.CheckAgain : MasteryStatus.Secure, MasteryStatus.Secure])))
            .Concat(Times(3, _ => Pupil(year: 5, sen: SenStatus.SenSupport, lowerPrior: true, steps: [MasteryStatus.NeedsSameDayHelp]))));

    [Fact]
    public void YearGroups_Sample_MatchesApprovedSvg()
    {
        var svg = SchoolMasteryChart.YearGroups(Sample().YearGroups, "years");

        ApprovedFile.Verify(svg, "Classroom/SchoolMasteryChartTests.YearGroups_Sample.approved.svg");
    }

    [Fact]
    public void PupilGroups_Sample_MatchesApprovedSvg()
    {
        var svg = SchoolMasteryChart.PupilGroups(Sample().Groups, "groups");

        ApprovedFile.Verify(svg, "Classroom/SchoolMasteryChartTests.PupilGroups_Sample.approved.svg");
    }

    [Fact]
    public void YearGroups_Render_DescribesEveryBarForScreenReaders()
    {
        var svg = SchoolMasteryChart.YearGroups(Sample().YearGroups, "years");

        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"years-title\">", svg, StringComparison.Ordinal);
        Assert.Contains("Year 3: 12 pupils, 5 secure, 4 keeping up, 0 to check again, 3 needing same-day help, 0 not yet taught.", svg, StringComparison.Ordinal);
        Assert.Contains("Year 4: 8 pupils, 6 secure, 0 keeping up, 2 to check again", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void YearGroups_YearOfThree_ShowsTheCountButNoBar()
    {
        var svg = SchoolMasteryChart.YearGroups(Sample().YearGroups, "years");

        Assert.Contains("Year 5: 3 pupils, too few to compare.", svg, StringComparison.Ordinal);
        Assert.Contains(">3 pupils<", svg, StringComparison.Ordinal);
        Assert.Contains(">Too few to compare<", svg, StringComparison.Ordinal);
        // Three pupils needing help would otherwise draw a full striped bar.
        Assert.Equal(1 + 1, Count(svg, "url(#years-help)"));
    }

    [Fact]
    public void PupilGroups_Render_PairsEachGroupWithTheRest()
    {
        var svg = SchoolMasteryChart.PupilGroups(Sample().Groups, "groups");

        Assert.Contains(">Pupil premium against the rest<", svg, StringComparison.Ordinal);
        Assert.Contains(">Not pupil premium<", svg, StringComparison.Ordinal);
        Assert.Contains("SEND: 3 pupils, too few to compare. No SEND: 20 pupils,", svg, StringComparison.Ordinal);
        Assert.Contains("id=\"groups-help\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void YearGroups_NoPupils_SaysSo()
    {
        var svg = SchoolMasteryChart.YearGroups([], "years");

        Assert.Contains("No pupils on roll yet", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "Reception")]
    [InlineData(4, "Year 4")]
    public void YearName_YearGroup_ReadsAsTeachersSayIt(int year, string expected)
    {
        Assert.Equal(expected, SchoolMasteryChart.YearName(year));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
