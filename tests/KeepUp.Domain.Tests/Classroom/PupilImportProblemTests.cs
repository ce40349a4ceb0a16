using KeepUp.Domain.Classroom;
using static KeepUp.Domain.Tests.Classroom.PupilCsv;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class PupilImportProblemTests
{
    [Fact]
    public void Read_SeveralBadRows_ListsEveryProblemWithRowAndColumnAndReadsNoPupil()
    {
        var wrongLetter = "A" + UpnFor(2)[1..];
        var csv = File(
            Row(1),
            wrongLetter + ",Oliver,Bennett,02/10/2017,4,Maple,N,N,N",
            Row(3, forename: "", dob: "31/02/2018"),
            Row(4, year: "5", pp: "Maybe"),
            Row(5, sen: "Y", eal: "perhaps"));

        var outcome = Read(csv);

        Assert.False(outcome.IsSuccess);
        Assert.Null(outcome.Value);
        var found = outcome.Problems.Select(p => (p.Row, p.Column)).ToList();
        Assert.Equal(
        [
            (3, "UPN"), (4, "Forename"), (4, "Date of birth"), (5, "Year group"), (5, "Pupil premium"), (6, "SEN status"), (6, "EAL"),
        ], found);
        Assert.All(outcome.Problems, p => Assert.Equal("pupils.csv", p.File));
    }

    [Fact]
    public void Read_WrongCheckLetter_SaysTheRightOne()
    {
        var problem = SingleProblem(File("A" + UpnFor(1)[1..] + ",Amara,Okafor,14/09/2017,4,Maple,N,N,N"));

        Assert.Equal($"pupils.csv row 2, column UPN: the check letter should be {UpnFor(1)[0]}, not A — check for a mistyped digit.", problem.ToString());
    }

    [Fact]
    public void Read_DuplicateUpn_IsReportedOnTheSecondRowNamingTheFirst()
    {
        var problem = SingleProblem(File(Row(1), Row(2), Row(1, forename: "Zainab", surname: "Hussain")));

        Assert.Equal((4, "UPN"), (problem.Row, problem.Column));
        Assert.Contains("already on row 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateUpnInDifferentCase_IsStillADuplicate()
    {
        var problem = SingleProblem(File(Row(1), Row(1).ToLowerInvariant().Replace("maple", "Maple", StringComparison.Ordinal)));

        Assert.Equal(3, problem.Row);
    }

    [Fact]
    public void Read_YearGroupNotFittingDateOfBirth_SaysWhichYearIsExpected()
    {
        // In 2025/26 a child born in May 2017 is in Year 4 (in 2026/27, Year 5).
        var outcome = PupilImport.Read(File(Row(1, dob: "03/05/2017", year: "5")), "pupils.csv", new DateOnly(2026, 3, 1));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("Year group", problem.Column);
        Assert.Equal("born 3 May 2017, so expected in Year 4 in 2025/26, not Year 5.", problem.Message);
    }

    [Fact]
    public void Read_DateOfBirthMakingThePupilReceptionAge_SaysReception()
    {
        var problem = SingleProblem(File(Row(1, dob: "10/10/2021", year: "1")));

        Assert.Contains("expected in Reception", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31/02/2018", "not a real date")]
    [InlineData("29/02/2018", "not a real date")]
    [InlineData("14/13/2017", "not a real date")]
    [InlineData("09/14/2017", "not a real date")]
    [InlineData("14/09/17", "four-digit year")]
    [InlineData("last spring", "four-digit year")]
    [InlineData("", "missing")]
    [InlineData("01/01/2027", "in the future")]
    public void Read_BadDateOfBirth_IsAProblem(string dob, string expected)
    {
        var problem = SingleProblem(File(Row(1, dob: dob)));

        Assert.Equal("Date of birth", problem.Column);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R")]
    [InlineData("Reception")]
    [InlineData("YR")]
    [InlineData("N2")]
    [InlineData("Nursery")]
    [InlineData("0")]
    public void Read_ReceptionOrNursery_IsRefusedBecauseKeepUpCoversYears1To6(string year)
    {
        var problem = SingleProblem(File(Row(1, year: year)));

        Assert.Contains("KeepUp covers Years 1–6", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7", "secondary")]
    [InlineData("Year 9", "secondary")]
    [InlineData("Y21", "not a year group")]
    [InlineData("four", "not a year group")]
    [InlineData("", "missing")]
    public void Read_YearGroupOutsidePrimary_IsAProblem(string year, string expected) =>
        Assert.Contains(expected, SingleProblem(File(Row(1, year: year))).Message, StringComparison.Ordinal);

    [Fact]
    public void Read_NameTooLong_IsAProblem()
    {
        var problem = SingleProblem(File(Row(1, surname: new string('a', 101))));

        Assert.Equal("Surname", problem.Column);
        Assert.Contains("up to 100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NameOfExactlyTheLimit_IsAccepted() =>
        Assert.Equal(100, ReadValid(File(Row(1, surname: new string('a', 100)))).Pupils[0].Surname.Length);

    [Fact]
    public void Read_NameWithLineBreak_IsAProblem() =>
        Assert.Equal("Forename", SingleProblem(File(Row(1, forename: "\"Amara\nOkafor\""))).Column);

    [Fact]
    public void Read_MissingClass_IsAProblem() =>
        Assert.Equal("Class", SingleProblem(File(Row(1, className: " "))).Column);

    [Fact]
    public void Read_ShortRow_ReportsTheMissingCells()
    {
        var outcome = Read(File(UpnFor(1) + ",Amara,Okafor"));

        Assert.Equal(["Date of birth", "Year group", "Class"], outcome.Problems.Select(p => p.Column));
    }

    [Fact]
    public void Read_MissingColumns_OneProblemNamingThemAll()
    {
        var problem = SingleProblem("UPN,Forename,Surname,Year group,Class,Pupil premium,SEN status\n" + UpnFor(1) + ",Amara,Okafor,4,Maple,N,N\n");

        Assert.Equal(1, problem.Row);
        Assert.Null(problem.Column);
        Assert.Contains("no Date of birth, EAL columns", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_IsRefusedSoNoPupilIsArchivedByAccident() =>
        Assert.Contains("no pupils", SingleProblem(Header + "\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Read_EmptyFile_IsRefused() => Assert.Equal(1, SingleProblem(string.Empty).Row);

    [Fact]
    public void Read_UnclosedQuote_IsRefusedWithTheLine() =>
        Assert.Equal(3, SingleProblem(File(Row(1), "\"" + Row(2))).Row);

    [Fact]
    public void Read_MoreThanTheCap_IsOneProblemAtTheFirstRowOverTheCap()
    {
        var rows = Enumerable.Range(1, PupilImport.MaxPupils + 1).Select(i => Row(i % 1000, className: "C" + i));
        var problem = SingleProblem(File([.. rows]));

        Assert.Equal(PupilImport.MaxPupils + 2, problem.Row);
        Assert.Contains("5,001 pupils", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExactlyTheCap_ReadsEveryPupil()
    {
        var rows = Enumerable.Range(1, PupilImport.MaxPupils).Select(i =>
            Upn.WithCheckLetter("938" + i.ToString("000000000", System.Globalization.CultureInfo.InvariantCulture)).Value +
            ",Pupil,Number" + i + ",14/09/2017,4,Class " + (i / 30) + ",N,N,N");

        var roster = ReadValid(Header + "\n" + string.Join("\n", rows));

        Assert.Equal(PupilImport.MaxPupils, roster.Pupils.Count);
        Assert.Equal((PupilImport.MaxPupils / 30) + 1, roster.ClassNames.Count);
    }

    [Fact]
    public void Read_ProblemColumn_IsTheHeaderAsTheFileWritesIt()
    {
        var csv = $"upn,Legal Forename,Surname,DOB,NC Year,Reg Group,PP,SEN,EAL\n{UpnFor(1)},Amara,Okafor,14/09/2017,Y4,Maple,N,N,maybe\n";

        Assert.Equal("EAL", SingleProblem(csv).Column);
        Assert.Equal("NC Year", SingleProblem(csv.Replace("Y4", "Y7", StringComparison.Ordinal).Replace("maybe", "N", StringComparison.Ordinal)).Column);
    }
}
