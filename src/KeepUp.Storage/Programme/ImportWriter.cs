using System.Globalization;
using KeepUp.Domain.Programme;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>
/// Writes a checked import into the context: adds what is new, updates what differs, leaves the
/// rest untouched. Existing rows are loaded once into dictionaries so a 10,000-school import makes a
/// handful of queries, not one per row.
/// </summary>
internal sealed class ImportWriter(KeepUpDbContext db, ProgrammeImport import, IProgress<string>? progress)
{
    private Dictionary<string, MathsHub> hubs = [];
    private Dictionary<int, School> schools = [];
    private Dictionary<string, MasterySpecialist> specialists = [];
    private Dictionary<string, WorkGroup> workGroups = [];

    /// <summary>
    /// New memberships, written after the groups and schools have ids. A membership is a bare pair
    /// of ids, so it goes in as multi-row SQL: through EF Core, 10,000 of them took half the import.
    /// </summary>
    public List<(WorkGroup Group, School School)> NewMemberships { get; } = [];

    public async Task<ProgrammeImportSummary> WriteAsync(CancellationToken cancellationToken)
    {
        hubs = (await db.MathsHubs.ToListAsync(cancellationToken)).ToDictionary(h => h.Key, StringComparer.Ordinal);
        var (hubsAdded, hubsChanged) = WriteHubs();

        schools = (await db.Schools.ToListAsync(cancellationToken)).ToDictionary(s => s.Urn);
        var (schoolsAdded, schoolsChanged) = WriteSchools();

        specialists = (await db.MasterySpecialists.ToListAsync(cancellationToken)).ToDictionary(s => s.Code, StringComparer.Ordinal);
        var (specialistsAdded, specialistsChanged) = WriteSpecialists();

        workGroups = (await db.WorkGroups.ToListAsync(cancellationToken)).ToDictionary(g => g.Code, StringComparer.Ordinal);
        var (groupsAdded, groupsChanged) = WriteWorkGroups();

        var existing = (await db.WorkGroupMembers.AsNoTracking().Select(m => new { m.WorkGroupId, m.SchoolId }).ToListAsync(cancellationToken))
            .Select(m => (m.WorkGroupId, m.SchoolId)).ToHashSet();
        var membershipsAdded = 0;
        foreach (var membership in import.Memberships)
        {
            var group = workGroups[membership.WorkGroupId];
            var school = schools[membership.School.Value];
            // New groups and schools have no id yet (0): they cannot already have this member.
            if (group.Id != 0 && school.Id != 0 && existing.Contains((group.Id, school.Id)))
            {
                continue;
            }

            NewMemberships.Add((group, school));
            membershipsAdded++;
        }

        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Memberships: {membershipsAdded} to add."));
        return new ProgrammeImportSummary(hubsAdded, hubsChanged, schoolsAdded, schoolsChanged, specialistsAdded, specialistsChanged, groupsAdded, groupsChanged, membershipsAdded);
    }

