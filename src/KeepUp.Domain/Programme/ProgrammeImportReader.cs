using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Imports;

namespace KeepUp.Domain.Programme;

/// <summary>
/// Reads and checks the five files of a programme import together. All-or-nothing: any bad row
/// (a malformed year, a duplicate id, an unknown URN, hub, specialist or Work Group) refuses the
/// whole import, and every problem is named by file, row and column so it can be fixed in one go.
/// A row may refer to what the same import brings or to what is already stored.
/// </summary>
public static class ProgrammeImportReader
{
    /// <summary>Reads and cross-checks the files given.</summary>
    public static ParseOutcome<ProgrammeImport> Read(ProgrammeFiles files, KnownProgramme known)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(known);
        var problems = new List<ImportProblem>();

        var hubs = files.Hubs is null ? [] : ReadHubs(files.Hubs, problems);
        IReadOnlyList<GiasSchool> schools = [];
        if (files.Schools is not null)
        {
            var read = GiasSchoolReader.Read(files.Schools);
            problems.AddRange(read.Problems);
            schools = read.Value ?? [];
        }

        var hubIds = new HashSet<string>(known.HubIds, StringComparer.Ordinal);
        hubIds.UnionWith(hubs.Select(h => h.Id));
        var urns = new HashSet<int>(known.Urns);
        urns.UnionWith(schools.Select(s => s.Urn.Value));

        var specialists = files.Specialists is null ? [] : ReadSpecialists(files.Specialists, hubIds, urns, problems);
        var specialistIds = new HashSet<string>(known.SpecialistIds, StringComparer.Ordinal);
        specialistIds.UnionWith(specialists.Select(s => s.Id));

        var workGroups = files.WorkGroups is null ? [] : ReadWorkGroups(files.WorkGroups, hubIds, specialistIds, problems);
        var workGroupIds = new HashSet<string>(known.WorkGroupIds, StringComparer.Ordinal);
        workGroupIds.UnionWith(workGroups.Select(w => w.Id));

        var memberships = files.WorkGroupSchools is null ? [] : ReadMemberships(files.WorkGroupSchools, workGroupIds, urns, problems);

