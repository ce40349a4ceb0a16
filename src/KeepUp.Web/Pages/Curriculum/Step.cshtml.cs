using KeepUp.Application.Curriculum;
using KeepUp.Application.Practice;
using KeepUp.Domain.Curriculum;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Curriculum;

public sealed class StepModel(CurriculumQueries curriculum, PracticeQueries practice, StepGraphs graphs) : PageModel
{
    public SmallStep? Step { get; private set; }

    public int StepsInBlock { get; private set; }

    public IReadOnlyList<SmallStep> Prerequisites { get; private set; } = [];

    public IReadOnlyList<SmallStep> LeadsTo { get; private set; } = [];

    public IReadOnlyList<ReadyToProgressCriterion> Criteria { get; private set; } = [];

    public IReadOnlyList<NationalCurriculumStatement> Statements { get; private set; } = [];

    public string GraphSvg { get; private set; } = string.Empty;

    public StepPractice? Practice { get; private set; }

    public IActionResult OnGet(string id, long? seed)
    {
        Step = curriculum.FindStep(id).Value;
        if (Step is null)
        {
            return NotFound();
        }

        var map = curriculum.Map;
        StepsInBlock = map.StepsIn(map.BlockOf(Step)).Count();
        Prerequisites = map.PrerequisitesOf(Step);
        LeadsTo = map.LeadsTo(Step);
        Criteria = [.. Step.ReadyToProgress.Select(map.Criterion).OfType<ReadyToProgressCriterion>()];
        Statements = [.. Step.NationalCurriculum.Select(map.Statement).OfType<NationalCurriculumStatement>()];
        GraphSvg = graphs.For(Step);
        Practice = StepPractice.For(practice, Step, seed);
        return Page();
    }
}
