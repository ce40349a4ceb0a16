using KeepUp.Storage.Audit;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Programme;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>Fitting the mastery model from the evidence stored, on both databases.</summary>
public sealed class StepModelFittingTests
{
    private const string Learnt = "y4-npv-01";
    private const string Thin = "y4-npv-02";

    [Theory, OnSqlite, OnPostgres]
    public async Task FitAllAsync_StepWithEnoughAnswers_StoresParametersLearntFromThem(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.OpenContext())
        {
            await db.Database.MigrateAsync();
            await SeedAsync(db);
        }

        await using (var db = database.OpenContext())
        {
            var report = await new StepModelFitting(db, new AuditLog(db, TimeProvider.System), TimeProvider.System).FitAllAsync();

            Assert.Equal((2, 1, 1, 40), (report.Steps, report.Fitted, report.KeptDefault, report.Answers));
        }

        await using (var check = database.OpenContext())
        {
            var model = Assert.Single(await check.StepModels.ToListAsync());
            Assert.Equal(Learnt, model.StepId);
            Assert.Equal(36, model.Observations);
            // Every pupil began wrong and finished right: few knew it at the start, and most learnt it on the way.
            Assert.True(model.Prior < 0.2, $"prior {model.Prior}");
            Assert.True(model.Learn > 0.2, $"learn {model.Learn}");
            Assert.True(model.Guess < 0.5 && model.Slip < 0.5, $"guess {model.Guess}, slip {model.Slip}");
            Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.Action == "mastery.fitted"));
        }
    }

    /// <summary>Six pupils answer the first step six times each (wrong, wrong, then right); two answer the second twice.</summary>
    private static async Task SeedAsync(KeepUpDbContext db)
    {
        var hub = new MathsHub { Name = "Hub", Region = "London", Code = "h1" };
        var school = new School { Urn = 100001, Name = "School", MathsHub = hub };
        db.AddRange(hub, school);
        await db.SaveChangesAsync();
        var start = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        for (var p = 0; p < 6; p++)
        {
            var pupil = new Pupil { Id = Guid.NewGuid(), SchoolId = school.Id, Upn = $"A00000000000{p}", Forename = "P", Surname = $"{p}", SenStatus = "None", YearGroup = 4 };
            db.Pupils.Add(pupil);
            // Stored out of order on purpose: fitting must replay each pupil's answers in the order given.
            for (var i = 5; i >= 0; i--)
            {
                db.Evidence.Add(Answer(school.Id, pupil.Id, Learnt, start.AddMinutes(i), i, correct: i >= 2));
            }

            if (p < 2)
            {
                db.Evidence.Add(Answer(school.Id, pupil.Id, Thin, start, 0, correct: true));
                db.Evidence.Add(Answer(school.Id, pupil.Id, Thin, start.AddMinutes(1), 1, correct: false));
            }
        }

        // A model fitted before (say) an erasure left the step with too few answers: it must go.
        db.StepModels.Add(new StepModel { StepId = Thin, Prior = 0.5, Learn = 0.1, Guess = 0.1, Slip = 0.1, Observations = 40 });
        await db.SaveChangesAsync();
    }

    private static Evidence Answer(int school, Guid pupil, string step, DateTimeOffset at, int index, bool correct) => new()
    {
        Id = Guid.NewGuid(),
        SchoolId = school,
        PupilId = pupil,
        StepId = step,
        QuestionIndex = index,
        Correct = correct,
        AnsweredAt = at,
        AnsweredOn = SchoolTime.DateOf(at),
    };
}
