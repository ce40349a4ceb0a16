using System.Security.Claims;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Programme;
using KeepUp.Web.Pages;

namespace KeepUp.Web.Hosting;

/// <summary>
/// Turns the signed-in person into a <see cref="StaffScope"/>: their school and what they may see of
/// it. Hub roles and staff without a school get none, so they never reach pupil data.
/// </summary>
public sealed class StaffScopes(StaffDirectory directory)
{
    private StaffScope? current;
    private bool loaded;

    public async Task<StaffScope?> CurrentAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (loaded)
        {
            return current;
        }

        loaded = true;
        var schoolRole = user.IsInRole(Roles.SchoolLead) || user.IsInRole(Roles.Teacher) || user.IsInRole(Roles.TeachingAssistant);
        if (!schoolRole || await directory.FindAccountAsync(user.UserId()) is not { SchoolId: { } schoolId } account)
        {
            return null;
        }

        current = new StaffScope(account.Id, schoolId, user.IsInRole(Roles.SchoolLead), user.IsInRole(Roles.TeachingAssistant) && !user.IsInRole(Roles.Teacher));
        return current;
    }
}
