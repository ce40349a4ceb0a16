using System;
using System.Collections.Generic;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Imports;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// Reads one row of a pupil export, checking every cell rather than stopping at the first problem,
/// so that a school administrator can fix the whole file in one go.
/// </summary>
internal sealed class PupilRowReader(CsvTable table, PupilColumns columns, string fileName, DateOnly today)
{
    private readonly AcademicYear year = AcademicYear.Containing(today);

    /// <summary>The pupil, or null with the row's problems added to <paramref name="problems"/>.</summary>
    public PupilRow? Read(CsvRow row, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(PupilColumn column, string message) =>
            problems.Add(new ImportProblem(fileName, row.Line, columns.HeaderOf(column), message));
        string Cell(PupilColumn column) => table.Field(row, columns.HeaderOf(column));

        if (!Upn.TryCreate(Cell(PupilColumn.Upn), out var upn, out var upnProblem))
        {
            Problem(PupilColumn.Upn, upnProblem);
        }

        if (!PupilValues.TryReadName(Cell(PupilColumn.Forename), out var forename, out var problem))
        {
            Problem(PupilColumn.Forename, problem.Replace("the name", "the forename", StringComparison.Ordinal));
        }

        if (!PupilValues.TryReadName(Cell(PupilColumn.Surname), out var surname, out problem))
        {
            Problem(PupilColumn.Surname, problem.Replace("the name", "the surname", StringComparison.Ordinal));
        }

        var dateRead = PupilValues.TryReadDateOfBirth(Cell(PupilColumn.DateOfBirth), today, out var dateOfBirth, out problem);
        if (!dateRead)
        {
            Problem(PupilColumn.DateOfBirth, problem);
        }

        var yearRead = PupilValues.TryReadYearGroup(Cell(PupilColumn.YearGroup), out var yearGroup, out problem);
        if (!yearRead)
        {
            Problem(PupilColumn.YearGroup, problem);
        }
        else if (dateRead && !PupilValues.YearGroupFits(year, dateOfBirth, yearGroup, out problem))
        {
            Problem(PupilColumn.YearGroup, problem);
        }

        if (!PupilValues.TryReadName(Cell(PupilColumn.ClassName), out var className, out problem))
        {
            Problem(PupilColumn.ClassName, problem.Replace("the name", "the class", StringComparison.Ordinal));
        }

        if (!PupilValues.TryReadYesNo(Cell(PupilColumn.PupilPremium), out var pupilPremium, out problem))
        {
            Problem(PupilColumn.PupilPremium, problem);
        }

        if (!PupilValues.TryReadSenStatus(Cell(PupilColumn.SenStatus), out var sen, out problem))
        {
            Problem(PupilColumn.SenStatus, problem);
        }

        var eal = false;
        if (columns.EalFromFirstLanguage)
        {
            eal = PupilValues.ReadFirstLanguage(Cell(PupilColumn.Eal));
        }
        else if (!PupilValues.TryReadYesNo(Cell(PupilColumn.Eal), out eal, out problem))
        {
            Problem(PupilColumn.Eal, problem);
        }

        return problems.Count > before
            ? null
            : new PupilRow(upn, forename, surname, dateOfBirth, yearGroup, className, pupilPremium, sen, eal, row.Line);
    }
}
