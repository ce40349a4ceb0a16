using System.Diagnostics;
using KeepUp.Application;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Mastery;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Curriculum;
using KeepUp.Storage.Programme;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>
/// The school picture on both databases, on a primary school of the size the page must stay fast
/// for: six year groups of 70 pupils in two classes each, 30 steps taught, three answers a step.
/// </summary>
public sealed class SchoolMasteryTests(ITestOutputHelper output)
{
    private static readonly CurriculumMap Map = CurriculumFolder.Load(CurriculumFolder.Default).Curriculum
        ?? throw new InvalidOperationException("The shipped curriculum is invalid.");

    private static readonly DateOnly Today = new(2026, 3, 20);
    private const int PupilsPerClass = 35;
    private const int StepsTaught = 30;

    [Theory, OnSqlite, OnPostgres]
    public async Task ForAsync_PrimarySchool_CountsOnlyTheLeadsSchoolQuickly(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var services = Services(database);
        var (oakfield, other) = await SeedAsync(services);

        await using var scope = services.CreateAsyncScope();
        var school = scope.ServiceProvider.GetRequiredService<SchoolMastery>();
        var lead = new StaffScope("lead", oakfield, SeesWholeSchool: true, IsTeachingAssistant: false);
        var timer = Stopwatch.StartNew();
        var report = (await school.ForAsync(lead, SchoolPeriod.Year, Today))!;
        var cold = timer.ElapsedMilliseconds;
        timer.Restart();
        await school.ForAsync(lead, SchoolPeriod.Year, Today);
        var warm = timer.ElapsedMilliseconds;
        output.WriteLine($"{kind}: school picture for 420 pupils × {StepsTaught} steps in {cold} ms (first), {warm} ms (again).");

        Assert.Equal(6 * 2 * PupilsPerClass, report.Picture.School.Pupils);
        Assert.Equal([1, 2, 3, 4, 5, 6], report.Picture.YearGroups.Select(y => y.YearGroup));
        Assert.Equal(6 * 2 * PupilsPerClass * StepsTaught * 3, report.Picture.School.Answers);
        Assert.Equal(6 * 2 * PupilsPerClass * StepsTaught, report.Picture.School.StepStandings);
        Assert.Equal(12, report.Classes);
        // Every seventh pupil got every answer wrong on the latest step: they need help today.
        Assert.Equal(Enumerable.Range(0, 12 * PupilsPerClass).Count(i => i % 7 == 0), report.Picture.School.PupilsWith(MasteryStatus.NeedsSameDayHelp));
        Assert.All(report.Flagged, f => Assert.Equal(oakfield, f.Pupil.SchoolId));
        Assert.Equal(12, report.Flagged.Count);
        Assert.All(report.Flagged, f => Assert.NotEmpty(f.Steps));
        Assert.True(cold < 15000, $"The school picture took {cold} ms.");

        var others = (await school.ForAsync(new StaffScope("other-lead", other, true, false), SchoolPeriod.Year, Today))!;
        Assert.Equal(3, others.Picture.School.Pupils);
        Assert.Empty(others.Flagged);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ForAsync_NotWholeSchool_GivesNothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var services = Services(database);
        var (oakfield, _) = await SeedAsync(services, small: true);
        await using var scope = services.CreateAsyncScope();

        var report = await scope.ServiceProvider.GetRequiredService<SchoolMastery>().ForAsync(new StaffScope("teacher", oakfield, false, false), SchoolPeriod.Year, Today);

        Assert.Null(report);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ForAsync_HalfTerm_CountsOnlyWhatWasTaughtSinceItBegan(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var services = Services(database);
        var (oakfield, _) = await SeedAsync(services, small: true);
        await using var scope = services.CreateAsyncScope();
        var school = scope.ServiceProvider.GetRequiredService<SchoolMastery>();
        var lead = new StaffScope("lead", oakfield, true, false);

        var year = (await school.ForAsync(lead, SchoolPeriod.Year, Today))!;
        var halfTerm = (await school.ForAsync(lead, SchoolPeriod.HalfTerm, Today))!;

        // The spring 2 half-term began on 15 February, part-way through the 30 lessons.
        var sinceHalfTerm = Enumerable.Range(0, StepsTaught).Count(s => LessonDay(s) >= new DateOnly(2026, 2, 15));
        Assert.InRange(sinceHalfTerm, 1, StepsTaught - 1);
        Assert.Equal(StepsTaught, year.StepsTaught);
        Assert.Equal(sinceHalfTerm, halfTerm.StepsTaught);
        Assert.Equal(new DateOnly(2026, 2, 15), halfTerm.From);
        Assert.True(halfTerm.Picture.School.Answers < year.Picture.School.Answers);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ForAsync_WholeSchoolReadOnce_SameLabelsAsEachClassPage(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var services = Services(database);
        var (oakfield, _) = await SeedAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
        // A teacher's judgement overrides the evidence: the school page must show it as the class page does.
        var judged = await db.Pupils.Where(p => p.SchoolId == oakfield && p.YearGroup == 3).OrderBy(p => p.Upn).FirstAsync();
        var judgedStep = await db.Lessons.Where(l => l.ClassId == judged.ClassId).OrderBy(l => l.Date).Select(l => l.StepId).FirstAsync();
        db.MasteryJudgements.Add(new MasteryJudgement
        {
            SchoolId = oakfield, PupilId = judged.Id, StepId = judgedStep, Status = nameof(MasteryStatus.NeedsSameDayHelp), JudgedBy = "teacher",
            At = new DateTimeOffset(Today.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero), Why = "Could not explain it to me.",
        });
        await db.SaveChangesAsync();

        foreach (var period in new[] { SchoolPeriod.Year, SchoolPeriod.HalfTerm })
        {
            var report = (await scope.ServiceProvider.GetRequiredService<SchoolMastery>().ForAsync(new StaffScope("lead", oakfield, true, false), period, Today))!;

            // The old way: each class's grid from the class page's ClassMastery, over the steps taught in the period.
            var from = report.From;
            var classMastery = scope.ServiceProvider.GetRequiredService<ClassMastery>();
            var expected = new List<SchoolPupil>();
            foreach (var schoolClass in await db.Classes.AsNoTracking().Where(c => c.SchoolId == oakfield).ToListAsync())
            {
                var pupils = await db.Pupils.AsNoTracking().Where(p => p.ClassId == schoolClass.Id).ToListAsync();
                var steps = (await db.Lessons.Where(l => l.ClassId == schoolClass.Id && l.Date >= from && l.Date <= Today).Select(l => l.StepId).Distinct().ToListAsync())
                    .Order(StringComparer.Ordinal).ToList();
                var grid = await classMastery.ForPupilsAsync(oakfield, schoolClass.Id, [.. pupils.Select(p => p.Id)], Today, steps.Select(StepId.Parse));
                expected.AddRange(pupils.Select(p => new SchoolPupil(
                    p.YearGroup, p.PupilPremium, Enum.Parse<SenStatus>(p.SenStatus), p.Eal, p.LowerPriorAttainer,
                    [.. steps.Select(s => grid.For(p.Id, s).Label.Status)], 0, 0, 0)));
            }

            var picture = SchoolPicture.From(expected);
            Assert.Equal(picture.YearGroups.Select(y => y.YearGroup), report.Picture.YearGroups.Select(y => y.YearGroup));
            foreach (var (want, got) in picture.YearGroups.Zip(report.Picture.YearGroups))
            {
                Assert.Equal(
                    Enum.GetValues<MasteryStatus>().Select(want.Tally.PupilsWith).Append(want.Tally.StepStandings).Append(want.Tally.SecureSteps),
                    Enum.GetValues<MasteryStatus>().Select(got.Tally.PupilsWith).Append(got.Tally.StepStandings).Append(got.Tally.SecureSteps));
            }

            Assert.True(Enum.GetValues<MasteryStatus>().Count(s => report.Picture.School.PupilsWith(s) > 0) >= 2, "Every pupil stands the same: the comparison would prove little.");
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ForAsync_PupilErased_YearsAnswersStillCountedButNotThePupil(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var services = Services(database);
        var (oakfield, _) = await SeedAsync(services, small: true);
        var lead = new StaffScope("lead", oakfield, true, false);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
        var school = scope.ServiceProvider.GetRequiredService<SchoolMastery>();
        var before = (await school.ForAsync(lead, SchoolPeriod.Year, Today))!;
        var pupil = await db.Pupils.AsNoTracking().Where(p => p.SchoolId == oakfield).OrderBy(p => p.Upn).Skip(3).FirstAsync();
        var given = await db.Evidence.CountAsync(e => e.PupilId == pupil.Id);
        var clock = new FixedClock(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

        var erased = await new PupilErasure(db, new KeepUp.Storage.Audit.AuditLog(db, clock), clock, new RecentAnswerLookups()).EraseAsync(lead, pupil.Id, pupil.FullName);
        var after = (await school.ForAsync(lead, SchoolPeriod.Year, Today))!;

        Assert.True(erased.IsSuccess);
        Assert.Equal(given, erased.Value!.AnswersKept);
        Assert.True(given > 0);
        Assert.Equal(before.Picture.School.Pupils - 1, after.Picture.School.Pupils);
        Assert.Equal((before.Picture.School.Answers, before.Picture.School.RightAnswers), (after.Picture.School.Answers, after.Picture.School.RightAnswers));
        var year4Before = before.Picture.YearGroups.Single(y => y.YearGroup == 4).Tally;
        var year4After = after.Picture.YearGroups.Single(y => y.YearGroup == 4).Tally;
        Assert.Equal((year4Before.Answers, year4Before.RightAnswers), (year4After.Answers, year4After.RightAnswers));
        Assert.Equal(year4Before.StepStandings - StepsTaught, year4After.StepStandings);
        // Nothing says which pupil group the answers came from, so the groups count current pupils only.
        var premium = after.Picture.Groups.Single(g => g.Group == PupilGroup.PupilPremium);
        Assert.Equal(after.Picture.School.Answers - given, premium.InGroup.Answers + premium.Rest.Answers);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Lesson <paramref name="step"/> of 30, two days apart, the last one today.</summary>
    private static DateOnly LessonDay(int step) => Today.AddDays(2 * (step - StepsTaught + 1));

    private static ServiceProvider Services(TestDatabase database)
    {
        var options = database.Kind == DatabaseKind.Sqlite
            ? new StorageOptions(Path.GetDirectoryName(database.ConnectionString)!, null)
            : new StorageOptions(Path.GetTempPath(), database.ConnectionString);
        return new ServiceCollection().AddKeepUpStorage(options).AddKeepUpApplication(Map).BuildServiceProvider();
    }

    /// <summary>
    /// Oakfield: classes of Years 1–6, each taught 30 steps two days apart up to today, every
    /// pupil three answers a step (every seventh pupil wrong on the latest step), the first pupil of
    /// each class helped three times this half-term. Another school with three pupils.
    /// </summary>
    private static async Task<(int Oakfield, int Other)> SeedAsync(ServiceProvider services, bool small = false)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
        await db.Database.MigrateAsync();
        var oakfield = new School { Urn = 100001, Name = "Oakfield" };
        var other = new School { Urn = 100002, Name = "Brookside" };
        db.AddRange(oakfield, other);
        await db.SaveChangesAsync();

        var serial = 0;
        foreach (var year in small ? [4] : Enumerable.Range(1, 6))
        {
            var steps = Map.StepsOf(year).Take(StepsTaught).ToList();
            Assert.Equal(StepsTaught, steps.Count);
            foreach (var name in new[] { "A", "B" })
            {
                var schoolClass = new SchoolClass { SchoolId = oakfield.Id, Name = $"{year}{name}", YearGroup = year };
                db.Classes.Add(schoolClass);
                await db.SaveChangesAsync();
                var pupils = Enumerable.Range(0, PupilsPerClass).Select(i => NewPupil(oakfield.Id, schoolClass.Id, year, serial++)).ToList();
                db.Pupils.AddRange(pupils);
                for (var s = 0; s < steps.Count; s++)
                {
                    var day = LessonDay(s);
                    db.Lessons.Add(new Lesson { Id = Guid.NewGuid(), SchoolId = oakfield.Id, ClassId = schoolClass.Id, StepId = steps[s].Id.Value, Date = day, TaughtBy = "teacher" });
                    foreach (var (pupil, i) in pupils.Select((p, i) => (p, i)))
                    {
                        var wrong = s == steps.Count - 1 && i % 7 == 0;
                        for (var q = 1; q <= 3; q++)
                        {
                            db.Evidence.Add(Answer(oakfield.Id, pupil.Id, steps[s].Id.Value, q, !wrong && (q + i + s) % 11 != 0, day));
                        }
                    }
                }

                for (var n = 0; n < 3; n++)
                {
                    db.Interventions.Add(new Intervention
                    {
                        Id = Guid.NewGuid(), SchoolId = oakfield.Id, ClassId = schoolClass.Id, StepId = steps[steps.Count - 1 - n].Id.Value,
                        Date = Today.AddDays(-n), PlannedBy = "teacher", Pupils = [new InterventionPupil { PupilId = pupils[0].Id }],
                    });
                }

                await db.SaveChangesAsync();
                if (small)
                {
                    break;
                }
            }
        }

        var brookside = new SchoolClass { SchoolId = other.Id, Name = "Oak", YearGroup = 4 };
        db.Classes.Add(brookside);
        await db.SaveChangesAsync();
        db.Pupils.AddRange(Enumerable.Range(0, 3).Select(_ => NewPupil(other.Id, brookside.Id, 4, serial++)));
        await db.SaveChangesAsync();
        return (oakfield.Id, other.Id);
    }

    private static Pupil NewPupil(int schoolId, int classId, int year, int serial) => new()
    {
        Id = Guid.NewGuid(),
        SchoolId = schoolId,
        ClassId = classId,
        Upn = Upn.WithCheckLetter($"938200{serial:000000}").Value,
        Forename = "Pupil",
        Surname = serial.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateOfBirth = new DateOnly(2025 - year - 5, 10, 1),
        YearGroup = year,
        PupilPremium = serial % 4 == 0,
        SenStatus = (serial % 6 == 0 ? SenStatus.SenSupport : SenStatus.None).ToString(),
        Eal = serial % 5 == 0,
        LowerPriorAttainer = serial % 6 == 0,
    };

    private static Evidence Answer(int schoolId, Guid pupilId, string stepId, int question, bool correct, DateOnly day) => new()
    {
        Id = Guid.NewGuid(),
        SchoolId = schoolId,
        PupilId = pupilId,
        StepId = stepId,
        Seed = 1,
        QuestionIndex = question,
        Correct = correct,
        Source = EvidenceSource.Paper,
        AnsweredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, question)), TimeSpan.Zero),
        AnsweredOn = day,
    };
}
