using System.Globalization;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Fluency;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Pupils;

/// <summary>A fact as the practice page asks it. The answer travels with it so feedback is instant even offline; the server marks it again.</summary>
public sealed record PracticeFact(int Position, string FactId, string Prompt, string Answer, bool AnswerIsTheGap);

/// <summary>
/// The pupil's daily fact practice: one fact at a time, a big number pad, gentle feedback, and a
/// count of facts practised at the end — never a comparison with anyone else. Answers are kept on
/// the device until the server has them.
/// </summary>
public sealed class PracticeModel(PupilWork work, FluencyPractice practice) : PageModel
{
    public string Forename { get; private set; } = string.Empty;

    public string PupilKey { get; private set; } = string.Empty;

    public string Day { get; private set; } = string.Empty;

    public string? Problem { get; private set; }

    public IReadOnlyList<PracticeFact> Facts { get; private set; } = [];

    public IReadOnlySet<int> Answered { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (PupilAuthentication.PupilOf(User) is not { } who || await work.FindAsync(who.PupilId, who.SchoolId) is not { } pupil)
        {
            return Redirect("/pupil");
        }

        Forename = pupil.Forename;
        PupilKey = pupil.Id.ToString("N");
        var today = await practice.TodayAsync(pupil);
        if (today.Value is not { } session)
        {
            Problem = "Fact practice is not set up for your class yet. Ask your teacher.";
            return Page();
        }

        Day = session.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Answered = session.Answered;
        Facts = [.. session.Session.Items.Select((item, i) => new PracticeFact(
            i + 1,
            item.Fact.Id,
            item.Fact.Prompt,
            item.Fact.Answer.ToString(CultureInfo.InvariantCulture),
            item.Fact.Operation == KeepUp.Domain.Fluency.FactOperation.Bond))];
        return Page();
    }
}
