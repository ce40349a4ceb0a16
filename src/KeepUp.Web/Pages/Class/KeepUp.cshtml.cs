using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>The keep-up list after today's check, its intervention groups, and the pre-teach list for the next step.</summary>
public sealed class KeepUpModel(StaffScopes scopes, ClassAccess access, KeepUpPlanner planner, TimeProvider clock) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public KeepUpDay Day { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostPlanAsync(int id, string stepId, string? misconception, List<Guid> pupils)
    {
        if (await LoadAsync(id) is { } failed)
        {
            return failed;
        }

        var planned = await planner.PlanAsync((await scopes.CurrentAsync(User))!, Class, stepId, misconception, pupils ?? []);
        if (planned.Value is not { } intervention)
        {
            Error = planned.Error!.Message;
            return Page();
        }

        return Redirect($"/class/{id}/intervention/{intervention.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
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
        Day = await planner.DayAsync(schoolClass, clock.SchoolToday());
        return null;
    }
}
