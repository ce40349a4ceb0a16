using BenchmarkDotNet.Attributes;
using KeepUp.Domain.Fluency;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Fluency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Benchmarks;

/// <summary>
/// The class fluency page with a year of daily fact practice behind it: a Year 4 class of 30
/// pupils, 25 facts a day for 190 school days (4,750 answers each, 142,500 in all), in SQLite as
/// shipped. Facts are drawn mostly from the tables, as practice does for Year 4. The target is
/// under 100 ms for the whole report.
/// </summary>
[MemoryDiagnoser]
public class ClassFluencyBenchmarks
{
    private const int Pupils = 30;
    private const int SchoolDays = 190;
    private const int PerDay = 25;

    private BenchDatabase database = null!;
    private ServiceProvider services = null!;
    private List<Pupil> pupils = [];
    private DateOnly lastDay;

    [GlobalSetup]
    public async Task SeedAYearAsync()
    {
        database = await BenchDatabase.CreateAsync("fluency");
        services = database.Services;
        var school = database.School;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var schoolClass = new SchoolClass { SchoolId = school.Id, Name = "Willow", YearGroup = 4 };
        db.Classes.Add(schoolClass);
        await db.SaveChangesAsync();
        pupils = [.. Enumerable.Range(0, Pupils).Select(p => new Pupil
        {
            Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, Upn = $"F{p:D12}", Forename = "Pupil", Surname = $"{p}",
            SenStatus = "None", YearGroup = 4, DateOfBirth = new DateOnly(2016, 1, 1).AddDays(p * 11),
        })];
        db.Pupils.AddRange(pupils);
        await db.SaveChangesAsync();

        var tables = FactCatalogue.All.Where(f => f.Operation == FactOperation.Multiply).ToList();
        var others = FactCatalogue.All.Where(f => f.Operation != FactOperation.Multiply).ToList();
        var dice = new Random(11);
        foreach (var pupil in pupils)
        {
            var day = new DateOnly(2025, 9, 3);
            var skill = 0.6 + (0.35 * dice.NextDouble());
            for (var d = 0; d < SchoolDays; d++, day = NextSchoolDay(day))
            {
                lastDay = day;
                var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 5)), TimeSpan.Zero);
                for (var position = 1; position <= PerDay; position++)
                {
                    var fact = dice.NextDouble() < 0.8 ? tables[dice.Next(tables.Count)] : others[dice.Next(others.Count)];
                    var correct = dice.NextDouble() < skill;
                    db.FactAnswers.Add(new FactAnswer
                    {
                        Id = Guid.NewGuid(), SchoolId = school.Id, PupilId = pupil.Id, FactId = fact.Id, Day = day, Position = position,
                        Correct = correct, Milliseconds = 1200 + dice.Next(7000), Answer = correct ? "right" : "0", AnsweredAt = at.AddSeconds(8 * position),
                    });
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        Console.WriteLine($"// Seeded {pupils.Count} pupils, {await db.FactAnswers.CountAsync()} fact answers; last day {lastDay:yyyy-MM-dd}.");
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    /// <summary>The class fluency page's report: heat map, pupils not yet secure, Year 4 readiness, facts secured over time.</summary>
    [Benchmark]
    public async Task<int> ClassFluencyReport()
    {
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<FluencyReports>().ForClassAsync(pupils, lastDay);
        return report.PupilsPractising;
    }

    /// <summary>The report as it was worked out before: every part reading each pupil's answers again.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> ClassFluencyReportReadEachTime()
    {
        await using var scope = services.CreateAsyncScope();
        var report = await new ReadEachTimeFluencyReport(scope.ServiceProvider.GetRequiredService<KeepUpDbContext>()).ForClassAsync(pupils, lastDay);
        return report.PupilsPractising;
    }

    private static DateOnly NextSchoolDay(DateOnly day)
    {
        day = day.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
