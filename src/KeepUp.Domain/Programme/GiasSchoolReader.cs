using System.Collections.Generic;
using KeepUp.Domain.Imports;

namespace KeepUp.Domain.Programme;

/// <summary>
/// Reads schools from a Get Information About Schools extract by its real column names (any order,
/// the other hundred-odd columns ignored), so a hub can import the file GIAS gives it as it is.
/// </summary>
public static class GiasSchoolReader
{
    /// <summary>The GIAS column holding the URN.</summary>
    public const string UrnColumn = "URN";

    /// <summary>The GIAS column holding the school's name.</summary>
    public const string NameColumn = "EstablishmentName";

    /// <summary>The GIAS column deciding whether the school is state-funded.</summary>
    public const string TypeColumn = "TypeOfEstablishment (name)";

    private const string LocalAuthorityColumn = "LA (name)";
    private const string PhaseColumn = "PhaseOfEducation (name)";
    private const string StatusColumn = "EstablishmentStatus (name)";
    private const string PostcodeColumn = "Postcode";

    /// <summary>Reads every school; problems name the file, row and column. A URN may appear once.</summary>
    public static ParseOutcome<IReadOnlyList<GiasSchool>> Read(ImportFile file)
    {
        System.ArgumentNullException.ThrowIfNull(file);
        var parsed = CsvTable.Parse(file.Text, file.Name);
        if (parsed.Value is not { } table)
        {
            return ParseOutcome.Failed<IReadOnlyList<GiasSchool>>(parsed.Problems);
        }

        var problems = new List<ImportProblem>();
        foreach (var missing in table.MissingColumns([UrnColumn, NameColumn, TypeColumn]))
        {
            problems.Add(new ImportProblem(file.Name, 1, missing, $"The header row has no \"{missing}\" column; export the file from GIAS with it."));
        }

        if (problems.Count > 0)
        {
            return ParseOutcome.Failed<IReadOnlyList<GiasSchool>>(problems);
        }

        var schools = new List<GiasSchool>(table.Rows.Count);
        var seen = new Dictionary<int, int>();
        foreach (var row in table.Rows)
        {
            var urnText = table.Field(row, UrnColumn);
            var name = table.Field(row, NameColumn);
            if (!Urn.TryParse(urnText, out var urn))
            {
                problems.Add(new ImportProblem(file.Name, row.Line, UrnColumn, $"\"{urnText}\" is not a URN: a URN has six digits."));
                continue;
            }

            if (seen.TryGetValue(urn.Value, out var firstLine))
            {
                problems.Add(new ImportProblem(file.Name, row.Line, UrnColumn, $"URN {urn} is already on row {firstLine}."));
                continue;
            }

            seen[urn.Value] = row.Line;
            if (name.Length == 0)
            {
                problems.Add(new ImportProblem(file.Name, row.Line, NameColumn, "The school has no name."));
                continue;
            }

            schools.Add(new GiasSchool(urn, name, Optional(table, row, LocalAuthorityColumn), Optional(table, row, TypeColumn),
                Optional(table, row, PhaseColumn), Optional(table, row, StatusColumn), Optional(table, row, PostcodeColumn)));
        }

        return problems.Count > 0 ? ParseOutcome.Failed<IReadOnlyList<GiasSchool>>(problems) : ParseOutcome.Succeeded<IReadOnlyList<GiasSchool>>(schools);
    }

    private static string? Optional(CsvTable table, CsvRow row, string column)
    {
        var value = table.Field(row, column);
        return value.Length == 0 ? null : value;
    }
}
