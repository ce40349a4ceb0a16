using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>A class's archived pupils, so a teacher can find and restore one who came back.</summary>
public sealed class ArchivedPupilsModel(StaffScopes scopes, ClassAccess access, PupilRecords records) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public IReadOnlyList<Pupil> Pupils { get; private set; } = [];

    public bool CanManage { get; private set; }

    /// <summary>Set after an erasure: how many answers were kept as anonymised counts.</summary>
    public int? Erased { get; private set; }

    public async Task<IActionResult> OnGetAsync(int classId, int? erased)
    {
        if (await scopes.CurrentAsync(User) is not { } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, classId) is not { } schoolClass)
        {
            return NotFound();
        }

        Class = schoolClass;
        CanManage = PupilRecords.Manages(scope, schoolClass);
        Pupils = await records.ArchivedInAsync(schoolClass);
        Erased = erased is >= 0 ? erased : null;
        return Page();
    }
}
