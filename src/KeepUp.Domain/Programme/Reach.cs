using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Calendar;

namespace KeepUp.Domain.Programme;

/// <summary>A specialist as reach counts them: trained in their cohort year, with their school and hub.</summary>
/// <param name="HubId">The specialist's hub.</param>
/// <param name="School">The specialist's own school, which takes part from the cohort year on.</param>
/// <param name="Cohort">The academic year of training.</param>
public sealed record ReachSpecialist(string HubId, Urn School, AcademicYear Cohort);

/// <summary>A school in a Work Group of a hub in an academic year.</summary>
/// <param name="HubId">The hub that runs the Work Group.</param>
/// <param name="School">The member school.</param>
/// <param name="Year">The Work Group's academic year.</param>
public sealed record ReachParticipation(string HubId, Urn School, AcademicYear Year);

/// <summary>Cumulative reach at the end of one academic year.</summary>
/// <param name="Year">The academic year.</param>
/// <param name="Specialists">Mastery Specialists trained up to and including this year.</param>
/// <param name="Schools">Distinct schools that have taken part up to and including this year.</param>
public sealed record ReachYear(AcademicYear Year, int Specialists, int Schools);

/// <summary>The records reach is computed from; nothing in a reach figure is ever typed in.</summary>
/// <param name="Hubs">Every hub, for names and regions.</param>
/// <param name="Specialists">Every specialist.</param>
/// <param name="Participations">Every Work Group membership, with the group's hub and year.</param>
public sealed record ReachRecords(IReadOnlyList<HubRecord> Hubs, IReadOnlyList<ReachSpecialist> Specialists, IReadOnlyList<ReachParticipation> Participations);

/// <summary>The reach of one hub or region, for a table with one row per hub or region.</summary>
/// <param name="Name">The hub's or region's name.</param>
/// <param name="Id">The hub's id, or the region's name.</param>
/// <param name="Years">Its cumulative reach, year by year.</param>
public sealed record ReachSeries(string Id, string Name, IReadOnlyList<ReachYear> Years);

/// <summary>
/// Cumulative reach by academic year, as the programme reports it: specialists trained, and
/// distinct schools that have taken part — a specialist's school from the specialist's cohort year
/// on, and every school from the year of its first Work Group. A school counts once however many
/// Work Groups it joins. Every table covers the same run of years (the first to the last year in
/// any record), so hubs and regions line up side by side.
/// </summary>
public static class Reach
{
    /// <summary>Programme-wide reach.</summary>
    public static IReadOnlyList<ReachYear> Programme(ReachRecords records) => Compute(records, _ => true);

    /// <summary>The reach of one hub: its specialists, and schools in its Work Groups or with its specialists.</summary>
    public static IReadOnlyList<ReachYear> OfHub(ReachRecords records, string hubId) =>
        Compute(records, hub => string.Equals(hub, hubId, StringComparison.Ordinal));

    /// <summary>The reach of the hubs of one region.</summary>
    public static IReadOnlyList<ReachYear> OfRegion(ReachRecords records, string region)
    {
        ArgumentNullException.ThrowIfNull(records);
        var hubs = records.Hubs.Where(h => string.Equals(h.Region, region, StringComparison.OrdinalIgnoreCase)).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        return Compute(records, hubs.Contains);
    }

    /// <summary>One series per hub, in name order.</summary>
    public static IReadOnlyList<ReachSeries> ByHub(ReachRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return [.. records.Hubs.OrderBy(h => h.Name, StringComparer.Ordinal).Select(h => new ReachSeries(h.Id, h.Name, OfHub(records, h.Id)))];
    }

    /// <summary>One series per region, in name order.</summary>
    public static IReadOnlyList<ReachSeries> ByRegion(ReachRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return [.. records.Hubs.Select(h => h.Region).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)
            .Select(region => new ReachSeries(region, region, OfRegion(records, region)))];
    }

    /// <summary>The first to the last academic year in any record; empty when there are none.</summary>
    public static IReadOnlyList<AcademicYear> YearsOf(ReachRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var starts = records.Specialists.Select(s => s.Cohort.StartYear).Concat(records.Participations.Select(p => p.Year.StartYear)).ToList();
        return starts.Count == 0 ? [] : [.. Enumerable.Range(starts.Min(), starts.Max() - starts.Min() + 1).Select(AcademicYear.StartingIn)];
    }

    private static List<ReachYear> Compute(ReachRecords records, Func<string, bool> includesHub)
    {
        ArgumentNullException.ThrowIfNull(records);
        var years = YearsOf(records);
        if (years.Count == 0)
        {
            return [];
        }

        var first = years[0].StartYear;
        var newSpecialists = new int[years.Count];
        var firstYearOfSchool = new Dictionary<int, int>();
        foreach (var specialist in records.Specialists)
        {
            if (includesHub(specialist.HubId))
            {
                newSpecialists[specialist.Cohort.StartYear - first]++;
                Joined(firstYearOfSchool, specialist.School, specialist.Cohort);
            }
        }

        foreach (var participation in records.Participations)
        {
            if (includesHub(participation.HubId))
            {
                Joined(firstYearOfSchool, participation.School, participation.Year);
            }
        }

        var newSchools = new int[years.Count];
        foreach (var start in firstYearOfSchool.Values)
        {
            newSchools[start - first]++;
        }

        var result = new List<ReachYear>(years.Count);
        int specialists = 0, schools = 0;
        for (var i = 0; i < years.Count; i++)
        {
            specialists += newSpecialists[i];
            schools += newSchools[i];
            result.Add(new ReachYear(years[i], specialists, schools));
        }

        return result;
    }

    private static void Joined(Dictionary<int, int> firstYearOfSchool, Urn school, AcademicYear year)
    {
        if (!firstYearOfSchool.TryGetValue(school.Value, out var known) || year.StartYear < known)
        {
            firstYearOfSchool[school.Value] = year.StartYear;
        }
    }
}
