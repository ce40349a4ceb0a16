using KeepUp.Storage;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Programme;

/// <summary>The hub's impact evidence, challenges and next steps.</summary>
public sealed class EvidenceModel(StaffDirectory directory, ImpactEvidence evidence, TimeProvider clock) : PageModel
{
    public MathsHub? Hub { get; private set; }

    public IReadOnlyList<EvidenceItem> Items { get; private set; } = [];

    public IReadOnlyList<ImpactNote> Notes { get; private set; } = [];

    public string? Problem { get; private set; }

    public DateOnly Today => clock.SchoolToday();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostEvidenceAsync(DateOnly? date, EvidenceSource source, ImpactCategory category, string? themes, string? summary,
        string? urn, string? quote, string? attribution, bool forPublication, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } hub)
        {
            return Forbid();
        }

        int? schoolUrn = null;
        if (!string.IsNullOrWhiteSpace(urn))
        {
            if (!Urn.TryParse(urn, out var parsed))
            {
                return Fail($"\"{urn}\" is not a URN: a URN has six digits.");
            }

            schoolUrn = parsed.Value;
        }

        var added = await evidence.AddAsync(User.UserId(), hub.Id, new EvidenceForm(date ?? Today, source, category, themes, summary, schoolUrn, quote, attribution, forPublication), cancellationToken);
        return added.IsSuccess ? Redirect("/programme/evidence") : Fail(added.Error!.Message);
    }

    public async Task<IActionResult> OnPostNoteAsync(string? category, bool isNextStep, string? text, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } hub)
        {
            return Forbid();
        }

        ImpactCategory? lens = Enum.TryParse<ImpactCategory>(category, out var parsed) ? parsed : null;
        var added = await evidence.AddNoteAsync(User.UserId(), hub.Id, Today, lens, isNextStep, text, cancellationToken);
        return added.IsSuccess ? Redirect("/programme/evidence") : Fail(added.Error!.Message);
    }

    private PageResult Fail(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<MathsHub?> LoadAsync(CancellationToken cancellationToken)
    {
        Hub = await HubOfUser.FindAsync(directory, User, cancellationToken);
        if (Hub is not null)
        {
            Items = await evidence.OfHubAsync(Hub.Id, cancellationToken);
            Notes = await evidence.NotesOfHubAsync(Hub.Id, cancellationToken);
        }

        return Hub;
    }
}