        return problems.Count > 0
            ? ParseOutcome.Failed<ProgrammeImport>(problems)
            : ParseOutcome.Succeeded(new ProgrammeImport(hubs, schools, specialists, workGroups, memberships));
    }

    private static List<HubRecord> ReadHubs(ImportFile file, List<ImportProblem> problems)
    {
        var hubs = new List<HubRecord>();
        if (Open(file, ["HubId", "Name", "Region"], problems) is not { } table)
        {
            return hubs;
        }

        var ids = new UniqueIds(file.Name, "HubId", "hub");
        foreach (var row in table.Rows)
        {
            var id = table.Field(row, "HubId");
            var name = table.Field(row, "Name");
            var region = table.Field(row, "Region");
            var lead = table.Field(row, "LeadOrganisation");
            if (ids.Check(row, id, problems) &
                Required(file, row, "Name", name, "The hub has no name.", problems) &
                Required(file, row, "Region", region, "The hub has no region.", problems))
            {
                hubs.Add(new HubRecord(id, name, region, lead.Length == 0 ? null : lead));
            }
        }

        return hubs;
    }

    private static List<SpecialistRecord> ReadSpecialists(ImportFile file, HashSet<string> hubIds, HashSet<int> urns, List<ImportProblem> problems)
    {
        var specialists = new List<SpecialistRecord>();
        if (Open(file, ["SpecialistId", "Name", "SchoolURN", "HubId", "Cohort"], problems) is not { } table)
        {
            return specialists;
        }

        var ids = new UniqueIds(file.Name, "SpecialistId", "specialist");
        foreach (var row in table.Rows)
        {
            var id = table.Field(row, "SpecialistId");
            var name = table.Field(row, "Name");
            var ok = ids.Check(row, id, problems) & Required(file, row, "Name", name, "The specialist has no name.", problems);
            ok &= KnownUrn(file, row, table.Field(row, "SchoolURN"), urns, problems, out var urn);
            ok &= KnownHub(file, row, table.Field(row, "HubId"), hubIds, problems);
            ok &= Year(file, row, "Cohort", table.Field(row, "Cohort"), problems, out var cohort);
            if (ok)
            {
                specialists.Add(new SpecialistRecord(id, name, urn, table.Field(row, "HubId"), cohort));
            }
        }

        return specialists;
    }

    private static List<WorkGroupRecord> ReadWorkGroups(ImportFile file, HashSet<string> hubIds, HashSet<string> specialistIds, List<ImportProblem> problems)
    {
        var groups = new List<WorkGroupRecord>();
        if (Open(file, ["WorkGroupId", "HubId", "AcademicYear", "Type", "LeadSpecialistId"], problems) is not { } table)
        {
            return groups;
        }

        var ids = new UniqueIds(file.Name, "WorkGroupId", "Work Group");
        foreach (var row in table.Rows)
        {
            var id = table.Field(row, "WorkGroupId");
            var hub = table.Field(row, "HubId");
            var lead = table.Field(row, "LeadSpecialistId");
            var typeText = table.Field(row, "Type");
            var ok = ids.Check(row, id, problems) & KnownHub(file, row, hub, hubIds, problems);
            ok &= Year(file, row, "AcademicYear", table.Field(row, "AcademicYear"), problems, out var year);
            if (!WorkGroupTypes.TryParse(typeText, out var type))
            {
                problems.Add(new ImportProblem(file.Name, row.Line, "Type", $"\"{typeText}\" is not a Work Group type; use one of: {WorkGroupTypes.Accepted}."));
                ok = false;
            }

            if (!specialistIds.Contains(lead))
            {
                problems.Add(new ImportProblem(file.Name, row.Line, "LeadSpecialistId", lead.Length == 0
                    ? "The Work Group has no lead specialist."
                    : $"No specialist has the id \"{lead}\": add them to the specialists file first."));
                ok = false;
            }

            if (ok)
            {
                groups.Add(new WorkGroupRecord(id, hub, year, type, lead));
            }
        }

        return groups;
    }

    private static List<MembershipRecord> ReadMemberships(ImportFile file, HashSet<string> workGroupIds, HashSet<int> urns, List<ImportProblem> problems)
    {
        var memberships = new List<MembershipRecord>();
        if (Open(file, ["WorkGroupId", "SchoolURN"], problems) is not { } table)
        {
            return memberships;
        }

        var seen = new Dictionary<(string, int), int>();
        foreach (var row in table.Rows)
        {
            var group = table.Field(row, "WorkGroupId");
            var ok = true;
            if (!workGroupIds.Contains(group))
            {
                problems.Add(new ImportProblem(file.Name, row.Line, "WorkGroupId", group.Length == 0
                    ? "The row names no Work Group."
                    : $"No Work Group has the id \"{group}\": add it to the Work Groups file first."));
                ok = false;
            }

            ok &= KnownUrn(file, row, table.Field(row, "SchoolURN"), urns, problems, out var urn);
            if (!ok)
            {
                continue;
            }

            if (!seen.TryAdd((group, urn.Value), row.Line))
            {
                problems.Add(new ImportProblem(file.Name, row.Line, "SchoolURN", $"School {urn} is already in Work Group \"{group}\" on row {seen[(group, urn.Value)]}."));
                continue;
            }

            memberships.Add(new MembershipRecord(group, urn));
        }

        return memberships;
    }

    private static CsvTable? Open(ImportFile file, string[] columns, List<ImportProblem> problems)
    {
        var parsed = CsvTable.Parse(file.Text, file.Name);
        if (parsed.Value is not { } table)
        {
            problems.AddRange(parsed.Problems);
            return null;
        }

        var missing = table.MissingColumns(columns);
        foreach (var column in missing)
        {
            problems.Add(new ImportProblem(file.Name, 1, column, $"The header row has no \"{column}\" column; it needs {string.Join(",", columns)}."));
        }

        return missing.Count == 0 ? table : null;
    }

    private static bool Required(ImportFile file, CsvRow row, string column, string value, string message, List<ImportProblem> problems)
    {
        if (value.Length > 0)
        {
            return true;
        }

        problems.Add(new ImportProblem(file.Name, row.Line, column, message));
        return false;
    }

    private static bool KnownUrn(ImportFile file, CsvRow row, string text, HashSet<int> urns, List<ImportProblem> problems, out Urn urn)
    {
        if (!Urn.TryParse(text, out urn))
        {
            problems.Add(new ImportProblem(file.Name, row.Line, "SchoolURN", $"\"{text}\" is not a URN: a URN has six digits."));
            return false;
        }

        if (!urns.Contains(urn.Value))
        {
            problems.Add(new ImportProblem(file.Name, row.Line, "SchoolURN", $"No school has URN {urn}: add it to the schools file (a GIAS extract) first."));
            return false;
        }

        return true;
    }

    private static bool KnownHub(ImportFile file, CsvRow row, string hub, HashSet<string> hubIds, List<ImportProblem> problems)
    {
        if (hubIds.Contains(hub))
        {
            return true;
        }

        problems.Add(new ImportProblem(file.Name, row.Line, "HubId", hub.Length == 0 ? "The row names no hub." : $"No hub has the id \"{hub}\": add it to the hubs file first."));
        return false;
    }

    private static bool Year(ImportFile file, CsvRow row, string column, string text, List<ImportProblem> problems, out AcademicYear year)
    {
        if (AcademicYear.TryParse(text, out year))
        {
            return true;
        }

        problems.Add(new ImportProblem(file.Name, row.Line, column, $"\"{text}\" is not an academic year; write it like 2015/16."));
        return false;
    }

    /// <summary>Refuses an id used twice in one file, or a row with no id.</summary>
    private sealed class UniqueIds(string fileName, string column, string what)
    {
        private readonly Dictionary<string, int> firstLines = new(StringComparer.Ordinal);

        public bool Check(CsvRow row, string id, List<ImportProblem> problems)
        {
            if (id.Length == 0)
            {
                problems.Add(new ImportProblem(fileName, row.Line, column, $"The {what} has no id."));
                return false;
            }

            if (id.Length > 64)
            {
                problems.Add(new ImportProblem(fileName, row.Line, column, $"The {what} id is longer than 64 characters."));
                return false;
            }

            if (!firstLines.TryAdd(id, row.Line))
            {
                problems.Add(new ImportProblem(fileName, row.Line, column, $"The {what} id \"{id}\" is already used on row {firstLines[id]}."));
                return false;
            }

            return true;
        }
    }
}
