using BenchmarkDotNet.Attributes;
using KeepUp.Application.Mastery;
using KeepUp.Domain.Mastery;

namespace KeepUp.Benchmarks;

/// <summary>
/// Fitting the mastery model on the whole ASSISTments 2009 training file (407,967 answers, 123
/// skills, 5 EM starts per skill) — what <c>keepup mastery evaluate</c> times as fitSeconds.
/// Target: under 0.6 s on the 2-core machine, a tenth of pyBKT's 6 s. The file is found in
/// <c>shared/data/kt</c> above the benchmark's folder.
/// </summary>
[MemoryDiagnoser]
public class MasteryBenchmarks
{
    private IReadOnlyList<AnswerSequences> skills = null!;
    private string trainText = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(KtFolder(), "assist09_train.csv");
        trainText = File.ReadAllText(path);
        var log = AnswerLogReader.Parse(trainText, path).Value ?? throw new InvalidOperationException($"{path} did not read.");
        skills = SkillModels.PackBySkill(log);
    }

    /// <summary>All skills, in parallel across the cores, as the command does.</summary>
    [Benchmark]
    public int FitAllSkills() => SkillModels.FitAll(skills, new BktFitter(restarts: 5, seed: 42)).Count(f => f.UsedDefault);

    /// <summary>All skills on one core: the CPU the fit costs.</summary>
    [Benchmark]
    public int FitAllSkillsOneCore()
    {
        var fitter = new BktFitter(restarts: 5, seed: 42);
        var defaults = 0;
        foreach (var skill in skills)
        {
            defaults += fitter.Fit(skill).UsedDefault ? 1 : 0;
        }

        return defaults;
    }

    /// <summary>Reading the CSV text and packing it per skill: not part of fitSeconds.</summary>
    [Benchmark]
    public int ReadAndPack() => SkillModels.PackBySkill(AnswerLogReader.Parse(trainText, "assist09_train.csv").Value!).Count;

    private static string KtFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", "kt");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No folder shared/data/kt above {AppContext.BaseDirectory}.");
    }
}
