using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeepUp.Domain.Programme;

/// <summary>The four lenses through which the programme evaluates its impact.</summary>
public enum ImpactCategory
{
    /// <summary>Teachers' professional learning: subject and pedagogical knowledge.</summary>
    TeachersProfessionalLearning,

    /// <summary>Professional practice: what happens in lessons.</summary>
    ProfessionalPractice,

    /// <summary>School approaches, policy, vision and culture.</summary>
    SchoolApproaches,

    /// <summary>Pupil outcomes: attitudes, engagement, attainment and progress.</summary>
    PupilOutcomes,
}

/// <summary>Where a piece of evidence came from.</summary>
public enum EvidenceSource
{
    /// <summary>A lesson observation.</summary>
    LessonObservation,

    /// <summary>A conversation with school leaders.</summary>
    LeaderConversation,

    /// <summary>A conversation with teachers.</summary>
    TeacherConversation,

    /// <summary>A conversation with pupils.</summary>
    PupilConversation,

    /// <summary>A response to a participant survey.</summary>
    SurveyResponse,

    /// <summary>An extract from an Ofsted report.</summary>
    OfstedExtract,
}

/// <summary>Names of categories and sources on screen and in reports.</summary>
public static class EvaluationNames
{
    /// <summary>The category's heading.</summary>
    public static string Name(this ImpactCategory category) => category switch
    {
        ImpactCategory.TeachersProfessionalLearning => "Teachers' professional learning",
        ImpactCategory.ProfessionalPractice => "Professional practice",
        ImpactCategory.SchoolApproaches => "School approaches, policy, vision and culture",
        ImpactCategory.PupilOutcomes => "Pupil outcomes: attitudes, engagement, attainment and progress",
    };

    /// <summary>The source's name.</summary>
    public static string Name(this EvidenceSource source) => source switch
    {
        EvidenceSource.LessonObservation => "Lesson observation",
        EvidenceSource.LeaderConversation => "Conversation with leaders",
        EvidenceSource.TeacherConversation => "Conversation with teachers",
        EvidenceSource.PupilConversation => "Conversation with pupils",
        EvidenceSource.SurveyResponse => "Survey response",
        EvidenceSource.OfstedExtract => "Ofsted report extract",
    };

    /// <summary>Splits "fluency; reasoning, language" into tidy themes (any case, no repeats).</summary>
    public static IReadOnlyList<string> Themes(string? text) =>
        [.. (text ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>One piece of impact evidence, as the evaluation counts it.</summary>
/// <param name="Date">When it was gathered.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Category">Its impact category.</param>
/// <param name="Themes">Themes it shows.</param>
/// <param name="Quote">A quote, if any.</param>
/// <param name="Attribution">Who said it, as it may be published ("Maths Lead, 2017/18 Work Group school").</param>
/// <param name="ForPublication">True when the quote may be published.</param>
public sealed record EvidenceEntry(DateOnly Date, EvidenceSource Source, ImpactCategory Category, IReadOnlyList<string> Themes, string? Quote, string? Attribution, bool ForPublication);

/// <summary>An ongoing challenge or a next step written for the evaluation.</summary>
/// <param name="Date">When it was written.</param>
/// <param name="Category">The category it belongs under, or null for the programme as a whole.</param>
/// <param name="IsNextStep">True for a next step, false for an ongoing challenge.</param>
/// <param name="Text">The challenge or step.</param>
public sealed record EvaluationNote(DateOnly Date, ImpactCategory? Category, bool IsNextStep, string Text);

/// <summary>A theme and how many pieces of evidence show it.</summary>
/// <param name="Theme">The theme.</param>
/// <param name="Count">How many items.</param>
public sealed record ThemeCount(string Theme, int Count);

/// <summary>One lens of the evaluation: evidence counted by source and theme, quotes and challenges.</summary>
/// <param name="Category">The lens.</param>
/// <param name="Count">Pieces of evidence.</param>
/// <param name="Sources">Counts by source, largest first.</param>
/// <param name="Themes">Counts by theme, largest first.</param>
/// <param name="Quotes">Quotes marked for publication.</param>
/// <param name="Challenges">Ongoing challenges.</param>
public sealed record EvaluationSection(ImpactCategory Category, int Count, IReadOnlyList<(EvidenceSource Source, int Count)> Sources,
    IReadOnlyList<ThemeCount> Themes, IReadOnlyList<EvidenceEntry> Quotes, IReadOnlyList<string> Challenges);

/// <summary>
/// The evaluation report for a hub or the programme over a period, shaped like the programme's own
/// report: reach, then the four lenses (evidence counted and summarised by theme, quotes chosen for
/// publication, ongoing challenges), then next steps. Only evidence dated inside the period counts;
/// only quotes marked for publication are shown.
/// </summary>
/// <param name="Title">What it covers.</param>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="Reach">Cumulative reach up to the end of the period.</param>
/// <param name="Sections">The four lenses, always all four.</param>
/// <param name="GeneralChallenges">Challenges for the programme as a whole.</param>
/// <param name="NextSteps">Next steps.</param>
public sealed record EvaluationReport(string Title, DateOnly From, DateOnly To, IReadOnlyList<ReachYear> Reach, IReadOnlyList<EvaluationSection> Sections,
    IReadOnlyList<string> GeneralChallenges, IReadOnlyList<string> NextSteps)
{
    /// <summary>Evidence counted in the period.</summary>
    public int EvidenceCount => Sections.Sum(s => s.Count);

    /// <summary>Builds the report from the records; nothing in it is typed in except notes, quotes and their attributions.</summary>
    public static EvaluationReport Build(string title, DateOnly from, DateOnly to, IReadOnlyList<ReachYear> reach, IEnumerable<EvidenceEntry> evidence, IEnumerable<EvaluationNote> notes)
    {
        ArgumentNullException.ThrowIfNull(reach);
        var inPeriod = evidence.Where(e => e.Date >= from && e.Date <= to).ToList();
        var notesInPeriod = notes.Where(n => n.Date >= from && n.Date <= to).OrderBy(n => n.Date).ToList();
        var sections = Enum.GetValues<ImpactCategory>().Select(category =>
        {
            var items = inPeriod.Where(e => e.Category == category).ToList();
            return new EvaluationSection(
                category,
                items.Count,
                [.. items.GroupBy(e => e.Source).Select(g => (g.Key, g.Count())).OrderByDescending(p => p.Item2).ThenBy(p => p.Key)],
                [.. items.SelectMany(e => e.Themes).GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
                    .Select(g => new ThemeCount(g.First(), g.Count())).OrderByDescending(t => t.Count).ThenBy(t => t.Theme, StringComparer.OrdinalIgnoreCase)],
                [.. items.Where(e => e.ForPublication && !string.IsNullOrWhiteSpace(e.Quote)).OrderBy(e => e.Date)],
                [.. notesInPeriod.Where(n => !n.IsNextStep && n.Category == category).Select(n => n.Text)]);
        }).ToList();
        var lastYear = Calendar.AcademicYear.Containing(to);
        return new EvaluationReport(title, from, to, [.. reach.Where(r => r.Year <= lastYear)], sections,
            [.. notesInPeriod.Where(n => !n.IsNextStep && n.Category is null).Select(n => n.Text)],
            [.. notesInPeriod.Where(n => n.IsNextStep).Select(n => n.Text)]);
    }

    /// <summary>"1 September 2024 to 31 August 2025".</summary>
    public string Period => string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{From:d MMMM yyyy} to {To:d MMMM yyyy}");
}
