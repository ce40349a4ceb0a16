using KeepUp.Storage;
using KeepUp.Domain.Curriculum;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>The class's heat map: pupils × the steps of the current block, coloured by mastery status.</summary>
public sealed class ProgressModel(StaffScopes scopes, ClassAccess access, LessonPlanner planner, ClassMastery mastery, TimeProvider clock) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public string BlockTitle { get; private set; } = string.Empty;

    public IReadOnlyList<SmallStep> Steps { get; private set; } = [];

    public IReadOnlyList<Pupil> Pupils { get; private set; } = [];

    public ClassMasteryGrid Grid { get; private set; } = null!;

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
        var today = await planner.TodaysStepAsync(schoolClass);
        BlockTitle = today.Sequence.BlockTitle;
        Steps = [.. planner.SequenceOf(schoolClass).Where(s => s.Year == today.Year && s.Sequence.BlockOrder == today.Sequence.BlockOrder)];
        Pupils = await access.PupilsOfAsync(schoolClass);
        Grid = await mastery.ForPupilsAsync(schoolClass.SchoolId, schoolClass.Id, [.. Pupils.Select(p => p.Id)], clock.SchoolToday(), Steps.Select(s => s.Id));
        return Page();
    }
}
