using KeepUp.Domain.Classroom;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>Adds one pupil by hand to a class the teacher teaches (any class, for the maths lead).</summary>
public sealed class AddPupilModel(StaffScopes scopes, ClassAccess access, PupilRecords records) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    [BindProperty]
    public PupilFormFields Fields { get; set; } = new();

    public PupilFormView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int classId)
    {
        if (await LoadAsync(classId) is { } failed)
        {
            return failed;
        }

        Fields.ClassId = classId;
        Fields.YearGroup = Class.YearGroup.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int classId)
    {
        if (await LoadAsync(classId) is { } failed)
        {
            return failed;
        }

        var added = await records.AddAsync((await scopes.CurrentAsync(User))!, Fields.ToForm());
        if (added.Value is not { } pupil)
        {
            View = View with { Problems = added.Error is PupilFormError form ? form.Problems : [new PupilEntryProblem(PupilField.Class, added.Error!.Message)] };
            return Page();
        }

        return Redirect($"/class/{pupil.ClassId}/pupil/{pupil.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int classId)
    {
        if (await scopes.CurrentAsync(User) is not { IsTeachingAssistant: false } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, classId) is not { } schoolClass || !PupilRecords.Manages(scope, schoolClass))
        {
            return NotFound();
        }

        Class = schoolClass;
        View = new PupilFormView(Fields, await records.ClassesToManageAsync(scope), []);
        return null;
    }
}
