using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Programme;

/// <summary>A school's journey through the programme, for hub staff: phases and Work Groups, no pupils.</summary>
public sealed class SchoolModel(SchoolJourneys journeys, ReadinessAudits audits) : PageModel
{
    public SchoolJourneyView? Journey { get; private set; }

    public IReadOnlyList<ReadinessAudit> Audits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int urn, CancellationToken cancellationToken)
    {
        Journey = await journeys.ForUrnAsync(urn, cancellationToken);
        if (Journey is null)
        {
            return NotFound();
        }

        Audits = await audits.OfSchoolAsync(Journey.SchoolId, cancellationToken);
        return Page();
    }
}
