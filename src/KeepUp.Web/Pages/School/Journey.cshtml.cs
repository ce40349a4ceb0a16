using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.School;

/// <summary>The signed-in maths lead's own school's journey: only their school, never another.</summary>
public sealed class JourneyModel(StaffDirectory directory, SchoolJourneys journeys) : PageModel
{
    public SchoolJourneyView? Journey { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await directory.FindAccountAsync(User.UserId(), cancellationToken);
        Journey = await journeys.ForSchoolAsync(account?.SchoolId, cancellationToken);
    }
}
