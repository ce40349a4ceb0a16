using System.Globalization;
using KeepUp.Application.Curriculum;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Pages.Class;

/// <summary>
/// One end-of-lesson check: the pupil × question grid, filling in live as devices send answers, and
/// marked from paper by keyboard for classes without devices (type 1 or 0, the cursor moves on).
/// </summary>
public sealed class CheckModel(StaffScopes scopes, ClassAccess access, LessonPlanner planner, EvidenceRecorder recorder, KeepUpDbContext db, CurriculumQueries curriculum) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public LessonCheck Check { get; private set; } = null!;

    public string StepTitle { get; private set; } = string.Empty;

    public IReadOnlyList<int> Positions { get; private set; } = [];

    public IReadOnlyList<Pupil> Pupils { get; private set; } = [];

    public IReadOnlyDictionary<(Guid Pupil, int Index), Evidence> Cells { get; private set; } = new Dictionary<(Guid, int), Evidence>();

    public string? Message { get; private set; }

    /// <summary>Confirmation after marks were saved; not an error, so not shown as one.</summary>
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, Guid checkId) => await LoadAsync(id, checkId) ?? Page();

    public async Task<IActionResult> OnPostMarksAsync(int id, Guid checkId)
    {
        if (await LoadAsync(id, checkId) is { } failed)
        {
            return failed;
        }

        var marks = new List<PaperMark>();
        foreach (var pupil in Pupils)
        {
            foreach (var index in Positions)
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"m_{pupil.Id:N}_{index}");
                if (!Request.Form.TryGetValue(key, out var typed))
                {
                    continue;
                }

                if (Cells.TryGetValue((pupil.Id, index), out var existing) && existing.Source == EvidenceSource.Device)
                {
                    continue;
                }

                marks.Add(new PaperMark(pupil.Id, index, ReadMark(typed.ToString())));
            }
        }

        var recorded = await recorder.RecordPaperMarksAsync((await scopes.CurrentAsync(User))!, Check, [.. Pupils.Select(p => p.Id)], marks);
        if (!recorded.IsSuccess)
        {
            Message = recorded.Error!.Message;
            return Page();
        }

        return Redirect($"/class/{id}/check/{checkId}?saved={recorded.Value}");
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, Guid checkId)
    {
        if (await LoadAsync(id, checkId) is { } failed)
        {
            return failed;
        }

        await planner.CloseCheckAsync((await scopes.CurrentAsync(User))!, Check);
        return Redirect($"/class/{id}/keep-up");
    }

    /// <summary>What a teacher types for a mark: 1, y, r, ✓ for right; 0, n, x, w for wrong; blank clears.</summary>
    public static bool? ReadMark(string typed) => typed.Trim().ToUpperInvariant() switch
    {
        "1" or "Y" or "R" or "✓" or "T" => true,
        "0" or "N" or "X" or "W" or "✗" or "F" => false,
        _ => null,
    };

    private async Task<IActionResult?> LoadAsync(int id, Guid checkId)
    {
        if (await scopes.CurrentAsync(User) is not { } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, id) is not { } schoolClass || await planner.FindCheckAsync(schoolClass, checkId) is not { } check)
        {
            return NotFound();
        }

        Class = schoolClass;
        Check = check;
        StepTitle = curriculum.Map.Find(check.StepId)?.Title ?? check.StepId;
        Positions = LessonPlanner.PositionsOf(check);
        Pupils = await access.PupilsOfAsync(schoolClass);
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.CheckId == check.Id).ToListAsync();
        Cells = evidence.GroupBy(e => (e.PupilId, e.QuestionIndex)).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Source).First());
        if (int.TryParse(Request.Query["saved"], System.Globalization.CultureInfo.InvariantCulture, out var saved))
        {
            Saved = saved == 1 ? "Saved: 1 mark changed." : string.Create(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), $"Saved: {saved} marks changed.");
        }

        return null;
    }
}
