using System.Diagnostics;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Benchmarks;

internal static class Probe
{
    public static async Task<int> RunAsync()
    {
        var bench = new SchoolMasteryBenchmarks();
        var timer = Stopwatch.StartNew();
        await bench.SeedAYearAsync();
        Console.WriteLine($"seed {timer.ElapsedMilliseconds} ms");
        var services = bench.Services;
        for (var round = 0; round < 3; round++)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
            timer.Restart();
            var all = await db.Evidence.AsNoTracking().Select(e => new { e.PupilId, e.StepId, e.Correct, e.AnsweredAt, e.AnsweredOn, e.QuestionIndex }).ToListAsync();
            Console.WriteLine($"six columns {all.Count} rows {timer.ElapsedMilliseconds} ms");
            timer.Restart();
            var four = await db.Evidence.AsNoTracking().Select(e => new { e.PupilId, e.StepId, e.Correct, e.AnsweredOn }).ToListAsync();
            Console.WriteLine($"four columns {timer.ElapsedMilliseconds} ms");
            timer.Restart();
            var two = await db.Evidence.AsNoTracking().Select(e => new { e.Correct, e.QuestionIndex }).ToListAsync();
            Console.WriteLine($"two columns {timer.ElapsedMilliseconds} ms");
            timer.Restart();
            var at = await db.Evidence.AsNoTracking().Select(e => e.AnsweredAt).ToListAsync();
            Console.WriteLine($"answeredAt {timer.ElapsedMilliseconds} ms");
            timer.Restart();
            var pupil = await db.Evidence.AsNoTracking().Select(e => e.PupilId).ToListAsync();
            Console.WriteLine($"pupil {timer.ElapsedMilliseconds} ms");
            timer.Restart();
            var r = await scope.ServiceProvider.GetRequiredService<SchoolMastery>().ForAsync(bench.Lead, SchoolPeriod.Year, bench.LastLessonDay);
            Console.WriteLine($"school {timer.ElapsedMilliseconds} ms");
        }

        bench.Cleanup();
        return 0;
    }
}
