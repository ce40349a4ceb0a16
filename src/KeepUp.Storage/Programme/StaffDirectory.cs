using KeepUp.Storage.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>A staff member as listed for their own school or hub.</summary>
public sealed record StaffMember(string Name, string Email, string Role);

/// <summary>A school as its hub sees it: no pupil data, only what the programme needs.</summary>
public sealed record HubSchool(int Urn, string Name, string? LocalAuthority, int StaffCount);

/// <summary>What the signed-in person's own hub and school look like. Every query is scoped to them.</summary>
public sealed class StaffDirectory(KeepUpDbContext db)
{
    public async Task<StaffAccount?> FindAccountAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

    public async Task<School?> FindSchoolAsync(int? schoolId, CancellationToken cancellationToken = default) =>
        schoolId is null ? null : await db.Schools.AsNoTracking().Include(s => s.MathsHub).FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken);

    public async Task<MathsHub?> FindHubAsync(int? hubId, CancellationToken cancellationToken = default) =>
        hubId is null ? null : await db.MathsHubs.AsNoTracking().FirstOrDefaultAsync(h => h.Id == hubId, cancellationToken);

    /// <summary>The staff of one school, with their roles, by name.</summary>
    public async Task<IReadOnlyList<StaffMember>> StaffOfSchoolAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        var rows = await (
            from user in db.Users.Where(u => u.SchoolId == schoolId)
            join link in db.UserRoles on user.Id equals link.UserId
            join role in db.Roles on link.RoleId equals role.Id
            select new { user.DisplayName, user.Email, role.Name }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DisplayName, StringComparer.Ordinal).Select(r => new StaffMember(r.DisplayName, r.Email ?? string.Empty, Roles.Title(r.Name ?? string.Empty)))];
    }

    /// <summary>
    /// The schools working with one hub — assigned to it, in its Work Groups, or home to its
    /// specialists — with how many staff each has on KeepUp.
    /// </summary>
    public async Task<IReadOnlyList<HubSchool>> SchoolsOfHubAsync(int hubId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Schools.AsNoTracking()
            .Where(s => s.MathsHubId == hubId
                || db.WorkGroupMembers.Any(m => m.SchoolId == s.Id && m.WorkGroup!.MathsHubId == hubId)
                || db.MasterySpecialists.Any(m => m.SchoolId == s.Id && m.MathsHubId == hubId))
            .Select(s => new { s.Urn, s.Name, s.LocalAuthority, Staff = db.Users.Count(u => u.SchoolId == s.Id) })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new HubSchool(r.Urn, r.Name, r.LocalAuthority, r.Staff))];
    }
}
