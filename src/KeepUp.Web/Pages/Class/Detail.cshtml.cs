using KeepUp.Storage;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Classroom;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>
/// A class's page: today's step with teach mode, the end-of-lesson check, the keep-up list and the pupils.
/// </summary>
public sealed class DetailModel(StaffScopes scopes, ClassAccess access, LessonPlanner planner, TimeProvider clock) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public SmallStep TodaysStep { get; private set; } = null!;

    public IReadOnlyList<SmallStep> Sequence { get; private set; } = [];

    public IReadOnlyList<Pupil> Pupils { get; private set; } = [];

    public IReadOnlyList<LessonCheck> TodaysChecks { get; private set; } = [];

    public bool CanManage { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } failed)
        {
            return failed;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostChooseStepAsync(int id, string? stepId)
    {
        if (await LoadAsync(id) is { } failed)
        {
            return failed;
        }

        // The page hides these forms from teaching assistants; the handlers must refuse them too.
        if (!CanManage)
        {
            return Forbid();
        }

        var chosen = await planner.ChooseStepAsync((await scopes.CurrentAsync(User))!, Class, stepId);
        if (!chosen.IsSuccess)
        {
            Error = chosen.Error!.Message;
            return Page();
        }

        return Redirect($"/class/{id}");
    }

    public async Task<IActionResult> OnPostStartCheckAsync(int id, string stepId, int questions = CheckPlan.DefaultQuestions)
    {
        if (await LoadAsync(id) is { } failed)
        {
            return failed;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var started = await planner.StartCheckAsync((await scopes.CurrentAsync(User))!, Class, stepId, questions, Random.Shared.Next(0, int.MaxValue));
        if (started.Value is not { } check)
        {
            Error = started.Error!.Message;
            return Page();
        }

        return Redirect($"/class/{id}/check/{check.Id}");
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
        CanManage = !scope.IsTeachingAssistant;
        TodaysStep = await planner.TodaysStepAsync(schoolClass);
        Sequence = planner.SequenceOf(schoolClass);
        Pupils = await access.PupilsOfAsync(schoolClass);
        TodaysChecks = await planner.ChecksOnAsync(schoolClass, clock.SchoolToday());
        return null;
    }
}
