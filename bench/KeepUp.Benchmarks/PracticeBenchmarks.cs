using BenchmarkDotNet.Attributes;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Catalogue;

namespace KeepUp.Benchmarks;

/// <summary>
/// What practice costs: one variation set per generator family, with and without drawing its
/// pictures, and a whole school's worksheets (400 pupils, one set each, pictures drawn) — the
/// target is under 2 s on the 2-core build machine. Divide a set's time and allocations by its
/// question count (reported in the Questions column) for per-question figures.
/// </summary>
[MemoryDiagnoser]
public class PracticeBenchmarks
{
    private Dictionary<string, SmallStep> stepByFamily = null!;
    /// <summary>Each generator family, by name; its first step in the catalogue stands for it.</summary>
    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = string.Empty;

    public static IEnumerable<string> Families() =>
        PracticeCatalogue.Standard.StepIds
            .GroupBy(id => PracticeCatalogue.Standard.For(StepId.Parse(id))!.Family, StringComparer.Ordinal)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        var map = ShippedCurriculum.Load();
        stepByFamily = PracticeCatalogue.Standard.StepIds
            .Order(StringComparer.Ordinal)
            .Select(id => map.Find(StepId.Parse(id))!)
            .GroupBy(s => PracticeCatalogue.Standard.For(s.Id)!.Family, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    [Benchmark]
    public int SetWithoutPictures()
    {
        var step = stepByFamily[Family];
        return PracticeCatalogue.Standard.Generate(step, 12345)!.Questions.Count;
    }

    [Benchmark]
    public int SetWithPictures()
    {
        var step = stepByFamily[Family];
        var set = PracticeCatalogue.Standard.Generate(step, 12345)!;
        var characters = 0;
        foreach (var question in set.Questions)
        {
            characters += question.Picture is { } picture ? PictureRenderer.Render(picture, "q" + question.Index).Length : 0;
        }

        return characters;
    }
}

/// <summary>A whole school's worksheets in one go: 400 pupils, a set each, every picture drawn.</summary>
[MemoryDiagnoser]
public class SchoolWorksheetBenchmarks
{
    private List<SmallStep> schoolSteps = null!;

    [GlobalSetup]
    public void Setup()
    {
        var map = ShippedCurriculum.Load();
        var all = PracticeCatalogue.Standard.StepIds.Order(StringComparer.Ordinal).Select(id => map.Find(StepId.Parse(id))!).ToList();
        schoolSteps = [.. Enumerable.Range(0, 400).Select(i => all[i % all.Count])];
    }

    [Benchmark]
    public int FourHundredPupilsWithPictures()
    {
        var characters = 0;
        for (var pupil = 0; pupil < schoolSteps.Count; pupil++)
        {
            var set = PracticeCatalogue.Standard.Generate(schoolSteps[pupil], pupil)!;
            foreach (var question in set.Questions)
            {
                characters += question.Prompt.Length;
                characters += question.Picture is { } picture ? PictureRenderer.Render(picture, "q" + question.Index).Length : 0;
            }
        }

        return characters;
    }
}
