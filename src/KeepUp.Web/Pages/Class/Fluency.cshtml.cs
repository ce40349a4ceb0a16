using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Fluency;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>
/// The class's fact fluency: the 12 × 12 heat map, facts secured over time, pupils not yet secure
/// on their year's facts and each Year 4 pupil's multiplication tables check readiness.
/// </summary>
public sealed class FluencyModel(StaffScopes scopes, ClassAccess access, FluencyReports reports, TimeProvider clock) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public int PupilCount { get; private set; }

    public ClassFluencyReport Report { get; private set; } = null!;

    public string Chart { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await scopes.CurrentAsync(User) is not { } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, id) is not { } schoolClass)
        {
            return NotFound();
        }

        Class = schoolClass;
        var pupils = await access.PupilsOfAsync(schoolClass);
        PupilCount = pupils.Count;
        Report = await reports.ForClassAsync(pupils, clock.SchoolToday());
        Chart = FluencyChart.Render([.. Report.SecuredOverTime.Select(p => (p.Day, p.AveragePerPupil))], "facts secured per pupil", "class-secured");
        return Page();
    }
}
