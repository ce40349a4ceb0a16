using BenchmarkDotNet.Attributes;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Benchmarks;

/// <summary>
/// What the class pages cost with a full year behind them: 30 pupils, a lesson and a 5-question
/// check every school day for 190 days (28,500 answers), in SQLite as shipped. The progress page's
/// heat map and the keep-up list each replay every pupil's answers through the mastery model; the
/// target is under 50 ms for a page.
/// </summary>
[MemoryDiagnoser]
public class ClassPageBenchmarks
{
    private const int Pupils = 30;
    private const int SchoolDays = 190;
    private const int Questions = 5;

    private BenchDatabase database = null!;
    private ServiceProvider services = null!;
    private SchoolClass schoolClass = null!;
    private List<Guid> pupilIds = [];
    private DateOnly lastLessonDay;
    private List<KeepUp.Domain.Curriculum.StepId> currentBlock = [];

    [GlobalSetup]
    public async Task SeedAYearAsync()
    {
        database = await BenchDatabase.CreateAsync("class");
        services = database.Services;
        var school = database.School;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
        schoolClass = new SchoolClass { SchoolId = school.Id, Name = "Willow", YearGroup = 4 };
        db.Classes.Add(schoolClass);
        await db.SaveChangesAsync();
        var pupils = Enumerable.Range(0, Pupils).Select(p => new Pupil
        {
            Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, Upn = $"B{p:D12}", Forename = "Pupil", Surname = $"{p}",
            SenStatus = "None", YearGroup = 4, DateOfBirth = new DateOnly(2016, 1, 1).AddDays(p * 11),
        }).ToList();
        db.Pupils.AddRange(pupils);
        pupilIds = [.. pupils.Select(p => p.Id)];

        var sequence = scope.ServiceProvider.GetRequiredService<LessonPlanner>().SequenceOf(schoolClass);
        var dice = new Random(7);
        var day = new DateOnly(2025, 9, 3);
        for (var d = 0; d < SchoolDays; d++, day = NextSchoolDay(day))
        {
            var step = sequence[d % sequence.Count].Id.Value;
            lastLessonDay = day;
            var lesson = new Lesson { Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, StepId = step, Date = day, TaughtBy = "bench" };
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 30)), TimeSpan.Zero);
            var check = new LessonCheck
            {
                Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, LessonId = lesson.Id, StepId = step, Date = day,
                BaseSeed = d, QuestionIndexes = "1,3,5,7,9", OpenedAt = at, ClosedAt = at.AddMinutes(15),
            };
            db.AddRange(lesson, check);
            foreach (var pupil in pupils)
            {
                for (var q = 0; q < Questions; q++)
                {
                    var correct = dice.NextDouble() < 0.75;
                    db.Evidence.Add(new Evidence
                    {
                        Id = Guid.NewGuid(), SchoolId = school.Id, PupilId = pupil.Id, StepId = step, Seed = d, QuestionIndex = 1 + (2 * q),
                        Answer = correct ? "right" : "wrong", Correct = correct, Misconception = correct ? null : $"Misconception {dice.Next(3)}",
                        MillisecondsTaken = 10_000, Source = EvidenceSource.Device, CheckId = check.Id, AnsweredAt = at.AddSeconds(30 * q), AnsweredOn = day,
                    });
                }
            }
        }

        await db.SaveChangesAsync();
        var latest = sequence[(SchoolDays - 1) % sequence.Count];
        currentBlock = [.. sequence.Where(s => s.Sequence.BlockOrder == latest.Sequence.BlockOrder).Select(s => s.Id)];
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    /// <summary>The progress page's heat map: every pupil's label on every step of the current block.</summary>
    [Benchmark]
    public async Task<int> ProgressHeatMap()
    {
        await using var scope = services.CreateAsyncScope();
        var grid = await scope.ServiceProvider.GetRequiredService<ClassMastery>().ForPupilsAsync(schoolClass.SchoolId, schoolClass.Id, pupilIds, lastLessonDay, currentBlock);
        return grid.Taught.Count;
    }

    /// <summary>The keep-up page: the latest check's list, the pre-teach list and the day's interventions.</summary>
    [Benchmark]
    public async Task<int> KeepUpList()
    {
        await using var scope = services.CreateAsyncScope();
        var day = await scope.ServiceProvider.GetRequiredService<KeepUpPlanner>().DayAsync(schoolClass, lastLessonDay);
        return day.Check is null ? throw new InvalidOperationException("The last school day has no check.") : day.PreTeach.Count;
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
