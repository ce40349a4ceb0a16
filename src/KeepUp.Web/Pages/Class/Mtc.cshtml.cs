using KeepUp.Application.Common;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Mtc;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>
/// The multiplication tables check for a class: open a window, set access arrangements, watch the
/// live status, restart a pupil (at most twice), and see scores with each fact and the strategy
/// families to work on. Teachers of the class and school leads act; teaching assistants look.
/// </summary>
public sealed class MtcModel(StaffScopes scopes, MtcChecks checks, MtcClassResults results, MtcArrangementsSetter arrangements, TimeProvider clock) : PageModel
{
    public MtcClassReport Report { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public string? Error { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostOpenWindowAsync(int id, DateOnly opensOn, DateOnly closesOn) =>
        await ActAsync(id, scope => checks.OpenWindowAsync(scope, id, opensOn, closesOn));

    public async Task<IActionResult> OnPostRestartAsync(int id, Guid pupilId, MtcRestartReason reason) =>
        await ActAsync(id, scope => checks.RestartAsync(scope, pupilId, reason));

    public async Task<IActionResult> OnPostArrangementsAsync(int id, Guid pupilId, MtcArrangementsForm form) =>
        await ActAsync(id, scope => arrangements.SetAsync(scope, pupilId, new MtcArrangementsChoice(
            form.AudibleAlert, form.ReadAloud, form.ColourScheme ?? "standard", form.FontSize ?? "medium", form.InputAssistant, form.NextBetweenQuestions, form.RemoveNumberPad)));

    private async Task<IActionResult> ActAsync<T>(int id, Func<StaffScope, Task<Result<T>>> act)
    {
        if (await LoadAsync(id) is { } failed)
        {
            return failed;
        }

        if (!CanManage)
        {
            return Forbid();
        }

        var done = await act((await scopes.CurrentAsync(User))!);
        if (!done.IsSuccess)
        {
            Error = done.Error!.Message;
            return await LoadAsync(id) ?? Page();
        }

        return Redirect($"/class/{id}/mtc");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await scopes.CurrentAsync(User) is not { } scope)
        {
            return Forbid();
        }

        var report = await results.ForClassAsync(scope, id);
        if (report.Value is null)
        {
            return NotFound();
        }

        Report = report.Value;
        CanManage = !scope.IsTeachingAssistant;
        Today = clock.SchoolToday();
        return null;
    }
}

/// <summary>The arrangements form for one pupil, as posted.</summary>
public sealed class MtcArrangementsForm
{
    public bool AudibleAlert { get; set; }

    public bool ReadAloud { get; set; }

    public string? ColourScheme { get; set; }

    public string? FontSize { get; set; }

    public bool InputAssistant { get; set; }

    public bool NextBetweenQuestions { get; set; }

    public bool RemoveNumberPad { get; set; }
}
