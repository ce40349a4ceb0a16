using KeepUp.Application.Curriculum;
using KeepUp.Application.Practice;
using KeepUp.Domain.Curriculum;
using KeepUp.Web.Pages.Curriculum;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Practice;

/// <summary>
/// Teach mode: the whole lesson's slides rendered into one page for the interactive whiteboard.
/// Nothing more is fetched once it has loaded, so a dropped school network does not stop a lesson.
/// </summary>
public sealed class TeachModel(CurriculumQueries curriculum, PracticeQueries practice) : PageModel
{
    public SmallStep? Step { get; private set; }

    public TeachLesson? Lesson { get; private set; }

    public string? Error { get; private set; }

    public IActionResult OnGet(string id, long? seed)
    {
        Step = curriculum.FindStep(id).Value;
        if (Step is null)
        {
            return NotFound();
        }

        var generated = practice.Generate(Step.Id.Value, seed ?? 1);
        if (generated.Value is { } lesson)
        {
            Lesson = new TeachLesson(Step, lesson.Set, StepPractice.NewSeed(lesson.Set.Seed));
            return Page();
        }

        Error = generated.Error!.Message;
        Response.StatusCode = PracticeResponses.StatusFor(generated.Error);
        return Page();
    }
}
