using KeepUp.Domain.Classroom;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>Corrects a pupil's record, or moves them to another class; teachers of the class and the maths lead only.</summary>
public sealed class EditPupilModel(StaffScopes scopes, ClassAccess access, PupilRecords records) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public Pupil Pupil { get; private set; } = null!;

    [BindProperty]
    public PupilFormFields Fields { get; set; } = new();

    public PupilFormView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int classId, Guid pupilId)
    {
        if (await LoadAsync(classId, pupilId) is { } failed)
        {
            return failed;
        }

        Fields = PupilFormFields.From(Pupil);
        View = View with { Fields = Fields };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int classId, Guid pupilId)
    {
        if (await LoadAsync(classId, pupilId) is { } failed)
        {
            return failed;
        }

        var edited = await records.EditAsync((await scopes.CurrentAsync(User))!, pupilId, Fields.ToForm());
        if (edited.Value is not { } pupil)
        {
            View = View with { Problems = edited.Error is PupilFormError form ? form.Problems : [new PupilEntryProblem(PupilField.Class, edited.Error!.Message)] };
            return Page();
        }

        return Redirect($"/class/{pupil.ClassId}/pupil/{pupil.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int classId, Guid pupilId)
    {
        if (await scopes.CurrentAsync(User) is not { IsTeachingAssistant: false } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, classId) is not { } schoolClass || !PupilRecords.Manages(scope, schoolClass)
            || await access.FindPupilAsync(scope, pupilId) is not { } pupil || pupil.ClassId != classId)
        {
            return NotFound();
        }

        Class = schoolClass;
        Pupil = pupil;
        View = new PupilFormView(Fields, await records.ClassesToManageAsync(scope), []);
        return null;
    }
}
