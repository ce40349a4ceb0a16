using BenchmarkDotNet.Attributes;
using KeepUp.Domain.Programme;

namespace KeepUp.Benchmarks;

/// <summary>The pure parts of the programme at full size: checking the import files, computing reach.</summary>
[MemoryDiagnoser]
public class ProgrammeBenchmarks
{
    private ProgrammeFiles files = null!;
    private ReachRecords records = null!;

    [GlobalSetup]
    public void Setup()
    {
        files = ProgrammeFilesGenerator.Generate();
        var import = ProgrammeImportReader.Read(files, KnownProgramme.None).Value ?? throw new InvalidOperationException("The generated files do not import.");
        var groups = import.WorkGroups.ToDictionary(g => g.Id);
        records = new ReachRecords(import.Hubs,
            [.. import.Specialists.Select(s => new ReachSpecialist(s.HubId, s.School, s.Cohort))],
            [.. import.Memberships.Select(m => new ReachParticipation(groups[m.WorkGroupId].HubId, m.School, groups[m.WorkGroupId].Year))]);
    }

    [Benchmark]
    public ProgrammeImport? ReadAndCheckImportFiles() => ProgrammeImportReader.Read(files, KnownProgramme.None).Value;

    [Benchmark]
    public int ReachProgrammeHubsAndRegions() =>
        Reach.Programme(records).Count + Reach.ByHub(records).Count + Reach.ByRegion(records).Count;
}
