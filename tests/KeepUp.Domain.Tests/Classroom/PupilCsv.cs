using System.Globalization;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Imports;

namespace KeepUp.Domain.Tests.Classroom;

/// <summary>
/// Builds small pupil exports for tests: a header row and rows of cells, with valid UPNs made from
/// a serial so each test spells out only what it is about.
/// </summary>
internal static class PupilCsv
{
    /// <summary>A day in autumn 2026: the academic year 2026/27, when Year 4 were born Sep 2017 – Aug 2018.</summary>
    public static readonly DateOnly Today = new(2026, 9, 15);

    public const string Header = "UPN,Forename,Surname,Date of birth,Year group,Class,Pupil premium,SEN status,EAL";

    /// <summary>A valid UPN for a serial (LA 938, school 2001, issued 2022).</summary>
    public static string UpnFor(int serial) =>
        Upn.WithCheckLetter("938200122" + serial.ToString("000", CultureInfo.InvariantCulture)).Value;

    /// <summary>A Year 4 pupil row under <see cref="Header"/>.</summary>
    public static string Row(int serial, string forename = "Amara", string surname = "Okafor", string dob = "14/09/2017",
        string year = "4", string className = "Maple", string pp = "N", string sen = "N", string eal = "N") =>
        string.Join(',', UpnFor(serial), forename, surname, dob, year, className, pp, sen, eal);

    public static string File(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    public static ParseOutcome<PupilRoster> Read(string csv) => PupilImport.Read(csv, "pupils.csv", Today);

    public static PupilRoster ReadValid(string csv)
    {
        var outcome = Read(csv);
        Assert.True(outcome.IsSuccess, string.Join("\n", outcome.Problems));
        return outcome.Value!;
    }

    public static ImportProblem SingleProblem(string csv)
    {
        var outcome = Read(csv);
        Assert.False(outcome.IsSuccess);
        Assert.Null(outcome.Value);
        return Assert.Single(outcome.Problems);
    }
}
