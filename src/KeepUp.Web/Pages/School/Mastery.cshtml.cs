using KeepUp.Domain.Classroom;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.School;

/// <summary>
/// How the school is keeping up, for a maths lead or head: by year group, by pupil group against the
/// rest, and the pupils who needed same-day help three or more times this half-term.
/// </summary>
public sealed class MasteryModel(StaffScopes scopes, SchoolMastery school, TimeProvider clock) : PageModel
{
    /// <summary>"half-term" for this half-term; anything else means this academic year so far.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public SchoolPeriod Chosen => string.Equals(Period, "half-term", StringComparison.OrdinalIgnoreCase) ? SchoolPeriod.HalfTerm : SchoolPeriod.Year;

    public SchoolMasteryReport Report { get; private set; } = null!;

    public string YearChart { get; private set; } = string.Empty;

    public string GroupChart { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.CurrentAsync(User) is not { } scope
            || await school.ForAsync(scope, Chosen, clock.SchoolToday(), cancellationToken) is not { } report)
        {
            return Forbid();
        }

        Report = report;
        YearChart = SchoolMasteryChart.YearGroups(report.Picture.YearGroups, "year-chart");
        GroupChart = SchoolMasteryChart.PupilGroups(report.Picture.Groups, "group-chart");
        return Page();
    }
}
