using KeepUp.Storage;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.School;

/// <summary>The school's own Mastery Readiness self-audits: record one, see the profile over time.</summary>
public sealed class ReadinessModel(StaffDirectory directory, ReadinessAudits audits, TimeProvider clock) : PageModel
{
    public string SchoolName { get; private set; } = string.Empty;

    public IReadOnlyList<ReadinessAudit> Audits { get; private set; } = [];

    public string? Problem { get; private set; }

    public bool Linked { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(Dictionary<ReadinessArea, int>? rating, Dictionary<ReadinessArea, string>? evidence, CancellationToken cancellationToken)
    {
        var school = await LoadAsync(cancellationToken);
        if (school is null)
        {
            return Forbid();
        }

        var answers = ReadinessRatings.Areas.Select(a => new ReadinessAnswer(a, rating?.GetValueOrDefault(a) ?? 0, evidence?.GetValueOrDefault(a))).ToList();
        var today = clock.SchoolToday();
        var recorded = await audits.RecordAsync(User.UserId(), school.Id, today, answers, cancellationToken);
        if (recorded.IsSuccess)
        {
            return Redirect("/school/readiness");
        }

        Problem = recorded.Error!.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<KeepUp.Storage.Programme.School?> LoadAsync(CancellationToken cancellationToken)
    {
        var account = await directory.FindAccountAsync(User.UserId(), cancellationToken);
        var school = await directory.FindSchoolAsync(account?.SchoolId, cancellationToken);
        if (school is null)
        {
            return null;
        }

        Linked = true;
        SchoolName = school.Name;
        Audits = await audits.OfSchoolAsync(school.Id, cancellationToken);
        return school;
    }
}