    /// <summary>Inserts <see cref="NewMemberships"/> (after SaveChanges, inside the import's transaction).</summary>
    public async Task InsertMembershipsAsync(CancellationToken cancellationToken)
    {
        const int rowsPerCommand = 1000;
        for (var start = 0; start < NewMemberships.Count; start += rowsPerCommand)
        {
            var chunk = NewMemberships.Skip(start).Take(rowsPerCommand).ToList();
            var values = string.Join(", ", chunk.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"({{{i * 2}}}, {{{i * 2 + 1}}})")));
            var parameters = chunk.SelectMany(m => new object[] { m.Group.Id, m.School.Id }).ToArray();
            // Only numbered placeholders are concatenated; every value is a parameter.
            var sql = "INSERT INTO \"WorkGroupMembers\" (\"WorkGroupId\", \"SchoolId\") VALUES " + values;
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
    }

    private (int Added, int Changed) WriteHubs()
    {
        int added = 0, changed = 0;
        foreach (var record in import.Hubs)
        {
            if (!hubs.TryGetValue(record.Id, out var hub))
            {
                hub = new MathsHub { Code = record.Id, Name = record.Name, Region = record.Region, LeadOrganisation = record.LeadOrganisation };
                db.MathsHubs.Add(hub);
                hubs[record.Id] = hub;
                added++;
                continue;
            }

            if (hub.Name != record.Name || hub.Region != record.Region || hub.LeadOrganisation != record.LeadOrganisation)
            {
                (hub.Name, hub.Region, hub.LeadOrganisation) = (record.Name, record.Region, record.LeadOrganisation);
                changed++;
            }
        }

        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Hubs: {added} to add, {changed} to change."));
        return (added, changed);
    }

    private (int Added, int Changed) WriteSchools()
    {
        int added = 0, changed = 0;
        foreach (var record in import.Schools)
        {
            if (!schools.TryGetValue(record.Urn.Value, out var school))
            {
                school = new School { Urn = record.Urn.Value, Name = record.Name };
                Copy(record, school);
                db.Schools.Add(school);
                schools[record.Urn.Value] = school;
                added++;
                continue;
            }

            if (school.Name != record.Name || school.LocalAuthority != record.LocalAuthority || school.EstablishmentType != record.EstablishmentType ||
                school.Phase != record.Phase || school.Status != record.Status || school.Postcode != record.Postcode || school.IsStateFunded != record.IsStateFunded)
            {
                Copy(record, school);
                changed++;
            }
        }

        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Schools: {added} to add, {changed} to change."));
        return (added, changed);
    }

    private static void Copy(GiasSchool record, School school)
    {
        school.Name = record.Name;
        school.LocalAuthority = record.LocalAuthority;
        school.EstablishmentType = record.EstablishmentType;
        school.Phase = record.Phase;
        school.Status = record.Status;
        school.Postcode = record.Postcode;
        school.IsStateFunded = record.IsStateFunded;
    }

    private (int Added, int Changed) WriteSpecialists()
    {
        int added = 0, changed = 0;
        foreach (var record in import.Specialists)
        {
            var school = schools[record.School.Value];
            var hub = hubs[record.HubId];
            if (!specialists.TryGetValue(record.Id, out var specialist))
            {
                specialist = new MasterySpecialist { Code = record.Id, Name = record.Name, School = school, MathsHub = hub, CohortStartYear = record.Cohort.StartYear };
                db.MasterySpecialists.Add(specialist);
                specialists[record.Id] = specialist;
                added++;
                continue;
            }

            if (specialist.Name != record.Name || specialist.SchoolId != school.Id || specialist.MathsHubId != hub.Id || specialist.CohortStartYear != record.Cohort.StartYear)
            {
                (specialist.Name, specialist.School, specialist.MathsHub, specialist.CohortStartYear) = (record.Name, school, hub, record.Cohort.StartYear);
                changed++;
            }
        }

        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Specialists: {added} to add, {changed} to change."));
        return (added, changed);
    }

    private (int Added, int Changed) WriteWorkGroups()
    {
        int added = 0, changed = 0;
        foreach (var record in import.WorkGroups)
        {
            var hub = hubs[record.HubId];
            var lead = specialists[record.LeadSpecialistId];
            if (!workGroups.TryGetValue(record.Id, out var group))
            {
                group = new WorkGroup { Code = record.Id, MathsHub = hub, StartYear = record.Year.StartYear, Type = record.Type, LeadSpecialist = lead };
                db.WorkGroups.Add(group);
                workGroups[record.Id] = group;
                added++;
                continue;
            }

            if (group.MathsHubId != hub.Id || group.StartYear != record.Year.StartYear || group.Type != record.Type || group.LeadSpecialistId != lead.Id)
            {
                (group.MathsHub, group.StartYear, group.Type, group.LeadSpecialist) = (hub, record.Year.StartYear, record.Type, lead);
                changed++;
            }
        }

        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"Work Groups: {added} to add, {changed} to change."));
        return (added, changed);
    }
}
