using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Programme;

/// <summary>The hub's participant surveys: build one, share its link, read the results.</summary>
public sealed class SurveysModel(StaffDirectory directory, ParticipantSurveys surveys) : PageModel
{
    public MathsHub? Hub { get; private set; }

    public IReadOnlyList<(Survey Survey, int Responses)> Surveys { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? title, string? likert, string? freeText, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } hub)
        {
            return Forbid();
        }

        var created = await surveys.CreateAsync(User.UserId(), hub.Id, title, likert, freeText, cancellationToken);
        if (created.IsSuccess)
        {
            return Redirect($"/programme/surveys/{created.Value}");
        }

        Problem = created.Error!.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<MathsHub?> LoadAsync(CancellationToken cancellationToken)
    {
        Hub = await HubOfUser.FindAsync(directory, User, cancellationToken);
        Surveys = Hub is null ? [] : await surveys.OfHubAsync(Hub.Id, cancellationToken);
        return Hub;
    }
}
