using KeepUp.Domain.Curriculum;

namespace KeepUp.Application.Curriculum;

/// <summary>A small step as it appears in JSON, from the API and from <c>keepup curriculum … --json</c>.</summary>
public sealed record StepDocument(
    string Id,
    int Year,
    string Strand,
    string Title,
    IReadOnlyList<string> ReadyToProgress,
    IReadOnlyList<string> NationalCurriculum,
    IReadOnlyList<string> Prerequisites,
    IReadOnlyList<string> KeyLearningPoints,
    IReadOnlyList<string> StemSentences,
    IReadOnlyList<string> Representations,
    IReadOnlyList<string> Misconceptions,
    SequenceDocument Sequence)
{
    public static StepDocument From(SmallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(
            step.Id.Value,
            step.Year,
            step.Strand.ToString(),
            step.Title,
            step.ReadyToProgress,
            step.NationalCurriculum,
            [.. step.Prerequisites.Select(p => p.Value)],
            step.KeyLearningPoints,
            step.StemSentences,
            [.. step.Representations.Select(r => r.Id)],
            step.Misconceptions,
            new SequenceDocument(step.Sequence.Term.ToString(), step.Sequence.BlockOrder, step.Sequence.BlockTitle, step.Sequence.Position));
    }
}

/// <summary>Where the step sits in its year.</summary>
public sealed record SequenceDocument(string Term, int BlockOrder, string Block, int Position);
