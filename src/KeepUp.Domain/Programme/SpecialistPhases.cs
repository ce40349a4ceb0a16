using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Calendar;

namespace KeepUp.Domain.Programme;

/// <summary>What a Mastery Specialist is doing in one academic year.</summary>
public enum SpecialistPhase
{
    /// <summary>The cohort year: a year's intensive training.</summary>
    Training,

    /// <summary>The year after training: developing teaching for mastery in their own school.</summary>
    DevelopingOwnSchool,

    /// <summary>Leading one or more Work Groups.</summary>
    LeadingWorkGroups,

    /// <summary>Trained, but leading no Work Group this year.</summary>
    NotLeading,
}

/// <summary>One year of a specialist's time on the programme.</summary>
/// <param name="Year">The academic year.</param>
/// <param name="Phase">What they were doing.</param>
/// <param name="WorkGroups">How many Work Groups they led.</param>
public sealed record SpecialistYear(AcademicYear Year, SpecialistPhase Phase, int WorkGroups);

/// <summary>
/// A specialist's phase each year, derived from their cohort and the Work Groups they lead: trained
/// in the cohort year, developing their own school the year after, then leading Work Groups. A
/// Work Group led during the development year counts as leading.
/// </summary>
public static class SpecialistPhases
{
    /// <summary>Their years from the cohort year through <paramref name="through"/> (or their last Work Group, if later).</summary>
    public static IReadOnlyList<SpecialistYear> Build(AcademicYear cohort, IEnumerable<AcademicYear> ledWorkGroups, AcademicYear through)
    {
        var led = ledWorkGroups.ToList();
        var last = led.Count > 0 && led.Max() > through ? led.Max() : through;
        var years = new List<SpecialistYear>();
        for (var year = cohort; year <= last; year = year.Next())
        {
            var current = year;
            var count = led.Count(y => y == current);
            var phase = current == cohort ? SpecialistPhase.Training
                : count > 0 ? SpecialistPhase.LeadingWorkGroups
                : current.StartYear == cohort.StartYear + 1 ? SpecialistPhase.DevelopingOwnSchool
                : SpecialistPhase.NotLeading;
            years.Add(new SpecialistYear(current, phase, count));
        }

        return years;
    }

    /// <summary>The phase's name on screen.</summary>
    public static string Name(this SpecialistPhase phase) => phase switch
    {
        SpecialistPhase.Training => "Training",
        SpecialistPhase.DevelopingOwnSchool => "Developing their own school",
        SpecialistPhase.LeadingWorkGroups => "Leading Work Groups",
        SpecialistPhase.NotLeading => "Not leading a Work Group",
    };
}
