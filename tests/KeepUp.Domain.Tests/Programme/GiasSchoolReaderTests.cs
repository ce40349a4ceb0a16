using KeepUp.Domain.Programme;

namespace KeepUp.Domain.Tests.Programme;

public sealed class GiasSchoolReaderTests
{
    private static ImportFile RealFile(string name) =>
        new(name, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Programme", "Gias", name)));

    [Fact]
    public void Read_Real2024Extract_ReadsEverySchoolWithTypeAndFunding()
    {
        var outcome = GiasSchoolReader.Read(RealFile("gias_full_columns_sample_2024.csv"));

        Assert.True(outcome.IsSuccess, string.Join("; ", outcome.Problems));
        var schools = outcome.Value!;
        Assert.Equal(8, schools.Count);
        var aldgate = schools.Single(s => s.Urn.Value == 100000);
        Assert.Equal(("The Aldgate School", "City of London", "Voluntary aided school", "Primary", "Open", "EC3A 5DE"),
            (aldgate.Name, aldgate.LocalAuthority, aldgate.EstablishmentType, aldgate.Phase, aldgate.Status, aldgate.Postcode));
        Assert.True(aldgate.IsStateFunded);
        Assert.True(schools.Single(s => s.Urn.Value == 137666).IsStateFunded);
        Assert.False(schools.Single(s => s.Urn.Value == 101173).IsStateFunded);
        Assert.False(schools.Single(s => s.Urn.Value == 150516).IsStateFunded);
    }

    [Fact]
    public void Read_RealOlderExtract_ReadsItsDifferentHeader()
    {
        var outcome = GiasSchoolReader.Read(RealFile("gias_full_columns_sample_older.csv"));

        Assert.True(outcome.IsSuccess, string.Join("; ", outcome.Problems));
        Assert.Equal(19, outcome.Value!.Count);
        Assert.Equal("Argyle Primary School", outcome.Value.Single(s => s.Urn.Value == 100008).Name);
        Assert.False(outcome.Value.Single(s => s.Urn.Value == 100001).IsStateFunded);
        Assert.True(outcome.Value.Single(s => s.Urn.Value == 100007).IsStateFunded);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderWithExtras_FindsThemByName()
    {
        var file = new ImportFile("g.csv", "Postcode,Extra,TypeOfEstablishment (name),EstablishmentName,URN\nAB1 2CD,x,Academy converter,\"Oak, Primary\",123456\n");

        var school = Assert.Single(GiasSchoolReader.Read(file).Value!);

        Assert.Equal((123456, "Oak, Primary", "AB1 2CD"), (school.Urn.Value, school.Name, school.Postcode));
    }

    [Fact]
    public void Read_BadAndDuplicateUrns_NamesEachRow()
    {
        var file = new ImportFile("g.csv", "URN,EstablishmentName,TypeOfEstablishment (name)\n12345,A,Community school\n123456,B,Community school\n123456,C,Community school\n");

        var problems = GiasSchoolReader.Read(file).Problems;

        Assert.Equal(["g.csv row 2, column URN", "g.csv row 4, column URN"], problems.Select(p => $"{p.File} row {p.Row}, column {p.Column}"));
        Assert.Contains("row 3", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingGiasColumn_IsRefusedOnTheHeaderRow()
    {
        var problem = Assert.Single(GiasSchoolReader.Read(new ImportFile("g.csv", "urn,name\n123456,A\n")).Problems, p => p.Column == "EstablishmentName");

        Assert.Equal(1, problem.Row);
    }
}
