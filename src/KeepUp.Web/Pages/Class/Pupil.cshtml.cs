using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>
/// One pupil: their groups, where they stand on each step of the block (with the teacher's judgement
/// where it overrides the estimate), recent answers and interventions. Teachers record judgements,
/// archive and restore here; the maths lead can also erase.
/// </summary>
public sealed class PupilModel(StaffScopes scopes, PupilProfiles profiles, PupilJudgements judgements, PupilRecords records) : PageModel
{
    public PupilProfile Profile { get; private set; } = null!;

    public bool CanErase { get; private set; }

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>The step whose judgement form had a problem, so the page opens that one.</summary>
    public string? ErrorStep { get; private set; }

    public async Task<IActionResult> OnGetAsync(int classId, Guid pupilId, string? done)
    {
        Notice = done switch
        {
            "judged" => "Your judgement is recorded.",
            "archived" => "Archived: the pupil is off the class list and cannot sign in. Their history is kept.",
            "restored" => "Restored to the class list.",
            _ => null,
        };
        return await LoadAsync(classId, pupilId) ?? Page();
    }

    public async Task<IActionResult> OnPostJudgeAsync(int classId, Guid pupilId, string? stepId, JudgementChoice choice, string? why)
    {
        if (await LoadAsync(classId, pupilId) is { } failed)
        {
            return failed;
        }

        if (!Profile.CanManage)
        {
            return Forbid();
        }

        var recorded = await judgements.RecordAsync((await scopes.CurrentAsync(User))!, pupilId, stepId, choice, why);
        if (!recorded.IsSuccess)
        {
            Error = recorded.Error!.Message;
            ErrorStep = stepId;
            return Page();
        }

        return Redirect($"/class/{classId}/pupil/{pupilId}?done=judged#step-{stepId}");
    }

    public Task<IActionResult> OnPostArchiveAsync(int classId, Guid pupilId) =>
        ChangeAsync(classId, pupilId, records.ArchiveAsync, "archived");

    public Task<IActionResult> OnPostRestoreAsync(int classId, Guid pupilId) =>
        ChangeAsync(classId, pupilId, records.RestoreAsync, "restored");

    private async Task<IActionResult> ChangeAsync(int classId, Guid pupilId, Func<StaffScope, Guid, CancellationToken, Task<KeepUp.Application.Common.Result<Pupil>>> change, string done)
    {
        if (await LoadAsync(classId, pupilId) is { } failed)
        {
            return failed;
        }

        if (!Profile.CanManage)
        {
            return Forbid();
        }

        var changed = await change((await scopes.CurrentAsync(User))!, pupilId, HttpContext.RequestAborted);
        if (!changed.IsSuccess)
        {
            Error = changed.Error!.Message;
            return Page();
        }

        return Redirect($"/class/{classId}/pupil/{pupilId}?done={done}");
    }

    private async Task<IActionResult?> LoadAsync(int classId, Guid pupilId)
    {
        if (await scopes.CurrentAsync(User) is not { } scope)
        {
            return Forbid();
        }

        var opened = await profiles.OpenAsync(scope, classId, pupilId);
        if (opened.Value is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        CanErase = scope.SeesWholeSchool;
        return null;
    }
}
