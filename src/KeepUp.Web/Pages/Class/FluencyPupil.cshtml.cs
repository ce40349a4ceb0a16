using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Fluency;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>One pupil's fact fluency: their own heat map, facts secured over time, their year's facts not yet secure and, in Year 4, check readiness.</summary>
public sealed class FluencyPupilModel(StaffScopes scopes, ClassAccess access, FluencyReports reports, TimeProvider clock) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public PupilFluencyReport Report { get; private set; } = null!;

    public string Chart { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, Guid pupilId)
    {
        if (await scopes.CurrentAsync(User) is not { } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, id) is not { } schoolClass
            || (await access.PupilsOfAsync(schoolClass)).FirstOrDefault(p => p.Id == pupilId) is not { } pupil)
        {
            return NotFound();
        }

        Class = schoolClass;
        Report = await reports.ForPupilAsync(pupil, clock.SchoolToday());
        Chart = FluencyChart.Render([.. Report.SecuredOverTime.Select(p => (DateOnly.FromDayNumber(p.Day), (double)p.Secured))], "facts secured", "pupil-secured");
        return Page();
    }
}
