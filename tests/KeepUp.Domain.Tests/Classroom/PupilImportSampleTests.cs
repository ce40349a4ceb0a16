using KeepUp.Domain.Classroom;

namespace KeepUp.Domain.Tests.Classroom;

/// <summary>
/// The sample export of one Year 4 class that demo data and browser tests use, and its twin with
/// five mistakes: the sample must stay importable in 2026/27, the twin must show every mistake.
/// </summary>
public sealed class PupilImportSampleTests
{
    private static readonly DateOnly AutumnTerm2026 = new(2026, 11, 2);

    [Fact]
    public void Read_Year4Maple_Reads28PupilsInOneClass()
    {
        var outcome = PupilImport.Read(Sample("year4-maple.csv"), "year4-maple.csv", AutumnTerm2026);

        Assert.True(outcome.IsSuccess, string.Join("\n", outcome.Problems));
        var roster = outcome.Value!;
        Assert.Equal(28, roster.Pupils.Count);
        Assert.Equal(["Maple"], roster.ClassNames);
        Assert.All(roster.Pupils, p => Assert.Equal(4, p.YearGroup));
        Assert.Equal(28, roster.Pupils.Select(p => p.Upn).Distinct().Count());
    }

    [Fact]
    public void Read_Year4Maple_HasAMixOfPupilPremiumSenAndEal()
    {
        var pupils = PupilImport.Read(Sample("year4-maple.csv"), "year4-maple.csv", AutumnTerm2026).Value!.Pupils;

        Assert.InRange(pupils.Count(p => p.PupilPremium), 3, 14);
        Assert.InRange(pupils.Count(p => p.Eal), 3, 14);
        Assert.Contains(pupils, p => p.SenStatus == SenStatus.SenSupport);
        Assert.Contains(pupils, p => p.SenStatus == SenStatus.EhcPlan);
        Assert.Contains(pupils, p => p.Upn.IsTemporary);
        Assert.Contains(pupils, p => p.Forename == "Alex");
    }

    [Fact]
    public void Read_Year4MapleBad_ListsItsFiveMistakes()
    {
        var outcome = PupilImport.Read(Sample("year4-maple-bad.csv"), "year4-maple-bad.csv", AutumnTerm2026);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(
        [
            (4, "UPN", "check letter"),
            (8, "DOB", "not a real date"),
            (12, "Year", "expected in Year 4"),
            (17, "UPN", "already on row 10"),
            (24, "EAL", "not yes or no"),
        ], outcome.Problems.Select(p => (p.Row, p.Column!, Fragment(p.Message))));
    }

    private static string Fragment(string message) =>
        new[] { "check letter", "not a real date", "expected in Year 4", "already on row 10", "not yes or no" }
            .FirstOrDefault(f => message.Contains(f, StringComparison.Ordinal)) ?? message;

    private static string Sample(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Classroom", "Samples", name));
}
