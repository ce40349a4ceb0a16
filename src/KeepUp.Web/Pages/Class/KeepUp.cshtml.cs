using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>The keep-up list after today's check, its intervention groups, and the pre-teach list for the next step.</summary>
public sealed class KeepUpModel(StaffScopes scopes, ClassAccess access, KeepUpPlanner planner, LessonPlanner lessons, TimeProvider clock) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public KeepUpDay Day { get; private set; } = null!;

    public string? Error { get; private set; }

    /// <summary>The school day shown.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>True when the page shows today.</summary>
    public bool IsToday { get; private set; }

    /// <summary>True when today has no check yet and the page shows the latest one instead.</summary>
    public bool FellBack { get; private set; }

    /// <summary>Recent days with a check, newest first, to look back at.</summary>
    public IReadOnlyList<DateOnly> CheckDays { get; private set; } = [];

    /// <summary>
    /// Shows today, or the day asked for. Before today's check (say, on a Monday morning) the page
    /// falls back to the latest check, so its keep-up and pre-teach lists are there to act on.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(int id, DateOnly? day) => await LoadAsync(id, day) ?? Page();

    public async Task<IActionResult> OnPostPlanAsync(int id, string stepId, string? misconception, List<Guid> pupils)
    {
        if (await LoadAsync(id, null) is { } failed)
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

    private async Task<IActionResult?> LoadAsync(int id, DateOnly? day)
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
        var today = clock.SchoolToday();
        CheckDays = await lessons.CheckDaysAsync(schoolClass, today, 10);
        Date = day is { } asked && asked <= today ? asked : today;
        Day = await planner.DayAsync(schoolClass, Date);
        if (day is null && Day.Check is null && CheckDays.Count > 0)
        {
            Date = CheckDays[0];
            Day = await planner.DayAsync(schoolClass, Date);
            FellBack = true;
        }

        IsToday = Date == today;
        return null;
    }
}
