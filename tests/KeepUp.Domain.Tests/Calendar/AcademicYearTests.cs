using KeepUp.Domain.Calendar;

namespace KeepUp.Domain.Tests.Calendar;

public sealed class AcademicYearTests
{
    [Theory]
    [InlineData("2015/16", 2015)]
    [InlineData("2015-16", 2015)]
    [InlineData(" 2015/2016 ", 2015)]
    [InlineData("1999/00", 1999)]
    public void TryParse_WrittenYear_ReadsStart(string text, int start)
    {
        Assert.True(AcademicYear.TryParse(text, out var year));
        Assert.Equal(start, year.StartYear);
    }

    [Theory]
    [InlineData("2015/17")]
    [InlineData("2015")]
    [InlineData("15/16")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2015/1x")]
    public void TryParse_Malformed_IsRefused(string? text) => Assert.False(AcademicYear.TryParse(text, out _));

    [Fact]
    public void ToString_WritesShortSecondYear() => Assert.Equal("2025/26", AcademicYear.StartingIn(2025).ToString());

    [Theory]
    [InlineData("2026-08-31", 2025)]
    [InlineData("2026-09-01", 2026)]
    [InlineData("2027-01-05", 2026)]
    public void Containing_Date_GivesSeptemberToAugustYear(string date, int start) =>
        Assert.Equal(start, AcademicYear.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).StartYear);

    [Theory]
    [InlineData("2019-09-01", 1)] // oldest in Year 1 during 2025/26
    [InlineData("2020-08-31", 1)] // youngest in Year 1
    [InlineData("2014-09-01", 6)]
    [InlineData("2020-09-01", 0)] // Reception
    public void YearGroupOf_DateOfBirth_FollowsSeptemberCohorts(string dateOfBirth, int yearGroup) =>
        Assert.Equal(yearGroup, AcademicYear.StartingIn(2025).YearGroupOf(DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-22", HalfTerm.Autumn2, "2026-11-01")]
    [InlineData("2027-02-14", HalfTerm.Spring1, "2027-01-01")]
    [InlineData("2027-02-15", HalfTerm.Spring2, "2027-02-15")]
    [InlineData("2027-07-20", HalfTerm.Summer2, "2027-06-01")]
    public void HalfTermOf_Date_GivesHalfTermAndItsStart(string date, HalfTerm halfTerm, string start)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(halfTerm, AcademicYear.HalfTermOf(day));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), AcademicYear.HalfTermStart(day));
    }
}
