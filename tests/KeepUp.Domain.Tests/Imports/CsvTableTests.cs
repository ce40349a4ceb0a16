using KeepUp.Domain.Imports;

namespace KeepUp.Domain.Tests.Imports;

public sealed class CsvTableTests
{
    [Fact]
    public void Parse_QuotedFieldsAndAnyColumnOrder_FindsFieldsByHeader()
    {
        var table = Parse("\uFEFFSurname,UPN,Forename\r\n\"O'Neil, Jr\",A123,\"Ann \"\"Annie\"\"\"\r\n\r\nSmith,B456,Bo\n");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("O'Neil, Jr", table.Field(table.Rows[0], "surname"));
        Assert.Equal("Ann \"Annie\"", table.Field(table.Rows[0], "Forename"));
        Assert.Equal(4, table.Rows[1].Line);
        Assert.Equal(string.Empty, table.Field(table.Rows[1], "Not there"));
    }

    [Fact]
    public void Parse_FieldWithLineBreak_CountsLinesForLaterRows()
    {
        var table = Parse("a,b\n\"one\ntwo\",x\ny,z\n");

        Assert.Equal("one\ntwo", table.Field(table.Rows[0], "a"));
        Assert.Equal(2, table.Rows[0].Line);
        Assert.Equal(4, table.Rows[1].Line);
    }

    [Fact]
    public void Parse_UnclosedQuote_NamesTheLine()
    {
        var outcome = CsvTable.Parse("a,b\n1,2\n\"3,4\n", "pupils.csv");

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(3, problem.Row);
        Assert.StartsWith("pupils.csv row 3:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_IsRefused() =>
        Assert.False(CsvTable.Parse("\n\n", "x.csv").IsSuccess);

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-3", "'-3")]
    [InlineData("@x", "'@x")]
    [InlineData("+1", "'+1")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("plain", "plain")]
    public void Write_DangerousOrSpecialText_IsNeutralisedAndQuoted(string value, string written) =>
        Assert.Equal(written, CsvCell.Write(value));

    private static CsvTable Parse(string text)
    {
        var outcome = CsvTable.Parse(text, "test.csv");
        Assert.True(outcome.IsSuccess, string.Join("; ", outcome.Problems));
        return outcome.Value!;
    }
}
