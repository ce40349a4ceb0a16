using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeepUp.Domain.Imports;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// Finds the pupil columns in an export's header row by the names that school information systems
/// really use (SIMS, Arbor, Bromcom, ScholarPack…). Names match ignoring case, spaces, underscores,
/// hyphens and full stops, so "Date of Birth", "DateOfBirth" and "date_of_birth" are one column.
/// </summary>
internal sealed class PupilColumns
{
    // Earlier names win when a file has several. Preferred names come before legal ones because
    // pupils see their name on a shared device and teachers call them by it.
    private static readonly (PupilColumn Column, string[] Names)[] Aliases =
    [
        (PupilColumn.Upn, ["UPN", "Unique pupil number"]),
        (PupilColumn.Forename, ["Forename", "First name", "Firstname", "Given name", "Preferred forename", "Legal forename"]),
        (PupilColumn.Surname, ["Surname", "Last name", "Family name", "Preferred surname", "Legal surname"]),
        (PupilColumn.DateOfBirth, ["Date of birth", "DOB", "Birth date", "Birthdate"]),
        (PupilColumn.YearGroup, ["Year group", "Year", "NC year", "Curriculum year", "National curriculum year", "Year grp"]),
        (PupilColumn.ClassName, ["Class", "Class name", "Reg group", "Registration group", "Reg", "Form", "Form group"]),
        (PupilColumn.PupilPremium, ["Pupil premium", "PP", "Pupil premium indicator", "Pupil premium eligible", "PP eligible"]),
        (PupilColumn.SenStatus, ["SEN status", "SEN", "SEND", "SEN provision", "SEND status"]),
        (PupilColumn.Eal, ["EAL", "English as an additional language", "First language", "Home language"]),
    ];

    private readonly Dictionary<PupilColumn, string> headers;

    private PupilColumns(Dictionary<PupilColumn, string> headers) => this.headers = headers;

    /// <summary>True when the EAL column is a first-language column, read by <see cref="PupilValues.ReadFirstLanguage"/>.</summary>
    public bool EalFromFirstLanguage { get; private init; }

    /// <summary>The header as the file writes it, for problems a school administrator can find.</summary>
    public string HeaderOf(PupilColumn column) => headers[column];

    /// <summary>Finds every column, or a single problem naming all the missing ones.</summary>
    public static PupilColumns? Find(CsvTable table, string fileName, out ImportProblem? problem)
    {
        var found = new Dictionary<PupilColumn, string>();
        var ealFromLanguage = false;
        var missing = new List<string>();
        foreach (var (column, names) in Aliases)
        {
            var header = names.Select(name => table.Headers.FirstOrDefault(h => Simplify(h) == Simplify(name))).FirstOrDefault(h => h is not null);
            if (header is null)
            {
                missing.Add(names[0]);
                continue;
            }

            found[column] = header;
            if (column == PupilColumn.Eal)
            {
                ealFromLanguage = Simplify(header) is "firstlanguage" or "homelanguage";
            }
        }

        if (missing.Count > 0)
        {
            var plural = missing.Count == 1 ? "column" : "columns";
            problem = new ImportProblem(fileName, 1, null,
                $"the header row has no {string.Join(", ", missing)} {plural}. KeepUp needs UPN, Forename, Surname, Date of birth, Year group, Class, " +
                "Pupil premium, SEN status and EAL (or First language); a column may be left blank, but it must be there so that no pupil is marked 'no' by accident.");
            return null;
        }

        problem = null;
        return new PupilColumns(found) { EalFromFirstLanguage = ealFromLanguage };
    }

    private static string Simplify(string header)
    {
        var simple = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                simple.Append(char.ToLowerInvariant(c));
            }
        }

        return simple.ToString();
    }
}

/// <summary>The pupil details an export must carry.</summary>
internal enum PupilColumn
{
    Upn,
    Forename,
    Surname,
    DateOfBirth,
    YearGroup,
    ClassName,
    PupilPremium,
    SenStatus,
    Eal,
}
