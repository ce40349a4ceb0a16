using System;
using System.Collections.Generic;
using System.Globalization;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Imports;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// Reads the pupil list a school exports from its information system (SIMS, Arbor, Bromcom…): UTF-8
/// CSV with a header row naming UPN, forename, surname, date of birth, year group, class, pupil
/// premium, SEN status and EAL, in any order, other columns ignored. All or nothing: a file with any
/// bad row is refused with every problem listed by row and column, so the roster never holds half
/// an import.
/// </summary>
public static class PupilImport
{
    /// <summary>
    /// The most pupils one file may hold. A primary school has fewer than 1,000 pupils, so a bigger
    /// file is almost certainly the wrong export (a whole trust's or a local authority's).
    /// </summary>
    public const int MaxPupils = 5000;

    /// <summary>
    /// Reads and checks an export. <paramref name="today"/> fixes the academic year whose year
    /// groups the dates of birth must fit, and which dates of birth would be in the future.
    /// </summary>
    public static ParseOutcome<PupilRoster> Read(string csvText, string fileName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(csvText);
        ArgumentNullException.ThrowIfNull(fileName);
        var parsed = CsvTable.Parse(csvText, fileName);
        if (!parsed.IsSuccess)
        {
            return ParseOutcome.Failed<PupilRoster>(parsed.Problems);
        }

        var table = parsed.Value!;
        var columns = PupilColumns.Find(table, fileName, out var missingColumns);
        if (columns is null)
        {
            return ParseOutcome.Failed<PupilRoster>([missingColumns!]);
        }

        if (table.Rows.Count == 0)
        {
            // An empty roster would make every pupil a leaver.
            return ParseOutcome.Failed<PupilRoster>([new ImportProblem(fileName, 2, null, "the file has a header row but no pupils.")]);
        }

        if (table.Rows.Count > MaxPupils)
        {
            var message = string.Create(CultureInfo.InvariantCulture,
                $"the file has {table.Rows.Count:N0} pupils; KeepUp reads at most {MaxPupils:N0} from one file (a primary school has fewer than 1,000), so check that this is your school's export.");
            return ParseOutcome.Failed<PupilRoster>([new ImportProblem(fileName, table.Rows[MaxPupils].Line, null, message)]);
        }

        return ReadRows(table, columns, fileName, today);
    }

    private static ParseOutcome<PupilRoster> ReadRows(CsvTable table, PupilColumns columns, string fileName, DateOnly today)
    {
        var reader = new PupilRowReader(table, columns, fileName, today);
        var problems = new List<ImportProblem>();
        var pupils = new List<PupilRow>(table.Rows.Count);
        var firstLineOf = new Dictionary<Upn, int>();
        // A class keeps the spelling of its first row, so "Maple" and "maple" are one class.
        var classSpelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var classNames = new List<string>();
        foreach (var row in table.Rows)
        {
            var pupil = reader.Read(row, problems);
            if (pupil is null)
            {
                continue;
            }

            if (firstLineOf.TryGetValue(pupil.Upn, out var firstLine))
            {
                problems.Add(new ImportProblem(fileName, row.Line, columns.HeaderOf(PupilColumn.Upn),
                    string.Create(CultureInfo.InvariantCulture, $"UPN {pupil.Upn} is already on row {firstLine}; each pupil may appear only once.")));
                continue;
            }

            firstLineOf[pupil.Upn] = row.Line;
            if (!classSpelling.TryGetValue(pupil.ClassName, out var spelling))
            {
                spelling = pupil.ClassName;
                classSpelling[spelling] = spelling;
                classNames.Add(spelling);
            }

            pupils.Add(pupil with { ClassName = spelling });
        }

        return problems.Count > 0
            ? ParseOutcome.Failed<PupilRoster>(problems)
            : ParseOutcome.Succeeded(new PupilRoster(pupils, classNames, AcademicYear.Containing(today)));
    }
}
