using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>Sign-in PINs for a class: open a window (default today 08:00–16:00) and print the slips.</summary>
public sealed class PinsModel(StaffScopes scopes, ClassAccess access, PupilRegister register, KeepUp.Storage.KeepUpDbContext db, TimeProvider clock) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public IReadOnlyList<Pupil> Pupils { get; private set; } = [];

    public string? SchoolCode { get; private set; }

    public string? Error { get; private set; }

    [BindProperty]
    public DateOnly Date { get; set; }

    [BindProperty]
    public TimeOnly From { get; set; } = KeepUp.Domain.Classroom.PinWindow.SchoolDayStart;

    [BindProperty]
    public TimeOnly Until { get; set; } = KeepUp.Domain.Classroom.PinWindow.SchoolDayEnd;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Date = clock.SchoolToday();
        return await LoadAsync(id) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } failed)
        {
            return failed;
        }

        var opened = await register.OpenSignInAsync((await scopes.CurrentAsync(User))!, Class, Date, From, Until);
        if (!opened.IsSuccess)
        {
            Error = opened.Error!.Message;
            return Page();
        }

        return Redirect($"/class/{id}/pins");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await scopes.CurrentAsync(User) is not { IsTeachingAssistant: false } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, id) is not { } schoolClass)
        {
            return NotFound();
        }

        Class = schoolClass;
        Pupils = await access.PupilsOfAsync(schoolClass);
        SchoolCode = (await db.Schools.FindAsync(scope.SchoolId))?.SignInCode;
        return null;
    }
}
