using KeepUp.Domain.Programme;

namespace KeepUp.Storage.Programme;

/// <summary>A piece of impact evidence a hub gathered: its source, lens, themes, and a quote that may be published.</summary>
public sealed class EvidenceItem
{
    public int Id { get; set; }

    public int MathsHubId { get; set; }

    public int? SchoolId { get; set; }

    public School? School { get; set; }

    public DateOnly Date { get; set; }

    public EvidenceSource Source { get; set; }

    public ImpactCategory Category { get; set; }

    /// <summary>Themes, separated by commas.</summary>
    public string Themes { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public string? Quote { get; set; }

    /// <summary>Who said it, as it may be published, e.g. "Maths Lead, 2017/18 Work Group school".</summary>
    public string? Attribution { get; set; }

    public bool QuoteForPublication { get; set; }

    public string? RecordedBy { get; set; }

    public EvidenceEntry ToEntry() => new(Date, Source, Category, EvaluationNames.Themes(Themes), Quote, Attribution, QuoteForPublication);
}

/// <summary>An ongoing challenge or a next step a hub writes for its evaluation.</summary>
public sealed class ImpactNote
{
    public int Id { get; set; }

    public int MathsHubId { get; set; }

    public DateOnly Date { get; set; }

    public ImpactCategory? Category { get; set; }

    public bool IsNextStep { get; set; }

    public string Text { get; set; } = string.Empty;

    public EvaluationNote ToNote() => new(Date, Category, IsNextStep, Text);
}

/// <summary>A participant survey: Likert statements and free-text questions, answered through a link.</summary>
public sealed class Survey
{
    public int Id { get; set; }

    public int MathsHubId { get; set; }

    public required string Title { get; set; }

    /// <summary>The unguessable part of the response link.</summary>
    public required string Token { get; set; }

    public List<SurveyQuestion> Questions { get; set; } = [];
}

public sealed class SurveyQuestion
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public int Position { get; set; }

    public required string Text { get; set; }

    /// <summary>True for a Likert statement (1–5), false for free text.</summary>
    public bool IsLikert { get; set; }
}

/// <summary>One participant's answers. Anonymous: no account, no name.</summary>
public sealed class SurveyResponse
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public List<SurveyAnswer> Answers { get; set; } = [];
}

public sealed class SurveyAnswer
{
    public int Id { get; set; }

    public int SurveyResponseId { get; set; }

    public int SurveyQuestionId { get; set; }

    public int? Likert { get; set; }

    public string? Text { get; set; }
}
