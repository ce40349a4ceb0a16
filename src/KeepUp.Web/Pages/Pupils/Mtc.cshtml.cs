using KeepUp.Storage.Classroom;
using KeepUp.Storage.Mtc;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Pupils;

/// <summary>
/// The multiplication tables check on a pupil's device. The page is a shell: /js/mtc.js loads the
/// whole check at the start, times every question on the device's monotonic clock, keeps every
/// answer in IndexedDB and sends the check at the end, so the network can come and go meanwhile.
/// </summary>
public sealed class MtcModel(PupilWork work, MtcChecks checks) : PageModel
{
    public string Forename { get; private set; } = string.Empty;

    public Guid PupilId { get; private set; }

    /// <summary>True when the pupil's class has a check window open today.</summary>
    public bool IsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (PupilAuthentication.PupilOf(User) is not { } who || await work.FindAsync(who.PupilId, who.SchoolId) is not { } pupil)
        {
            return Redirect("/pupil");
        }

        Forename = pupil.Forename;
        PupilId = pupil.Id;
        IsOpen = pupil.ClassId is { } classId && await checks.CurrentWindowAsync(classId) is not null;
        return Page();
    }
}
