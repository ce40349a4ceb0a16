using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Tests.Curriculum;

/// <summary>
/// Builds small curriculum drafts for tests: a handful of steps, with reference lists sized so the
/// per-year counts pass unless a test wants them not to.
/// </summary>
internal sealed class CurriculumBuilder
{
    private readonly List<(string File, int Year, string Strand, int Order, string Term, string Title, List<StepDraft> Steps)> blocks = [];
    private readonly List<ReadyToProgressCriterion> criteria = [];
    private readonly List<NationalCurriculumStatement> statements = [];

    public CurriculumBuilder()
    {
        // Fill the reference lists to the official sizes with codes that tests then have to serve.
        foreach (var (year, count) in CurriculumValidator.CriteriaPerYear)
        {
            criteria.AddRange(Enumerable.Range(1, count).Select(n => new ReadyToProgressCriterion($"{year}NPV-{n}", year, "gist")));
        }

        foreach (var (year, count) in CurriculumValidator.StatementsPerYear)
        {
            statements.AddRange(Enumerable.Range(1, count).Select(n => new NationalCurriculumStatement($"NC-Y{year}-NPV-{n}", year, "NPV", "gist")));
        }
    }

    public CurriculumBuilder WithBlock(int year, int order, string term = "Autumn", string strand = "NPV", string? file = null)
    {
        blocks.Add((file ?? $"y{year}/{strand.ToLowerInvariant()}.yaml", year, strand, order, term, $"Block {order}", []));
        return this;
    }

    public CurriculumBuilder WithStep(string id, params string[] prerequisites) => WithStep(id, s => s with { Prerequisites = prerequisites });

    public CurriculumBuilder WithStep(string id, Func<StepDraft, StepDraft> change)
    {
        var step = change(new StepDraft
        {
            Id = id,
            Title = "Title of " + id,
            KeyLearningPoints = ["A key point."],
            StemSentences = ["A stem sentence."],
            Representations = ["number-line"],
            Misconceptions = ["A misconception."],
        });
        blocks[^1].Steps.Add(step);
        return this;
    }

    /// <summary>Makes the first step of each year serve every criterion and statement of that year.</summary>
    public CurriculumBuilder ServingEverything()
    {
        foreach (var year in blocks.Select(b => b.Year).Distinct())
        {
            var block = blocks.First(b => b.Year == year);
            block.Steps[0] = block.Steps[0] with
            {
                ReadyToProgress = [.. criteria.Where(c => c.Year == year).Select(c => c.Code)],
                NationalCurriculum = [.. statements.Where(s => s.Year == year).Select(s => s.Id)],
            };
        }

        return this;
    }

    public CurriculumBuilder WithoutCriterion(string code)
    {
        criteria.RemoveAll(c => c.Code == code);
        return this;
    }

    public CurriculumDraft Build() => new(
        [.. blocks.GroupBy(b => b.File).Select(f => new StrandFileDraft(f.Key, f.First().Year, f.First().Strand,
            [.. f.Select(b => new BlockDraft(b.Order, b.Term, b.Title, b.Steps))]))],
        criteria,
        statements,
        ("ready-to-progress.yaml", "national-curriculum.yaml"));

    /// <summary>A valid curriculum with one block per year and the given steps in Year 1.</summary>
    public static CurriculumBuilder EveryYear()
    {
        var builder = new CurriculumBuilder();
        for (var year = 1; year <= 6; year++)
        {
            builder.WithBlock(year, 1).WithStep($"y{year}-npv-first");
        }

        return builder;
    }
}
