using System.Collections.Generic;

namespace KeepUp.Domain.Curriculum;

/// <summary>
/// The curriculum as read from its files, before any checking: every field may be missing or
/// wrong, because teachers edit these files by hand. <see cref="CurriculumValidator"/> turns a
/// draft into a <see cref="CurriculumMap"/> or a list of problems.
/// </summary>
/// <param name="Files">One entry per year-and-strand file.</param>
/// <param name="Criteria">The ready-to-progress criteria the steps must cover.</param>
/// <param name="Statements">The National Curriculum statements the steps must cover.</param>
/// <param name="ReferenceFile">The names of the reference files, for problem reports.</param>
public sealed record CurriculumDraft(
    IReadOnlyList<StrandFileDraft> Files,
    IReadOnlyList<ReadyToProgressCriterion> Criteria,
    IReadOnlyList<NationalCurriculumStatement> Statements,
    (string Criteria, string Statements) ReferenceFile);

/// <summary>One year-and-strand file as written.</summary>
public sealed record StrandFileDraft(string File, int? Year, string? Strand, IReadOnlyList<BlockDraft> Blocks);

/// <summary>One block as written.</summary>
public sealed record BlockDraft(int? Order, string? Term, string? Title, IReadOnlyList<StepDraft> Steps);

/// <summary>One small step as written.</summary>
public sealed record StepDraft
{
    /// <summary>The step id as written.</summary>
    public string? Id { get; init; }
    /// <summary>The title as written.</summary>
    public string? Title { get; init; }
    /// <summary>Ready-to-progress codes as written.</summary>
    public IReadOnlyList<string> ReadyToProgress { get; init; } = [];
    /// <summary>National Curriculum ids as written.</summary>
    public IReadOnlyList<string> NationalCurriculum { get; init; } = [];
    /// <summary>Prerequisite step ids as written.</summary>
    public IReadOnlyList<string> Prerequisites { get; init; } = [];
    /// <summary>Key learning points as written.</summary>
    public IReadOnlyList<string> KeyLearningPoints { get; init; } = [];
    /// <summary>Stem sentences as written.</summary>
    public IReadOnlyList<string> StemSentences { get; init; } = [];
    /// <summary>Representation names as written.</summary>
    public IReadOnlyList<string> Representations { get; init; } = [];
    /// <summary>Misconceptions as written.</summary>
    public IReadOnlyList<string> Misconceptions { get; init; } = [];
}

/// <summary>
/// Something wrong in the curriculum files, reported so a teacher can find and fix it.
/// </summary>
/// <param name="File">The file it is in.</param>
/// <param name="StepId">The step it concerns, when it concerns one.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record CurriculumProblem(string File, string? StepId, string Message)
{
    /// <summary>One line: <c>file: step: message</c>.</summary>
    public override string ToString() => StepId is null ? $"{File}: {Message}" : $"{File}: {StepId}: {Message}";
}
