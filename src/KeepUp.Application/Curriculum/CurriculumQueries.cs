using KeepUp.Application.Common;
using KeepUp.Domain.Curriculum;

namespace KeepUp.Application.Curriculum;

/// <summary>The questions teachers ask of the curriculum, answered the same way for web, API and CLI.</summary>
public sealed class CurriculumQueries(CurriculumCatalogue catalogue)
{
    public CurriculumMap Map => catalogue.Map;

    public Result<SmallStep> FindStep(string id) =>
        Map.Find(id.Trim().ToLowerInvariant()) is { } step ? step : CurriculumErrors.StepNotFound(id);

    public Result<YearOverview> DescribeYear(int year)
    {
        if (year is < 1 or > 6)
        {
            return CurriculumErrors.NoSuchYear(year);
        }

        var terms = Map.BlocksOf(year)
            .GroupBy(b => b.Term)
            .Select(t => new TermOverview(t.Key, [.. t.Select(b => new BlockOverview(b, [.. Map.StepsIn(b)]))]))
            .ToList();
        return new YearOverview(year, terms);
    }

    public IReadOnlyList<SmallStep> ListSteps(int? year) => year is { } y ? [.. Map.StepsOf(y)] : Map.Steps;

    public IReadOnlyList<SmallStep> Search(string? query) => StepSearch.Find(Map, query);

    public Result<MixedAgePlan> PlanMixedAge(int younger, int older) =>
        MixedAgePlan.Create(Map, younger, older) is { } plan ? plan : CurriculumErrors.NotAMixedAgePair(younger, older);
}

/// <summary>A year group's teaching sequence: terms, blocks, steps.</summary>
public sealed record YearOverview(int Year, IReadOnlyList<TermOverview> Terms)
{
    public int StepCount => Terms.Sum(t => t.Blocks.Sum(b => b.Steps.Count));
}

/// <summary>The blocks of one term.</summary>
public sealed record TermOverview(Term Term, IReadOnlyList<BlockOverview> Blocks);

/// <summary>A block with its steps.</summary>
public sealed record BlockOverview(Block Block, IReadOnlyList<SmallStep> Steps);
