using KeepUp.Application.Programme;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Programme;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>
/// Loads the records reach is computed from — hubs, specialists and Work Group memberships, as
/// three flat projections with no names of people — and leaves the counting to the domain.
/// </summary>
public sealed class ReachQueries(KeepUpDbContext db) : IReachRecordsSource
{
    /// <summary>Every hub, specialist and membership, ready for <see cref="Reach"/>.</summary>
    public async Task<ReachRecords> LoadAsync(CancellationToken cancellationToken = default)
    {
        var hubRows = await db.MathsHubs.AsNoTracking()
            .Select(h => new { h.Id, h.Code, h.Name, h.Region, h.LeadOrganisation }).ToListAsync(cancellationToken);
        var keys = hubRows.ToDictionary(h => h.Id, h => h.Code ?? h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var hubs = hubRows.Select(h => new HubRecord(keys[h.Id], h.Name, h.Region, h.LeadOrganisation)).ToList();

        var specialists = await db.MasterySpecialists.AsNoTracking()
            .Select(s => new { s.MathsHubId, s.School!.Urn, s.CohortStartYear }).ToListAsync(cancellationToken);
        var memberships = await db.WorkGroupMembers.AsNoTracking()
            .Select(m => new { m.WorkGroup!.MathsHubId, m.School!.Urn, m.WorkGroup.StartYear }).ToListAsync(cancellationToken);

        return new ReachRecords(
            hubs,
            [.. specialists.Select(s => new ReachSpecialist(keys[s.MathsHubId], Urn.From(s.Urn), AcademicYear.StartingIn(s.CohortStartYear)))],
            [.. memberships.Select(m => new ReachParticipation(keys[m.MathsHubId], Urn.From(m.Urn), AcademicYear.StartingIn(m.StartYear)))]);
    }
}
