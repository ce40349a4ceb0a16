using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;

namespace KeepUp.Application.Practice;

/// <summary>
/// A question as it appears in JSON, from <c>keepup practice generate --json</c> and
/// <c>GET /api/v1/steps/{id}/questions</c>. The answer is included: these are teachers' tools.
/// </summary>
public sealed record QuestionDocument(
    int Index,
    string StepId,
    int Seed,
    int GeneratorVersion,
    string Format,
    string Prompt,
    string Answer,
    IReadOnlyList<ChoiceDocument> Choices,
    string? Picture,
    VariationDocument Variation,
    string Explanation)
{
    public static QuestionDocument From(Question question, bool withPicture = true)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new(
            question.Index,
            question.StepId.Value,
            question.Seed,
            question.GeneratorVersion,
            FormatName(question.Format),
            question.Prompt,
            question.Answer.Canonical,
            [.. question.Choices.Select(c => new ChoiceDocument(c.Text, c.Correct, c.Misconception))],
            withPicture && question.Picture is { } picture ? PictureRenderer.Render(picture, PictureId(question)) : null,
            new VariationDocument(question.Variation.Dimension, question.Variation.Position),
            question.Explanation);
    }

    /// <summary>An id unique on any page that shows several questions.</summary>
    public static string PictureId(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return $"q-{question.StepId.Value}-{question.Seed}-{question.Index}";
    }

    /// <summary>The format's name in JSON: number-entry, missing-number, multiple-choice …</summary>
    public static string FormatName(QuestionFormat format) => format switch
    {
        QuestionFormat.NumberEntry => "number-entry",
        QuestionFormat.MissingNumber => "missing-number",
        QuestionFormat.MultipleChoice => "multiple-choice",
        QuestionFormat.Compare => "compare",
        QuestionFormat.Order => "order",
        QuestionFormat.MatchPicture => "match-picture",
        QuestionFormat.TrueOrFalse => "true-or-false",
        QuestionFormat.AlwaysSometimesNever => "always-sometimes-never",
        QuestionFormat.SpotTheMistake => "spot-the-mistake",
    };
}

public sealed record ChoiceDocument(string Text, bool Correct, string? Misconception);

public sealed record VariationDocument(string Dimension, int Position);

/// <summary>A pupil's answer to check: which question (rebuilt from step, seed and index) and what they wrote.</summary>
public sealed record AnswerSubmission(string? StepId, long? Seed, int? Index, string? Answer);

/// <summary>What the checker decided, as JSON.</summary>
public sealed record AnswerCheckDocument(bool Correct, bool WellFormed, string Feedback, string? Misconception);
