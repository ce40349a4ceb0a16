using KeepUp.Domain.Calendar;
using KeepUp.Domain.Programme;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>A school and its journey, for the timeline.</summary>
public sealed record SchoolJourneyView(int SchoolId, int Urn, string Name, string? LocalAuthority, bool IsStateFunded, IReadOnlyList<JourneyYear> Years);

/// <summary>Builds a school's journey from its Work Group memberships and any specialist it has.</summary>
public sealed class SchoolJourneys(KeepUpDbContext db, TimeProvider clock)
{
    /// <summary>The journey of the school with this URN through the current academic year, or null when no such school.</summary>
    public async Task<SchoolJourneyView?> ForUrnAsync(int urn, CancellationToken cancellationToken = default)
    {
        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Urn == urn, cancellationToken);
        return school is null ? null : await BuildAsync(school, cancellationToken);
    }

    /// <summary>The journey of the school with this database id, or null.</summary>
    public async Task<SchoolJourneyView?> ForSchoolAsync(int? schoolId, CancellationToken cancellationToken = default)
    {
        var school = schoolId is null ? null : await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        return school is null ? null : await BuildAsync(school, cancellationToken);
    }

    private async Task<SchoolJourneyView> BuildAsync(School school, CancellationToken cancellationToken)
    {
        var memberships = await db.WorkGroupMembers.AsNoTracking().Where(m => m.SchoolId == school.Id)
            .Select(m => new { m.WorkGroup!.Code, m.WorkGroup.StartYear, m.WorkGroup.Type }).ToListAsync(cancellationToken);
        var cohorts = await db.MasterySpecialists.AsNoTracking().Where(s => s.SchoolId == school.Id).Select(s => s.CohortStartYear).ToListAsync(cancellationToken);
        var today = clock.SchoolToday();
        var years = SchoolJourney.Build(
            memberships.Select(m => new JourneyMembership(m.Code, AcademicYear.StartingIn(m.StartYear), m.Type)),
            cohorts.Select(AcademicYear.StartingIn),
            AcademicYear.Containing(today));
        return new SchoolJourneyView(school.Id, school.Urn, school.Name, school.LocalAuthority, school.IsStateFunded, years);
    }
}
