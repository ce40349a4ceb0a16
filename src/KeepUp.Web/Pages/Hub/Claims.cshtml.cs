using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Hub;

/// <summary>The hub lead's funding claims: approve or reject what the specialists submitted.</summary>
public sealed class ClaimsModel(StaffDirectory directory, FundingClaims claims) : PageModel
{
    public IReadOnlyList<FundingClaim> Claims { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(int claimId, string decision, string? note, CancellationToken cancellationToken)
    {
        var account = await directory.FindAccountAsync(User.UserId(), cancellationToken);
        if (account?.MathsHubId is not { } hubId)
        {
            return Forbid();
        }

        var decided = await claims.DecideAsync(User.UserId(), account.DisplayName, hubId, claimId, decision == "approve", note, cancellationToken);
        if (decided.IsSuccess)
        {
            return Redirect("/hub/claims");
        }

        Problem = decided.Error!.Message;
        Response.StatusCode = decided.Error is KeepUp.Application.Common.NotFoundError ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var account = await directory.FindAccountAsync(User.UserId(), cancellationToken);
        Claims = account?.MathsHubId is { } hubId ? await claims.OfHubAsync(hubId, cancellationToken) : [];
    }
}
