using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Curriculum;

public sealed class MixedAgeModel(CurriculumQueries curriculum) : PageModel
{
    public int Younger { get; private set; } = 5;

    public int Older { get; private set; } = 6;

    public MixedAgePlan? Plan { get; private set; }

    public string? Error { get; private set; }

    public void OnGet(int? younger, int? older)
    {
        // The report's own example is a Year 5/6 class, so that is where the page starts.
        Younger = younger ?? (older is { } o ? o - 1 : 5);
        Older = older ?? Younger + 1;
        var plan = curriculum.PlanMixedAge(Younger, Older);
        Plan = plan.Value;
        Error = plan.Error?.Message;
        if (Plan is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
