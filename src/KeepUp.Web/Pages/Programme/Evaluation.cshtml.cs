using KeepUp.Storage;
using KeepUp.Application.Programme;
using KeepUp.Domain.Calendar;
using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Programme;

/// <summary>The evaluation report for the user's hub or the programme over a chosen period; printable.</summary>
public sealed class EvaluationModel(StaffDirectory directory, ImpactEvidence evidence, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Scope { get; set; } = "hub";

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public string? Html { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var year = AcademicYear.Containing(clock.SchoolToday());
        From ??= year.FirstDay;
        To ??= year.LastDay;
        var hub = Scope == "programme" ? null : await HubOfUser.FindAsync(directory, User, cancellationToken);
        var report = await evidence.ReportAsync(hub?.Key, From.Value, To.Value, cancellationToken);
        if (report.Value is null)
        {
            Problem = report.Error!.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Html = EvaluationReportHtml.Body(report.Value);
        return Page();
    }
}
