namespace KeepUp.Cli.Tests;

/// <summary><c>keepup bench seed-mtc</c>: the pupils file bench/load/mtc.sh reads.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("keepup-cli-bench-");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }

    [Fact]
    public async Task SeedMtc_SmallRun_WritesOnePupilARowWithPinsUniqueInEachSchoolAndRefusesASecondSeed()
    {
        var file = Path.Combine(data.FullName, "pupils.csv");

        var first = await CliRun.RunAsync("--data", data.FullName, "bench", "seed-mtc", "--pupils", "30", "--per-school", "20", "--per-class", "7", "--out", file);
        var second = await CliRun.RunAsync("--data", data.FullName, "bench", "seed-mtc", "--pupils", "30", "--per-school", "20", "--out", file);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Seeded 30 pupils in 2 schools and 5 classes", first.Output, StringComparison.Ordinal);
        var rows = (await File.ReadAllLinesAsync(file)).Select(l => l.Split(',')).ToList();
        Assert.Equal(["SchoolCode", "Pin", "PupilId", "ClassId"], rows[0]);
        Assert.Equal(30, rows.Count - 1);
        Assert.Equal(2, rows.Skip(1).Select(r => r[0]).Distinct().Count());
        Assert.Equal(30, rows.Skip(1).Select(r => (r[0], r[1])).Distinct().Count());
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already has load-run schools", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedMtc_WithCheckStep_EachClassHasOneOpenCheckOnThatStep()
    {
        var file = Path.Combine(data.FullName, "pupils.csv");

        var seeded = await CliRun.RunAsync("--data", data.FullName, "bench", "seed-mtc", "--pupils", "12", "--per-class", "5", "--check-step", "y4-npv-compare-four-digit-numbers", "--out", file);
        var unknown = await CliRun.RunAsync("--data", Path.Combine(data.FullName, "other"), "bench", "seed-mtc", "--pupils", "3", "--check-step", "no-such-step", "--out", file + ".2");

        Assert.Equal(0, seeded.ExitCode);
        var rows = (await File.ReadAllLinesAsync(file)).Select(l => l.Split(',')).ToList();
        Assert.Equal(["SchoolCode", "Pin", "PupilId", "ClassId", "CheckId"], rows[0]);
        var checkOfClass = rows.Skip(1).GroupBy(r => r[3]).ToDictionary(g => g.Key, g => g.Select(r => r[4]).Distinct().ToList());
        Assert.Equal(3, checkOfClass.Count);
        Assert.All(checkOfClass.Values, checks => Assert.Single(checks));
        Assert.Equal(3, checkOfClass.Values.Select(c => c[0]).Distinct().Count());
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no-such-step", unknown.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file + ".2"));
    }
}
