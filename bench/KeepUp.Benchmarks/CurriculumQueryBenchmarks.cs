using BenchmarkDotNet.Attributes;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures;

namespace KeepUp.Benchmarks;

/// <summary>
/// What a teacher's request costs once the curriculum is in memory: searching, the step page's
/// prerequisite picture, and the mixed-age plan.
/// </summary>
[MemoryDiagnoser]
public class CurriculumQueryBenchmarks
{
    // A ready-to-progress code as printed in the DfE guidance (with an en dash) and a phrase a
    // teacher might type; both must find something or the benchmark measures the empty path.
    private const string Code = "3NPV–2";
    private const string Words = "column subtraction exchange";

    private CurriculumMap map = null!;
    private SmallStep busiestStep = null!;

    [GlobalSetup]
    public void Setup()
    {
        map = ShippedCurriculum.Load();

        // The step with the most neighbours draws the largest picture: the worst case of the step page.
        busiestStep = map.Steps
            .OrderByDescending(s => Math.Min(8, map.PrerequisitesOf(s).Count) + Math.Min(8, map.LeadsTo(s).Count))
            .ThenBy(s => s.Id.Value, StringComparer.Ordinal)
            .First();
        if (StepSearch.Find(map, Code).Count == 0 || StepSearch.Find(map, Words).Count == 0)
        {
            throw new InvalidOperationException("The search benchmarks' queries find nothing in the shipped curriculum.");
        }
    }

    [Benchmark]
    public IReadOnlyList<SmallStep> SearchByCode() => StepSearch.Find(map, Code);

    [Benchmark]
    public IReadOnlyList<SmallStep> SearchByWords() => StepSearch.Find(map, Words);

    [Benchmark]
    public string RenderPrerequisiteGraph() =>
        PrerequisiteGraphPicture.Render(map, busiestStep, id => "/curriculum/steps/" + id.Value);

    [Benchmark]
    public MixedAgePlan? PlanMixedAge5And6() => MixedAgePlan.Create(map, 5, 6);
}
