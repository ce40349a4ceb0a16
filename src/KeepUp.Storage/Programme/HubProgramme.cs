using KeepUp.Domain.Calendar;
using KeepUp.Domain.Programme;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>A specialist as their hub sees them: school, cohort, and their phase each year.</summary>
public sealed record HubSpecialist(string Name, string School, AcademicYear Cohort, IReadOnlyList<SpecialistYear> Years);

/// <summary>A Work Group as its hub sees it (read-only).</summary>
public sealed record HubWorkGroup(string Code, AcademicYear Year, WorkGroupType Type, string Lead, int Schools);

/// <summary>A school in a Mastery Readiness Work Group, with its readiness audits so far.</summary>
public sealed record ReadinessSchool(int Urn, string Name, AcademicYear Year, int Audits, DateOnly? LastAudit);

/// <summary>A hub's specialists and Work Groups, for its hub lead and the specialists themselves.</summary>
public sealed class HubProgramme(KeepUpDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<HubSpecialist>> SpecialistsAsync(int hubId, CancellationToken cancellationToken = default)
    {
        var specialists = await db.MasterySpecialists.AsNoTracking().Where(s => s.MathsHubId == hubId)
            .Select(s => new { s.Id, s.Name, School = s.School!.Name, s.CohortStartYear, s.AccountId }).ToListAsync(cancellationToken);
        var led = await db.WorkGroups.AsNoTracking().Where(g => g.LeadSpecialist!.MathsHubId == hubId)
            .Select(g => new { g.LeadSpecialistId, g.StartYear }).ToListAsync(cancellationToken);
        var through = AcademicYear.Containing(clock.SchoolToday());
        return [.. specialists.OrderBy(s => s.CohortStartYear).ThenBy(s => s.Name, StringComparer.Ordinal).Select(s => new HubSpecialist(s.Name, s.School,
            AcademicYear.StartingIn(s.CohortStartYear),
            SpecialistPhases.Build(AcademicYear.StartingIn(s.CohortStartYear), led.Where(l => l.LeadSpecialistId == s.Id).Select(l => AcademicYear.StartingIn(l.StartYear)), through)))];
    }

    public async Task<IReadOnlyList<HubWorkGroup>> WorkGroupsAsync(int hubId, CancellationToken cancellationToken = default)
    {
        var rows = await db.WorkGroups.AsNoTracking().Where(g => g.MathsHubId == hubId)
            .Select(g => new { g.Code, g.StartYear, g.Type, Lead = g.LeadSpecialist!.Name, Schools = g.Members.Count }).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.StartYear).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new HubWorkGroup(r.Code, AcademicYear.StartingIn(r.StartYear), r.Type, r.Lead, r.Schools))];
    }

    /// <summary>The hub's Readiness Lead's name, or null when none is set.</summary>
    public async Task<string?> ReadinessLeadAsync(int hubId, CancellationToken cancellationToken = default)
    {
        var accountId = await db.MathsHubs.AsNoTracking().Where(h => h.Id == hubId).Select(h => h.ReadinessLeadAccountId).FirstOrDefaultAsync(cancellationToken);
        return accountId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == accountId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// For the hub's Readiness Lead: the schools of the hub's Mastery Readiness Work Groups, newest
    /// year first, with how many self-audits each has made. Empty for anyone else.
    /// </summary>
    public async Task<IReadOnlyList<ReadinessSchool>> ReadinessSchoolsAsync(string userId, CancellationToken cancellationToken = default)
    {
        var hubId = await db.MathsHubs.AsNoTracking().Where(h => h.ReadinessLeadAccountId == userId).Select(h => (int?)h.Id).FirstOrDefaultAsync(cancellationToken);
        if (hubId is null)
        {
            return [];
        }

        var rows = await db.WorkGroupMembers.AsNoTracking()
            .Where(m => m.WorkGroup!.MathsHubId == hubId && m.WorkGroup.Type == WorkGroupType.MasteryReadiness)
            .Select(m => new
            {
                m.School!.Urn,
                m.School.Name,
                m.WorkGroup!.StartYear,
                Audits = db.ReadinessAudits.Count(a => a.SchoolId == m.SchoolId),
                Last = db.ReadinessAudits.Where(a => a.SchoolId == m.SchoolId).Max(a => (DateOnly?)a.Date),
            }).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.StartYear).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new ReadinessSchool(r.Urn, r.Name, AcademicYear.StartingIn(r.StartYear), r.Audits, r.Last))];
    }
}
