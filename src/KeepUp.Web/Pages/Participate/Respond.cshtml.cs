using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Participate;

/// <summary>A participant answers a survey through its link: no sign-in, no name kept.</summary>
public sealed class RespondModel(ParticipantSurveys surveys) : PageModel
{
    public KeepUp.Storage.Programme.Survey? Survey { get; private set; }

    public string? Problem { get; private set; }

    public bool Thanked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Survey = await surveys.ByTokenAsync(token, cancellationToken);
        return Survey is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, Dictionary<int, string?>? answer, CancellationToken cancellationToken)
    {
        Survey = await surveys.ByTokenAsync(token, cancellationToken);
        if (Survey is null)
        {
            return NotFound();
        }

        var saved = await surveys.RespondAsync(token, answer ?? [], cancellationToken);
        if (saved.IsSuccess)
        {
            Thanked = true;
            return Page();
        }

        Problem = saved.Error!.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
