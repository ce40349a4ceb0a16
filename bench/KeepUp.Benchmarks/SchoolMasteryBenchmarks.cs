using BenchmarkDotNet.Attributes;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Benchmarks;

/// <summary>
/// The school mastery page with a year behind it: 14 classes of 30 pupils (420), each taught a
/// lesson with a 5-question check every school day for 190 days (399,000 answers), in SQLite as
/// shipped; a few pupils helped the same day, and an erased pupil's anonymised tallies. The target
/// is under 200 ms for the year's picture.
/// </summary>
[MemoryDiagnoser]
public class SchoolMasteryBenchmarks
{
    private const int PupilsPerClass = 30;
    private const int SchoolDays = 190;
    private const int Questions = 5;
    private static readonly int[] YearGroups = [1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6];

    private BenchDatabase database = null!;
    private ServiceProvider services = null!;
    private StaffScope lead = null!;
    private DateOnly lastLessonDay;

    [GlobalSetup]
    public async Task SeedAYearAsync()
    {
        database = await BenchDatabase.CreateAsync("school");
        services = database.Services;
        var school = database.School;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        lead = new StaffScope("lead", school.Id, SeesWholeSchool: true, IsTeachingAssistant: false);
        var planner = scope.ServiceProvider.GetRequiredService<LessonPlanner>();
        var dice = new Random(7);
        var serial = 0;
        for (var c = 0; c < YearGroups.Length; c++)
        {
            var schoolClass = new SchoolClass { SchoolId = school.Id, Name = $"Class {c + 1}", YearGroup = YearGroups[c] };
            db.Classes.Add(schoolClass);
            await db.SaveChangesAsync();
            var pupils = Enumerable.Range(0, PupilsPerClass).Select(p => new Pupil
            {
                Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, Upn = $"B{serial++:D12}", Forename = "Pupil", Surname = $"{serial}",
                SenStatus = p % 6 == 0 ? "SenSupport" : "None", PupilPremium = p % 4 == 0, Eal = p % 5 == 0, LowerPriorAttainer = p % 7 == 0,
                YearGroup = schoolClass.YearGroup, DateOfBirth = new DateOnly(2020 - schoolClass.YearGroup, 1, 1).AddDays(p * 11),
            }).ToList();
            db.Pupils.AddRange(pupils);
            var sequence = planner.SequenceOf(schoolClass);
            var day = new DateOnly(2025, 9, 3);
            for (var d = 0; d < SchoolDays; d++, day = NextSchoolDay(day))
            {
                var step = sequence[d % sequence.Count].Id.Value;
                lastLessonDay = day;
                var lesson = new Lesson { Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, StepId = step, Date = day, TaughtBy = "bench" };
                var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 30)), TimeSpan.Zero);
                db.Lessons.Add(lesson);
                foreach (var pupil in pupils)
                {
                    for (var q = 0; q < Questions; q++)
                    {
                        var correct = dice.NextDouble() < 0.75;
                        db.Evidence.Add(new Evidence
                        {
                            Id = Guid.NewGuid(), SchoolId = school.Id, PupilId = pupil.Id, StepId = step, Seed = d, QuestionIndex = 1 + (2 * q),
                            Answer = correct ? "right" : "wrong", Correct = correct, Misconception = correct ? null : $"Misconception {dice.Next(3)}",
                            MillisecondsTaken = 10_000, Source = EvidenceSource.Device, AnsweredAt = at.AddSeconds(30 * q), AnsweredOn = day,
                        });
                    }
                }

                // The first two pupils are helped the same day once a week.
                if (d % 5 == 0)
                {
                    var help = new Intervention { Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, StepId = step, Date = day, PlannedBy = "bench" };
                    db.Interventions.Add(help);
                    db.InterventionPupils.AddRange(pupils.Take(2).Select(p => new InterventionPupil { InterventionId = help.Id, PupilId = p.Id }));
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            if (c == 0 || YearGroups[c - 1] != schoolClass.YearGroup)
            {
                // An erased pupil of the year group: their answers on the first step, kept only as counts.
                db.AnonymisedTallies.Add(new AnonymisedTally { SchoolId = school.Id, StepId = sequence[0].Id.Value, YearGroup = schoolClass.YearGroup, AcademicYear = 2025, Answers = 40, Correct = 30 });
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        var evidence = await db.Evidence.CountAsync();
        Console.WriteLine($"// Seeded {serial} pupils, {evidence} answers; last lesson {lastLessonDay:yyyy-MM-dd}.");
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    /// <summary>The whole page's figures for the year so far: every pupil's labels on every step taught, answers, help, flagged pupils.</summary>
    [Benchmark]
    public async Task<int> SchoolYear()
    {
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SchoolMastery>().ForAsync(lead, SchoolPeriod.Year, lastLessonDay)
            ?? throw new InvalidOperationException("The lead sees no school picture.");
        return report.Picture.School.Pupils;
    }

    /// <summary>The year's picture as it was worked out before: class by class, each class reading its own answers.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> SchoolYearClassByClass()
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var before = new ClassByClassSchoolMastery(
            provider.GetRequiredService<KeepUpDbContext>(), provider.GetRequiredService<ClassAccess>(), provider.GetRequiredService<ClassMastery>(),
            provider.GetRequiredService<KeepUpPlanner>(), provider.GetRequiredService<KeepUp.Application.Curriculum.CurriculumQueries>());
        var report = await before.ForAsync(lead, SchoolPeriod.Year, lastLessonDay) ?? throw new InvalidOperationException("The lead sees no school picture.");
        return report.Picture.School.Pupils;
    }

    /// <summary>The same for this half-term only.</summary>
    [Benchmark]
    public async Task<int> SchoolHalfTerm()
    {
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SchoolMastery>().ForAsync(lead, SchoolPeriod.HalfTerm, lastLessonDay)
            ?? throw new InvalidOperationException("The lead sees no school picture.");
        return report.Picture.School.Pupils;
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
