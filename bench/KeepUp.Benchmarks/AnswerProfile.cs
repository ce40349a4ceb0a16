using System.Diagnostics;
using KeepUp.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project bench/KeepUp.Benchmarks -- answer-parts`: the processor time
/// (not wall time, so a busy machine skews it less) of each part of recording one answer, over
/// thousands of repeats. BenchmarkDotNet's figures for the same parts are in AnswerBenchmarks.
/// </summary>
public static class AnswerProfile
{
    public static async Task<int> RunAsync()
    {
        var bench = new AnswerBenchmarks();
        await bench.SetUpAsync();
        try
        {
            const int repeats = 3000;
            await TimeAsync("scope + context", repeats, async () =>
            {
                await using var scope = bench.Services.CreateAsyncScope();
                _ = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
            });
            await TimeAsync("find pupil and check", repeats, bench.FindPupilAndCheck);
            await TimeAsync("mark one answer", repeats, () => Task.FromResult(bench.MarkOneAnswer()));
            var writer = bench.Services.GetRequiredService<KeepUp.Storage.Classroom.EvidenceWriter>();
            await TimeAsync("writer, one answer", repeats, async () => (await writer.WriteAsync([bench.NewAnswer()])).Stored.Count);
            await TimeAsync("save one row, own context", repeats, async () =>
            {
                await using var scope = bench.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
                db.Evidence.Add(bench.NewAnswer());
                return await db.SaveChangesAsync();
            });
            await TimeAsync("record one answer (all)", repeats, bench.RecordOneAnswer);
            await TimeConcurrentAsync("record, 32 pupils at once", 32, 300, bench.RecordOneAnswer);
            return 0;
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static async Task TimeAsync<T>(string part, int repeats, Func<Task<T>> run)
    {
        for (var i = 0; i < 200; i++)
        {
            await run();
        }

        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++)
        {
            await run();
        }

        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / repeats;
        var kb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / repeats;
        Console.WriteLine(FormattableString.Invariant($"{part,-28} {cpuMs,8:F3} ms CPU {wall.Elapsed.TotalMilliseconds / repeats,8:F3} ms wall {kb,8:F1} KB"));
    }

    private static async Task TimeConcurrentAsync(string part, int pupils, int each, Func<Task<int>> run)
    {
        await Task.WhenAll(Enumerable.Range(0, pupils).Select(_ => Task.Run(async () => { for (var i = 0; i < 20; i++) { await run(); } })));
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, pupils).Select(_ => Task.Run(async () => { for (var i = 0; i < each; i++) { await run(); } })));
        process.Refresh();
        var answers = pupils * each;
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / answers;
        var kb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / answers;
        Console.WriteLine(FormattableString.Invariant($"{part,-28} {cpuMs,8:F3} ms CPU {answers / wall.Elapsed.TotalSeconds,8:F0} /s    {kb,8:F1} KB"));
    }

    private static Task TimeAsync(string part, int repeats, Func<Task> run) =>
        TimeAsync(part, repeats, async () => { await run(); return 0; });
}
