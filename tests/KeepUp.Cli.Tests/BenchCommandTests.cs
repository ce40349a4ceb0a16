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
}
