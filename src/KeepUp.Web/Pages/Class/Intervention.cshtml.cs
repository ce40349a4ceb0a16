using System.Globalization;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>An intervention: the printable plan for whoever takes the group, then "it happened" and the mini-check marks.</summary>
public sealed class InterventionModel(StaffScopes scopes, ClassAccess access, KeepUpPlanner planner) : PageModel
{
    public SchoolClass Class { get; private set; } = null!;

    public Intervention Intervention { get; private set; } = null!;

    public InterventionPlan Plan { get; private set; } = null!;

    public IReadOnlyList<Pupil> Pupils { get; private set; } = [];

    public IReadOnlyDictionary<(Guid Pupil, int Index), bool> Marks { get; private set; } = new Dictionary<(Guid, int), bool>();

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, Guid interventionId) => await LoadAsync(id, interventionId) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, Guid interventionId, string? notes)
    {
        if (await LoadAsync(id, interventionId) is { } failed)
        {
            return failed;
        }

        var marks = new List<PaperMark>();
        foreach (var pupil in Pupils)
        {
            for (var index = 1; index <= KeepUpPlanner.PlanQuestions; index++)
            {
                if (Request.Form.TryGetValue(string.Create(CultureInfo.InvariantCulture, $"m_{pupil.Id:N}_{index}"), out var typed))
                {
                    marks.Add(new PaperMark(pupil.Id, index, CheckModel.ReadMark(typed.ToString())));
                }
            }
        }

        var recorded = await planner.RecordAsync((await scopes.CurrentAsync(User))!, Intervention, notes, marks);
        if (!recorded.IsSuccess)
        {
            Error = recorded.Error!.Message;
            return Page();
        }

        return Redirect($"/class/{id}/keep-up");
    }

    private async Task<IActionResult?> LoadAsync(int id, Guid interventionId)
    {
        if (await scopes.CurrentAsync(User) is not { } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, id) is not { } schoolClass || await planner.FindAsync(schoolClass, interventionId) is not { } intervention)
        {
            return NotFound();
        }

        Class = schoolClass;
        Intervention = intervention;
        Plan = planner.PlanOf(intervention);
        var members = intervention.Pupils.Select(p => p.PupilId).ToHashSet();
        Pupils = [.. (await access.PupilsOfAsync(schoolClass)).Where(p => members.Contains(p.Id))];
        Marks = await planner.FollowUpMarksAsync(intervention);
        return null;
    }
}
