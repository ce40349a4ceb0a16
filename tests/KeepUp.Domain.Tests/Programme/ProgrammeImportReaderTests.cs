using KeepUp.Domain.Programme;

namespace KeepUp.Domain.Tests.Programme;

public sealed class ProgrammeImportReaderTests
{
    [Fact]
    public void Read_GoodFiles_ReadsEveryRecord()
    {
        var import = ProgrammeImportReader.Read(new ProgrammeFilesBuilder().Build(), KnownProgramme.None).Value!;

        Assert.Equal(2, import.Hubs.Count);
        Assert.Equal(3, import.Schools.Count);
        var specialist = Assert.Single(import.Specialists);
        Assert.Equal(("s1", 100001, "h1", "2015/16"), (specialist.Id, specialist.School.Value, specialist.HubId, specialist.Cohort.ToString()));
        var group = Assert.Single(import.WorkGroups);
        Assert.Equal((WorkGroupType.Development, "2016/17"), (group.Type, group.Year.ToString()));
        Assert.Equal([100002, 100003], import.Memberships.Select(m => m.School.Value));
    }

    [Theory]
    [InlineData("specialists", "s1,Ann,100001,h1,2015/17", "specialists.csv row 2, column Cohort")]
    [InlineData("specialists", "s1,Ann,999999,h1,2015/16", "specialists.csv row 2, column SchoolURN")]
    [InlineData("specialists", "s1,Ann,100001,nohub,2015/16", "specialists.csv row 2, column HubId")]
    [InlineData("workgroups", "w1,h1,2016/17,Development,nobody", "workgroups.csv row 2, column LeadSpecialistId")]
    [InlineData("workgroups", "w1,h1,2016/17,Knitting,s1", "workgroups.csv row 2, column Type")]
    [InlineData("workgroups", "w1,h1,16/17,Development,s1", "workgroups.csv row 2, column AcademicYear")]
    public void Read_OneBadRow_RefusesNamingFileRowAndColumn(string file, string row, string expected)
    {
        var builder = new ProgrammeFilesBuilder();
        if (file == "specialists")
        {
            builder.Specialists = "SpecialistId,Name,SchoolURN,HubId,Cohort\n" + row + "\n";
        }
        else
        {
            builder.WorkGroups = "WorkGroupId,HubId,AcademicYear,Type,LeadSpecialistId\n" + row + "\n";
        }

        var outcome = ProgrammeImportReader.Read(builder.Build(), KnownProgramme.None);

        Assert.Null(outcome.Value);
        Assert.Contains(outcome.Problems, p => p.ToString().StartsWith(expected + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicateIds_NamesTheSecondRowAndTheFirst()
    {
        var builder = new ProgrammeFilesBuilder { Hubs = "HubId,Name,Region\nh1,Hub One,South West\nh1,Again,London\n" };

        var problem = Assert.Single(ProgrammeImportReader.Read(builder.Build(), KnownProgramme.None).Problems);

        Assert.Equal(("hubs.csv", 3, "HubId"), (problem.File, problem.Row, problem.Column));
        Assert.Contains("row 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateMembership_IsRefused()
    {
        var builder = new ProgrammeFilesBuilder { Members = "WorkGroupId,SchoolURN\nw1,100002\nw1,100002\n" };

        var problem = Assert.Single(ProgrammeImportReader.Read(builder.Build(), KnownProgramme.None).Problems);

        Assert.Equal(("workgroup-schools.csv", 3), (problem.File, problem.Row));
    }

    [Fact]
    public void Read_RowsReferringToStoredRecords_AreAccepted()
    {
        var known = new KnownProgramme(new HashSet<string> { "h9" }, new HashSet<int> { 200001 }, new HashSet<string> { "s9" }, new HashSet<string> { "w9" });
        var files = new ProgrammeFiles(null, null, null,
            new ImportFile("wg.csv", "WorkGroupId,HubId,AcademicYear,Type,LeadSpecialistId\nw10,h9,2020/21,Mastery Readiness,s9\n"),
            new ImportFile("m.csv", "WorkGroupId,SchoolURN\nw9,200001\nw10,200001\n"));

        var outcome = ProgrammeImportReader.Read(files, known);

        Assert.True(outcome.IsSuccess, string.Join("; ", outcome.Problems));
        Assert.Equal(WorkGroupType.MasteryReadiness, outcome.Value!.WorkGroups[0].Type);
    }

    [Fact]
    public void Read_MissingColumn_IsRefusedOnTheHeaderRow()
    {
        var builder = new ProgrammeFilesBuilder { Specialists = "SpecialistId,Name,HubId,Cohort\ns1,Ann,h1,2015/16\n" };

        var problems = ProgrammeImportReader.Read(builder.Build(), KnownProgramme.None).Problems;

        Assert.Contains(problems, p => p is { File: "specialists.csv", Row: 1, Column: "SchoolURN" });
    }

    [Theory]
    [InlineData("Sustaining/Embedding", WorkGroupType.SustainingEmbedding)]
    [InlineData("mastery readiness", WorkGroupType.MasteryReadiness)]
    [InlineData("Mixed-age classes", WorkGroupType.MixedAgeClasses)]
    [InlineData("LessonDesign", WorkGroupType.LessonDesign)]
    public void WorkGroupTypes_TryParse_ReadsHubSpellings(string text, WorkGroupType expected)
    {
        Assert.True(WorkGroupTypes.TryParse(text, out var type));
        Assert.Equal(expected, type);
        Assert.True(WorkGroupTypes.TryParse(type.Name(), out var back));
        Assert.Equal(type, back);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("")]
    [InlineData("Book club")]
    public void WorkGroupTypes_TryParse_RefusesOthers(string text) => Assert.False(WorkGroupTypes.TryParse(text, out _));

    [Theory]
    [InlineData("123456", true)]
    [InlineData(" 123456 ", true)]
    [InlineData("12345", false)]
    [InlineData("1234567", false)]
    [InlineData("012345", false)]
    [InlineData("12a456", false)]
    public void Urn_TryParse_AcceptsSixDigits(string text, bool expected) => Assert.Equal(expected, Urn.TryParse(text, out _));
}
