using System.Security.Claims;
using KeepUp.Storage.Programme;

namespace KeepUp.Web.Pages;

/// <summary>What hub staff see of their own hub: its name and its schools.</summary>
internal static class HubPage
{
    public static async Task<(string HubName, IReadOnlyList<HubSchool> Schools)> LoadAsync(StaffDirectory directory, ClaimsPrincipal user)
    {
        var account = await directory.FindAccountAsync(user.UserId());
        var hub = await directory.FindHubAsync(account?.MathsHubId);
        return hub is null ? ("No hub assigned", []) : (hub.Name, await directory.SchoolsOfHubAsync(hub.Id));
    }
}

internal static class ClaimsPrincipalExtensions
{
    public static string UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
}
