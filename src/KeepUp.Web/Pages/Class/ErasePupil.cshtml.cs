using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Pages.Class;

/// <summary>The right to erasure, for the maths lead only, after typing the pupil's name.</summary>
public sealed class ErasePupilModel(StaffScopes scopes, ClassAccess access, PupilErasure erasure, KeepUpDbContext db) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public Pupil Pupil { get; private set; } = null!;

    public int Answers { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int classId, Guid pupilId) => await LoadAsync(classId, pupilId) ?? Page();

    public async Task<IActionResult> OnPostAsync(int classId, Guid pupilId, string? confirmation)
    {
        if (await LoadAsync(classId, pupilId) is { } failed)
        {
            return failed;
        }

        var erased = await erasure.EraseAsync((await scopes.CurrentAsync(User))!, pupilId, confirmation);
        if (erased.Value is not { } summary)
        {
            Error = erased.Error!.Message;
            return Page();
        }

        return Redirect(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/class/{classId}/pupils/archived?erased={summary.AnswersKept}"));
    }

    private async Task<IActionResult?> LoadAsync(int classId, Guid pupilId)
    {
        if (await scopes.CurrentAsync(User) is not { SeesWholeSchool: true } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, classId) is not { } schoolClass
            || await access.FindPupilAsync(scope, pupilId) is not { } pupil || pupil.ClassId != classId)
        {
            return NotFound();
        }

        Class = schoolClass;
        Pupil = pupil;
        Answers = await db.Evidence.CountAsync(e => e.PupilId == pupil.Id && e.SchoolId == scope.SchoolId);
        return null;
    }
}
