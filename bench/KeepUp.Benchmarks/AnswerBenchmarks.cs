using BenchmarkDotNet.Attributes;
using KeepUp.Application.Practice;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Benchmarks;

/// <summary>
/// The cost of one pupil's answer on the server, in parts: marking it (the question is rebuilt
/// from step and seed) and recording it (the lookups, the idempotency check and the insert) in
/// SQLite as shipped. The load run (`load/answers.sh`) measures the same path over HTTP.
/// </summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private const string Step = "y4-npv-compare-four-digit-numbers";

    private BenchDatabase database = null!;
    private ServiceProvider services = null!;

    /// <summary>The services the benchmarks run on, for the processor-time profile.</summary>
    public IServiceProvider Services => services;
    private PracticeQueries practice = null!;
    private Pupil pupil = null!;
    private LessonCheck check = null!;
    private int seed;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        database = await BenchDatabase.CreateAsync("answer");
        services = database.Services;
        practice = services.GetRequiredService<PracticeQueries>();
        var school = database.School;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
        var schoolClass = new SchoolClass { SchoolId = school.Id, Name = "Willow", YearGroup = 4 };
        db.Classes.Add(schoolClass);
        await db.SaveChangesAsync();
        pupil = new Pupil { Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, Upn = "B000000000001", Forename = "A", Surname = "B", SenStatus = "None", YearGroup = 4 };
        var lesson = new Lesson { Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, StepId = Step, Date = new DateOnly(2026, 11, 20), TaughtBy = "bench" };
        check = new LessonCheck
        {
            Id = Guid.NewGuid(), SchoolId = school.Id, ClassId = schoolClass.Id, LessonId = lesson.Id, StepId = Step, Date = lesson.Date,
            BaseSeed = 7, QuestionIndexes = "1,2,4,5,7,8", OpenedAt = DateTimeOffset.UtcNow,
        };
        db.AddRange(pupil, lesson, check);
        await db.SaveChangesAsync();
        seed = KeepUp.Domain.Classroom.CheckPlan.SeedFor(check.BaseSeed, pupil.Id);
    }

    [GlobalCleanup]
    public void Cleanup() => database.Dispose();

    /// <summary>A new device answer of the bench pupil, marked right, for timing the write alone.</summary>
    public Evidence NewAnswer() => new()
    {
        Id = Guid.NewGuid(), SchoolId = pupil.SchoolId, PupilId = pupil.Id, StepId = Step, Seed = seed, QuestionIndex = 4, Answer = "1234",
        Correct = true, Source = EvidenceSource.Device, CheckId = check.Id, AnsweredAt = DateTimeOffset.UtcNow, AnsweredOn = check.Date,
    };

    /// <summary>Marking alone: rebuild the question from step and seed, check the answer.</summary>
    [Benchmark]
    public bool MarkOneAnswer() => practice.Check(new AnswerSubmission(Step, seed, 4, "1234")).Value!.Correct;

    /// <summary>The two lookups before marking: the pupil still on roll, and the check of their class.</summary>
    [Benchmark]
    public async Task<bool> FindPupilAndCheck()
    {
        await using var scope = services.CreateAsyncScope();
        var work = scope.ServiceProvider.GetRequiredService<PupilWork>();
        return (await work.FindWithCheckAsync(pupil.Id, pupil.SchoolId, check.Id))?.Check is not null;
    }

    /// <summary>Everything the answers endpoint does after sign-in: find the pupil and check, mark, store.</summary>
    [Benchmark]
    public async Task<int> RecordOneAnswer()
    {
        await using var scope = services.CreateAsyncScope();
        var work = scope.ServiceProvider.GetRequiredService<PupilWork>();
        var found = (await work.FindWithCheckAsync(pupil.Id, pupil.SchoolId, check.Id))!;
        var recorded = await scope.ServiceProvider.GetRequiredService<EvidenceRecorder>()
            .RecordFromDeviceAsync(found.Pupil, found.Check!, [new DeviceAnswer(Guid.NewGuid(), 4, "1234", 3000)]);
        return recorded.Value!.Stored;
    }
}
