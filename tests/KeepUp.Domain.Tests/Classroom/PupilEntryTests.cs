using KeepUp.Domain.Classroom;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class PupilEntryTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    // Born in the 2016/17 cohort, so Year 5 in 2026/27.
    private static PupilEntry Good() => new("b801200005001", "  Ada ", "Lovelace", "2017-03-05", "5", "K");

    [Fact]
    public void Check_GoodEntry_GivesTrimmedDetails()
    {
        var outcome = Good().Check(Today);

        Assert.Empty(outcome.Problems);
        Assert.Equal(new PupilDetails(Upn.Parse("B801200005001"), "Ada", "Lovelace", new DateOnly(2017, 3, 5), 5, SenStatus.SenSupport), outcome.Details);
    }

    [Fact]
    public void Check_WrongCheckLetter_NamesTheUpnField()
    {
        var outcome = (Good() with { Upn = "A801200005001" }).Check(Today);

        Assert.Null(outcome.Details);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(PupilField.Upn, problem.Field);
        Assert.StartsWith("UPN: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_YearGroupNotFittingBirthday_SaysWhichYearItShouldBe()
    {
        var outcome = (Good() with { YearGroup = "4" }).Check(Today);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(PupilField.YearGroup, problem.Field);
        Assert.Contains("expected in Year 5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EverythingBlank_ListsEveryRequiredField()
    {
        var outcome = new PupilEntry(null, "", " ", null, "", "maybe").Check(Today);

        Assert.Equal(
            [PupilField.Upn, PupilField.Forename, PupilField.Surname, PupilField.DateOfBirth, PupilField.YearGroup, PupilField.SenStatus],
            outcome.Problems.Select(p => p.Field));
    }

    [Fact]
    public void Check_FutureBirthday_IsRefused()
    {
        var outcome = (Good() with { DateOfBirth = "2027-01-01" }).Check(Today);

        Assert.Contains(outcome.Problems, p => p.Field == PupilField.DateOfBirth && p.Message.Contains("future", StringComparison.Ordinal));
    }
}
