using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Catalogue;
using KeepUp.Storage.Curriculum;

namespace KeepUp.Domain.Tests.Practice;

/// <summary>The shipped curriculum and catalogue, loaded once for the practice tests.</summary>
internal static class ShippedSteps
{
    public static readonly CurriculumMap Map = CurriculumFolder.Load(CurriculumFolder.Default).Curriculum
        ?? throw new InvalidOperationException("The shipped curriculum is invalid: run keepup curriculum validate.");

    public static PracticeCatalogue Catalogue => PracticeCatalogue.Standard;

    public static SmallStep Step(string id) => Map.Find(StepId.Parse(id)) ?? throw new InvalidOperationException($"No step {id}.");

    /// <summary>Every step that has a generator, for theories.</summary>
    public static TheoryData<string> WithGenerators()
    {
        var data = new TheoryData<string>();
        foreach (var id in Catalogue.StepIds.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    /// <summary>
    /// Seeds to try for a step: enough that every generator family meets at least 1,000 seeds across
    /// its steps, and every step at least 60.
    /// </summary>
    public static IEnumerable<int> SeedsFor(string stepId)
    {
        var family = Catalogue.For(StepId.Parse(stepId))!.GetType();
        var stepsInFamily = Catalogue.StepIds.Count(id => Catalogue.For(StepId.Parse(id))!.GetType() == family);
        var count = Math.Max(60, (1000 + stepsInFamily - 1) / stepsInFamily);

        // Spread the seeds over the whole range, not just 0..n, so large seeds are tried too.
        return Enumerable.Range(0, count).Select(i => (int)((long)i * 2_147_483_647 / count));
    }
}
