using System.Security.Claims;
using KeepUp.Storage.Programme;

namespace KeepUp.Web.Pages.Programme;

/// <summary>The hub of the signed-in hub lead or specialist: evidence and surveys belong to it.</summary>
internal static class HubOfUser
{
    public static async Task<MathsHub?> FindAsync(StaffDirectory directory, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var account = await directory.FindAccountAsync(user.UserId(), cancellationToken);
        return await directory.FindHubAsync(account?.MathsHubId, cancellationToken);
    }
}
