using KeepUp.Domain.Curriculum;
using KeepUp.Storage.Curriculum;

namespace KeepUp.Benchmarks;

/// <summary>The curriculum copied beside the benchmarks, loaded once for the benchmarks that only read it.</summary>
internal static class ShippedCurriculum
{
    public static CurriculumMap Load()
    {
        var validation = CurriculumFolder.Load(CurriculumFolder.Default);
        return validation.Curriculum
            ?? throw new InvalidOperationException(Report(validation.Problems));
    }

    /// <summary>
    /// Writes a valid curriculum back as the draft the YAML reader would have produced, so the
    /// validator can be timed without the YAML parsing in front of it. Files are one per year and
    /// strand, as on disk; their names only appear in problem reports.
    /// </summary>
    public static CurriculumDraft ToDraft(CurriculumMap map)
    {
        var files = map.Blocks
            .GroupBy(b => (b.Year, b.Strand))
            .Select(file => new StrandFileDraft(
                $"y{file.Key.Year}/{file.Key.Strand.ToString().ToLowerInvariant()}.yaml",
                file.Key.Year,
                file.Key.Strand.ToString(),
                [.. file.Select(block => new BlockDraft(block.Order, block.Term.ToString(), block.Title, [.. map.StepsIn(block).Select(ToDraft)]))]))
            .ToList();
        return new CurriculumDraft(files, map.Criteria, map.Statements, (CurriculumFolder.CriteriaFile, CurriculumFolder.StatementsFile));
    }

    private static StepDraft ToDraft(SmallStep step) => new()
    {
        Id = step.Id.Value,
        Title = step.Title,
        ReadyToProgress = step.ReadyToProgress,
        NationalCurriculum = step.NationalCurriculum,
        Prerequisites = [.. step.Prerequisites.Select(p => p.Value)],
        KeyLearningPoints = step.KeyLearningPoints,
        StemSentences = step.StemSentences,
        Representations = [.. step.Representations.Select(r => r.Id)],
        Misconceptions = step.Misconceptions,
    };

    private static string Report(IReadOnlyList<CurriculumProblem> problems) =>
        "The shipped curriculum is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems);
}
