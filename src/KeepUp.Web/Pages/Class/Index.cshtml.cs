using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>The classes a member of staff works with (all of them for a maths lead), and a form for a new one.</summary>
public sealed class IndexModel(StaffScopes scopes, ClassAccess access, ClassSetup setup, LessonPlanner planner) : PageModel
{
    public IReadOnlyList<(SchoolClass Class, int Pupils, string TodaysStep)> Classes { get; private set; } = [];

    public string? Error { get; private set; }

    [BindProperty]
    public string Name { get; set; } = string.Empty;

    [BindProperty]
    public int YearGroup { get; set; } = 1;

    [BindProperty]
    public bool MixedAge { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await scopes.CurrentAsync(User) is not { } scope)
        {
            return Forbid();
        }

        await LoadAsync(scope);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await scopes.CurrentAsync(User) is not { IsTeachingAssistant: false } scope)
        {
            return Forbid();
        }

        var created = await setup.CreateAsync(scope, new NewClass(Name, YearGroup, MixedAge ? YearGroup + 1 : null));
        if (created.Value is { } schoolClass)
        {
            return Redirect($"/class/{schoolClass.Id}");
        }

        Error = created.Error!.Message;
        await LoadAsync(scope);
        return Page();
    }

    private async Task LoadAsync(StaffScope scope)
    {
        var classes = await access.VisibleClassesAsync(scope);
        var rows = new List<(SchoolClass, int, string)>();
        foreach (var schoolClass in classes)
        {
            var pupils = (await access.PupilsOfAsync(schoolClass)).Count;
            rows.Add((schoolClass, pupils, (await planner.TodaysStepAsync(schoolClass)).Title));
        }

        Classes = rows;
    }
}
