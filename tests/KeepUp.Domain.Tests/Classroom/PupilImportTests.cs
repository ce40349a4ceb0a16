using KeepUp.Domain.Classroom;
using static KeepUp.Domain.Tests.Classroom.PupilCsv;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class PupilImportTests
{
    [Fact]
    public void Read_PlainExport_ReadsEveryDetail()
    {
        var roster = ReadValid(File(
            Row(1, "Amara", "Okafor", "14/09/2017", "4", "Maple", "Y", "K", "Y"),
            Row(2, "Oliver", "Bennett", "2018-08-31", "Year 4", "Maple", "no", "E", "")));

        Assert.Equal(2, roster.Pupils.Count);
        var amara = roster.Pupils[0];
        Assert.Equal(UpnFor(1), amara.Upn.Value);
        Assert.Equal(("Amara", "Okafor"), (amara.Forename, amara.Surname));
        Assert.Equal(new DateOnly(2017, 9, 14), amara.DateOfBirth);
        Assert.Equal(4, amara.YearGroup);
        Assert.Equal("Maple", amara.ClassName);
        Assert.True(amara.PupilPremium);
        Assert.Equal(SenStatus.SenSupport, amara.SenStatus);
        Assert.True(amara.Eal);
        Assert.Equal(2, amara.Line);
        var oliver = roster.Pupils[1];
        Assert.Equal(new DateOnly(2018, 8, 31), oliver.DateOfBirth);
        Assert.False(oliver.PupilPremium);
        Assert.Equal(SenStatus.EhcPlan, oliver.SenStatus);
        Assert.False(oliver.Eal);
        Assert.Equal(["Maple"], roster.ClassNames);
        Assert.Equal(2026, roster.Year.StartYear);
    }

    [Fact]
    public void Read_SimsStyleExportWithBomCrlfReorderedAndExtraColumns_FindsColumnsByName()
    {
        var csv = "\uFEFFAdno,Legal Surname,Legal Forename,Gender,DOB,NC Year,Reg Group,UPN,PP,SEN Provision,First Language,Ethnicity\r\n" +
            $"002201,\"O'Connor, Jr\",Ruby,F,28/04/2018,Y4,Maple,{UpnFor(1)},True,N,ENG,WIRI\r\n" +
            $"002202,Demir,Yusuf,M,29/01/2018,Y4,Maple,{UpnFor(2)},False,K,TUR,OTUR\r\n";

        var roster = ReadValid(csv);

        Assert.Equal("O'Connor, Jr", roster.Pupils[0].Surname);
        Assert.Equal("Ruby", roster.Pupils[0].Forename);
        Assert.True(roster.Pupils[0].PupilPremium);
        Assert.False(roster.Pupils[0].Eal);
        Assert.True(roster.Pupils[1].Eal);
        Assert.Equal(SenStatus.SenSupport, roster.Pupils[1].SenStatus);
        Assert.Equal(3, roster.Pupils[1].Line);
    }

    [Theory]
    [InlineData("upn,first name,last name,dob,curriculum year,registration group,pupil premium indicator,send,eal")]
    [InlineData("UPN,FirstName,LastName,DateOfBirth,YearGroup,Form,PupilPremium,SENStatus,EAL")]
    [InlineData("Unique Pupil Number,Legal_Forename,Legal_Surname,Date of Birth,Year,Reg,PP,SEN,English as an additional language")]
    public void Read_HeaderAliases_AreRecognised(string header)
    {
        var roster = ReadValid(header + "\n" + Row(1) + "\n");

        Assert.Equal("Amara", roster.Pupils[0].Forename);
        Assert.Equal("Maple", roster.Pupils[0].ClassName);
    }

    [Fact]
    public void Read_PreferredAndLegalForename_UsesThePreferredOne()
    {
        var csv = $"UPN,Legal Forename,Preferred Forename,Surname,DOB,Year,Class,PP,SEN,EAL\n{UpnFor(1)},Alexander,Alex,Petrov,30/08/2018,4,Maple,N,N,N\n";

        Assert.Equal("Alex", ReadValid(csv).Pupils[0].Forename);
    }

    [Theory]
    [InlineData("ENG", false)]
    [InlineData("ENB", false)]
    [InlineData("English", false)]
    [InlineData("NOT", false)]
    [InlineData("REF", false)]
    [InlineData("", false)]
    [InlineData("POL", true)]
    [InlineData("Somali", true)]
    [InlineData("URD", true)]
    public void Read_FirstLanguageColumn_MeansEalWhenALanguageOtherThanEnglishIsRecorded(string language, bool eal)
    {
        var csv = $"UPN,Forename,Surname,DOB,Year,Class,PP,SEN,First language\n{UpnFor(1)},Musa,Abdi,09/07/2018,4,Maple,N,N,{language}\n";

        Assert.Equal(eal, ReadValid(csv).Pupils[0].Eal);
    }

    [Fact]
    public void Read_EalAndFirstLanguageBothPresent_TheEalColumnDecides()
    {
        var csv = $"UPN,Forename,Surname,DOB,Year,Class,PP,SEN,First language,EAL\n{UpnFor(1)},Musa,Abdi,09/07/2018,4,Maple,N,N,SOM,N\n";

        Assert.False(ReadValid(csv).Pupils[0].Eal);
    }

    [Theory]
    [InlineData("4", 4)]
    [InlineData("04", 4)]
    [InlineData("Y4", 4)]
    [InlineData("y 4", 4)]
    [InlineData("Yr4", 4)]
    [InlineData("Year 4", 4)]
    public void Read_YearGroupWritings_AreRead(string written, int year) =>
        Assert.Equal(year, ReadValid(File(Row(1, year: written))).Pupils[0].YearGroup);

    [Theory]
    [InlineData("Y", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("N", false)]
    [InlineData("No", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void Read_YesNoWritings_AreRead(string written, bool value)
    {
        var pupil = ReadValid(File(Row(1, pp: written, eal: written))).Pupils[0];

        Assert.Equal(value, pupil.PupilPremium);
        Assert.Equal(value, pupil.Eal);
    }

    [Theory]
    [InlineData("", SenStatus.None)]
    [InlineData("N", SenStatus.None)]
    [InlineData("k", SenStatus.SenSupport)]
    [InlineData("SEN support", SenStatus.SenSupport)]
    [InlineData("E", SenStatus.EhcPlan)]
    [InlineData("EHCP", SenStatus.EhcPlan)]
    [InlineData("S", SenStatus.EhcPlan)]
    [InlineData("Statement", SenStatus.EhcPlan)]
    public void Read_SenWritings_AreRead(string written, SenStatus status) =>
        Assert.Equal(status, ReadValid(File(Row(1, sen: written))).Pupils[0].SenStatus);

    [Theory]
    [InlineData("14/09/2017")]
    [InlineData("14/9/2017")]
    [InlineData("2017-09-14")]
    [InlineData("14/09/2017 00:00:00")]
    [InlineData("14-09-2017")]
    public void Read_DateWritings_AreRead(string written) =>
        Assert.Equal(new DateOnly(2017, 9, 14), ReadValid(File(Row(1, dob: written))).Pupils[0].DateOfBirth);

    [Fact]
    public void Read_NamesAndClassWithSpaces_AreTrimmed()
    {
        var pupil = ReadValid(File(Row(1, forename: "  Mei Lin ", surname: " Chen", className: " Maple "))).Pupils[0];

        Assert.Equal(("Mei Lin", "Chen", "Maple"), (pupil.Forename, pupil.Surname, pupil.ClassName));
    }

    [Fact]
    public void Read_ClassSpelledInDifferentCases_IsOneClassWithItsFirstSpelling()
    {
        var roster = ReadValid(File(Row(1, className: "Maple"), Row(2, className: "maple"), Row(3, className: "Oak", dob: "01/09/2017")));

        Assert.Equal(["Maple", "Oak"], roster.ClassNames);
        Assert.Equal("Maple", roster.Pupils[1].ClassName);
    }

    [Fact]
    public void Read_LowerCaseUpn_IsStoredInCapitals() =>
        Assert.Equal(UpnFor(1), ReadValid(File(Row(1).ToLowerInvariant().Replace("maple", "Maple", StringComparison.Ordinal))).Pupils[0].Upn.Value);

    [Fact]
    public void Read_YearGroupChecked_AgainstTheAcademicYearContainingToday()
    {
        // Born 14 September 2017: Year 4 in 2026/27, Year 3 in 2025/26 (before 1 September 2026).
        var csv = File(Row(1, year: "3"));

        Assert.True(PupilImport.Read(csv, "pupils.csv", new DateOnly(2026, 7, 20)).IsSuccess);
        Assert.False(PupilImport.Read(csv, "pupils.csv", new DateOnly(2026, 9, 1)).IsSuccess);
    }
}
