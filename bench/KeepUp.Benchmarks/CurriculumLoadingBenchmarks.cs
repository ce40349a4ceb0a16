using BenchmarkDotNet.Attributes;
using KeepUp.Domain.Curriculum;
using KeepUp.Storage.Curriculum;

namespace KeepUp.Benchmarks;

/// <summary>
/// Start-up cost: every host (web, CLI) reads and validates the whole curriculum before it serves
/// anything. Target: under 200 ms for the shipped folder.
/// </summary>
[MemoryDiagnoser]
public class CurriculumLoadingBenchmarks
{
    private readonly string folder = CurriculumFolder.Default;
    private CurriculumDraft draft = null!;
    private int stepCount;

    [GlobalSetup]
    public void Setup()
    {
        var map = ShippedCurriculum.Load();
        stepCount = map.Steps.Count;
        draft = ShippedCurriculum.ToDraft(map);
        var again = CurriculumValidator.Validate(draft);
        if (again.Curriculum?.Steps.Count != stepCount)
        {
            throw new InvalidOperationException("The rebuilt draft does not validate to the same curriculum: " + string.Join("; ", again.Problems));
        }
    }

    [Benchmark]
    public CurriculumMap LoadAndValidateCurriculum() =>
        CurriculumFolder.Load(folder).Curriculum ?? throw new InvalidOperationException("The curriculum did not load.");

    [Benchmark]
    public CurriculumMap ValidateOnly() =>
        CurriculumValidator.Validate(draft).Curriculum ?? throw new InvalidOperationException("The draft did not validate.");
}
