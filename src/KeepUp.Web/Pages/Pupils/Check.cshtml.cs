using KeepUp.Storage;
using KeepUp.Application.Practice;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Pupils;

/// <summary>A question as a pupil sees it: never with its answer.</summary>
public sealed record PupilQuestion(int Index, QuestionFormat Format, string Prompt, string? Picture, IReadOnlyList<string> Choices);

/// <summary>
/// The pupil's end-of-lesson check, one question at a time with big buttons. Every answer is kept on
/// the device until the server says it has it, so Wi-Fi dropping or a reload loses nothing.
/// </summary>
public sealed class CheckModel(PupilWork work, PracticeQueries practice, TimeProvider clock) : PageModel
{
    public string Forename { get; private set; } = string.Empty;

    public LessonCheck? Check { get; private set; }

    public IReadOnlyList<PupilQuestion> Questions { get; private set; } = [];

    public IReadOnlySet<int> Answered { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (PupilAuthentication.PupilOf(User) is not { } who || await work.FindAsync(who.PupilId, who.SchoolId) is not { } pupil)
        {
            return Redirect("/pupil");
        }

        Forename = pupil.Forename;
        var today = clock.SchoolToday();
        Check = await work.OpenCheckAsync(pupil, today);
        if (Check is null)
        {
            return Page();
        }

        Answered = await work.AnsweredAsync(pupil, Check);
        var set = practice.Generate(Check.StepId, CheckPlan.SeedFor(Check.BaseSeed, pupil.Id));
        if (set.Value is { } generated)
        {
            Questions = [.. LessonPlanner.PositionsOf(Check).Select(i => generated.Set.Questions[i - 1]).Select(ForPupil)];
        }

        return Page();
    }

    private static PupilQuestion ForPupil(Question question)
    {
        var choices = question.Choices.Count > 0 ? question.Choices.Select(c => c.Text).ToList() : question.Format switch
        {
            QuestionFormat.Compare => ["<", "=", ">"],
            QuestionFormat.TrueOrFalse => ["True", "False"],
            QuestionFormat.AlwaysSometimesNever => ["Always", "Sometimes", "Never"],
            _ => [],
        };
        var picture = question.Picture is { } p ? PictureRenderer.Render(p, QuestionDocument.PictureId(question)) : null;
        return new PupilQuestion(question.Index, question.Format, question.Prompt, picture, choices);
    }
}
