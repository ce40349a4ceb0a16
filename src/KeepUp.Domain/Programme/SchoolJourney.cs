using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Calendar;

namespace KeepUp.Domain.Programme;

/// <summary>Where a school is on the Teaching for Mastery journey in one academic year.</summary>
public enum SchoolPhase
{
    /// <summary>Not yet taking part.</summary>
    NotStarted,

    /// <summary>The optional preparatory year with the hub's Mastery Readiness Lead.</summary>
    MasteryReadiness,

    /// <summary>A teacher of the school is training as a Mastery Specialist.</summary>
    SpecialistTraining,

    /// <summary>The main development year in a Work Group (or, for a specialist's school, the year after training).</summary>
    Development,

    /// <summary>A Sustaining/Embedding Work Group after the development year.</summary>
    SustainingEmbedding,

    /// <summary>After development, building on it more independently with no Work Group that year.</summary>
    Consolidating,

    /// <summary>Only a project Work Group this year (mixed-age classes, early intervention, lesson design).</summary>
    Project,
}

/// <summary>One year of a school's journey: its phase and the Work Groups behind it.</summary>
/// <param name="Year">The academic year.</param>
/// <param name="Phase">The phase that year.</param>
/// <param name="WorkGroups">The ids of the Work Groups the school was in that year.</param>
public sealed record JourneyYear(AcademicYear Year, SchoolPhase Phase, IReadOnlyList<string> WorkGroups);

/// <summary>A school's place in one Work Group, as the journey needs it.</summary>
/// <param name="WorkGroupId">The Work Group's id.</param>
/// <param name="Year">Its academic year.</param>
/// <param name="Type">Its type.</param>
public sealed record JourneyMembership(string WorkGroupId, AcademicYear Year, WorkGroupType Type);

/// <summary>
/// A school's journey, derived from its Work Group memberships (never typed in): optional Mastery
/// Readiness, the development year, then consolidation and embedding. A school whose teacher
/// trains as a Mastery Specialist is in training that year and developing the year after. When a
/// school is in several groups in one year the furthest-along phase of the main route shows, and a
/// project group shows only when it is the school's only group that year.
/// </summary>
public static class SchoolJourney
{
    /// <summary>The journey from the school's first year in the programme through <paramref name="through"/>.</summary>
    public static IReadOnlyList<JourneyYear> Build(IEnumerable<JourneyMembership> memberships, IEnumerable<AcademicYear> specialistCohorts, AcademicYear through)
    {
        var groups = memberships.ToList();
        var cohorts = specialistCohorts.ToList();
        var starts = groups.Select(m => m.Year).Concat(cohorts).ToList();
        if (starts.Count == 0)
        {
            return [];
        }

        var first = starts.Min();
        var last = new[] { through, starts.Max() }.Max();
        var journey = new List<JourneyYear>();
        var developed = false;
        for (var year = first; year <= last; year = year.Next())
        {
            var current = year;
            var inYear = groups.Where(m => m.Year == current).ToList();
            var phase = PhaseOf(inYear.Select(m => m.Type).ToList(), cohorts.Contains(current), cohorts.Contains(AcademicYear.StartingIn(current.StartYear - 1)), developed);
            developed |= phase is SchoolPhase.Development or SchoolPhase.SustainingEmbedding;
            journey.Add(new JourneyYear(current, phase, [.. inYear.Select(m => m.WorkGroupId).Order(StringComparer.Ordinal)]));
        }

        return journey;
    }

    private static SchoolPhase PhaseOf(List<WorkGroupType> types, bool training, bool yearAfterTraining, bool developedBefore)
    {
        if (types.Contains(WorkGroupType.SustainingEmbedding))
        {
            return SchoolPhase.SustainingEmbedding;
        }

        if (types.Contains(WorkGroupType.Development) || yearAfterTraining)
        {
            return developedBefore && !types.Contains(WorkGroupType.Development) ? SchoolPhase.Consolidating : SchoolPhase.Development;
        }

        if (training)
        {
            return SchoolPhase.SpecialistTraining;
        }

        if (types.Contains(WorkGroupType.MasteryReadiness))
        {
            return SchoolPhase.MasteryReadiness;
        }

        if (types.Count > 0)
        {
            return SchoolPhase.Project;
        }

        return developedBefore ? SchoolPhase.Consolidating : SchoolPhase.NotStarted;
    }

    /// <summary>The phase's name on screen.</summary>
    public static string Name(this SchoolPhase phase) => phase switch
    {
        SchoolPhase.NotStarted => "Not yet taking part",
        SchoolPhase.MasteryReadiness => "Mastery Readiness",
        SchoolPhase.SpecialistTraining => "Mastery Specialist in training",
        SchoolPhase.Development => "Development year",
        SchoolPhase.SustainingEmbedding => "Sustaining and embedding",
        SchoolPhase.Consolidating => "Consolidating",
        SchoolPhase.Project => "Project Work Group",
    };
}

/// <summary>How many schools a Work Group should have: six or seven.</summary>
public static class WorkGroupSize
{
    /// <summary>The fewest schools expected.</summary>
    public const int Fewest = 6;

    /// <summary>The most schools expected.</summary>
    public const int Most = 7;

    /// <summary>A warning for a group outside six or seven schools; null when the size is as expected.</summary>
    public static string? Warning(int schools) => schools switch
    {
        < Fewest => $"This Work Group has {schools} school{(schools == 1 ? string.Empty : "s")}; Work Groups are expected to have 6 or 7.",
        > Most => $"This Work Group has {schools} schools; Work Groups are expected to have 6 or 7.",
        _ => null,
    };
}
