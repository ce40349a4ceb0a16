using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Programme;

/// <summary>A school's journey through the programme, for hub staff: phases and Work Groups, no pupils.</summary>
public sealed class SchoolModel(SchoolJourneys journeys) : PageModel
{
    public SchoolJourneyView? Journey { get; private set; }

    public async Task<IActionResult> OnGetAsync(int urn, CancellationToken cancellationToken)
    {
        Journey = await journeys.ForUrnAsync(urn, cancellationToken);
        return Journey is null ? NotFound() : Page();
    }
}
