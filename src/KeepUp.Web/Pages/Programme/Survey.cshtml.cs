using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Programme;

/// <summary>One of the hub's surveys: its response link and the distribution of answers to each question.</summary>
public sealed class SurveyModel(StaffDirectory directory, ParticipantSurveys surveys) : PageModel
{
    public SurveyResults? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var hub = await HubOfUser.FindAsync(directory, User, cancellationToken);
        Results = hub is null ? null : await surveys.ResultsAsync(hub.Id, id, cancellationToken);
        return Results is null ? NotFound() : Page();
    }
}
