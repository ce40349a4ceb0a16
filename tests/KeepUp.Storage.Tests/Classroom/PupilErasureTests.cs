using System.Data.Common;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>The right to erasure on both databases: nothing that identifies the child is left, and the counts still add up.</summary>
public sealed class PupilErasureTests
{
    private static PupilErasure Erasure(KeepUpDbContext db, RecentAnswerLookups? recent = null) =>
        new(db, new AuditLog(db, ClassroomSeed.Clock), ClassroomSeed.Clock, recent ?? new RecentAnswerLookups());

    /// <summary>
    /// The pupil's answers over two academic years (9 last year as a Year 3, 7 this year), a judgement,
    /// an intervention whose notes name them, a sign-in audit naming their id; and a classmate's answer.
    /// </summary>
    private static async Task<Guid> AddHistoryAsync(ClassroomSeed seed, KeepUpDbContext db)
    {
        var classmate = new Pupil { Id = Guid.NewGuid(), SchoolId = seed.SchoolId, ClassId = seed.Maple, Upn = ClassroomSeed.UpnFor(9), Forename = "Ivy", Surname = "Brightwater", DateOfBirth = new DateOnly(2018, 5, 3), YearGroup = 4, SenStatus = "None" };
        db.Pupils.Add(classmate);
        void Answer(Guid pupil, string step, DateOnly day, bool correct) => db.Evidence.Add(new Evidence
        {
            Id = Guid.NewGuid(), SchoolId = seed.SchoolId, PupilId = pupil, StepId = step, Correct = correct,
            Misconception = correct ? null : "counts the wrong way", AnsweredOn = day, AnsweredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
        });
        for (var i = 0; i < 9; i++)
        {
            Answer(seed.MaplePupil, "y3-npv-1", new DateOnly(2026, 3, 2), correct: i % 3 != 0);
        }

        for (var i = 0; i < 7; i++)
        {
            Answer(seed.MaplePupil, "y4-npv-1", new DateOnly(2026, 11, 18), correct: i < 5);
        }

        Answer(classmate.Id, "y4-npv-1", new DateOnly(2026, 11, 18), correct: true);
        db.MasteryJudgements.Add(new MasteryJudgement { SchoolId = seed.SchoolId, PupilId = seed.MaplePupil, StepId = "y4-npv-1", Status = "Secure", JudgedBy = "Ms Ann Teacher", At = ClassroomSeed.Clock.GetUtcNow(), Why = "Explained it to me with counters" });
        db.Interventions.Add(new Intervention
        {
            Id = Guid.NewGuid(), SchoolId = seed.SchoolId, ClassId = seed.Maple, StepId = "y4-npv-1", Date = new DateOnly(2026, 11, 18), PlannedBy = ClassroomSeed.Ann,
            Notes = "Zebedee used the place-value chart; Ivy still unsure.",
            Pupils = [new InterventionPupil { PupilId = seed.MaplePupil }, new InterventionPupil { PupilId = classmate.Id }],
        });
        db.AuditEntries.Add(new AuditEntry { At = ClassroomSeed.Clock.GetUtcNow(), Action = "pupil.signed-in", Detail = $"Pupil {seed.MaplePupil} signed in.", SchoolId = seed.SchoolId });
        await db.SaveChangesAsync();
        return classmate.Id;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EraseAsync_MathsLeadConfirms_NoTableHoldsThePupilAndTalliesEqualTheirAnswers(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            var classmate = await AddHistoryAsync(seed, db);
            var before = await db.Evidence.Where(e => e.PupilId == seed.MaplePupil)
                .GroupBy(e => e.StepId).Select(g => new { Step = g.Key, Answers = g.Count(), Correct = g.Count(e => e.Correct) }).ToListAsync();

            Assert.NotEmpty(await FindAnywhereAsync(db, ["Quillfeather"]));
            await using var request = seed.Database.OpenContext();
            var erased = await Erasure(request).EraseAsync(seed.LeadScope, seed.MaplePupil, "  zebedee   QUILLFEATHER ");

            Assert.True(erased.IsSuccess, erased.Error?.Message);
            Assert.Equal(16, erased.Value!.AnswersKept);
            var found = await FindAnywhereAsync(db, [ClassroomSeed.UpnFor(1), "Zebedee", "Quillfeather", seed.MaplePupil.ToString()]);
            Assert.True(found.Count == 0, "Still in the database: " + string.Join("; ", found));
            var tallies = await db.AnonymisedTallies.AsNoTracking().OrderBy(t => t.AcademicYear).ToListAsync();
            Assert.Equal(
                [("y3-npv-1", 3, 2025, 9, 6), ("y4-npv-1", 4, 2026, 7, 5)],
                tallies.Select(t => (t.StepId, t.YearGroup, t.AcademicYear, t.Answers, t.Correct)));
            Assert.Equal(before.Sum(b => b.Answers), tallies.Sum(t => t.Answers));
            Assert.Equal(before.Sum(b => b.Correct), tallies.Sum(t => t.Correct));
            Assert.Equal(1, await db.Evidence.CountAsync(e => e.PupilId == classmate));
            Assert.Equal(1, await db.InterventionPupils.CountAsync());
            Assert.Equal("[erased] used the place-value chart; Ivy still unsure.", (await db.Interventions.AsNoTracking().SingleAsync()).Notes);
            var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "pupil.erased");
            Assert.Equal("A pupil's personal data was erased on request; 16 answers kept as anonymised counts.", audit.Detail);
            Assert.Equal(ClassroomSeed.Lead, audit.ActorId);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EraseAsync_PupilsCheckWasLookedUp_NoLongerRemembered(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            using var recent = new RecentAnswerLookups();
            var pupil = await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == seed.MaplePupil);
            var check = new LessonCheck { Id = Guid.NewGuid(), SchoolId = seed.SchoolId, ClassId = seed.Maple, StepId = "y4-npv-1", Date = new DateOnly(2026, 11, 20), QuestionIndexes = "1,2,3" };
            recent.Remember(seed.SchoolId, new PupilAndCheck(pupil, check));
            Assert.NotNull(recent.Find(pupil.Id, seed.SchoolId, check.Id));

            var erased = await Erasure(db, recent).EraseAsync(seed.LeadScope, seed.MaplePupil, "Zebedee Quillfeather");

            Assert.True(erased.IsSuccess, erased.Error?.Message);
            Assert.Null(recent.Find(pupil.Id, seed.SchoolId, check.Id));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EraseAsync_SecondPupilSameStep_AddsToTheExistingTally(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using (var db = seed.Database.OpenContext())
            {
                var classmate = await AddHistoryAsync(seed, db);
                Assert.True((await Erasure(db).EraseAsync(seed.LeadScope, seed.MaplePupil, "Zebedee Quillfeather")).IsSuccess);
                Assert.True((await Erasure(db).EraseAsync(seed.LeadScope, classmate, "Ivy Brightwater")).IsSuccess);
            }

            await using (var db = seed.Database.OpenContext())
            {
                var tally = await db.AnonymisedTallies.SingleAsync(t => t.StepId == "y4-npv-1");
                Assert.Equal((8, 6), (tally.Answers, tally.Correct));
                Assert.Equal(0, await db.Evidence.CountAsync());
            }
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EraseAsync_WrongNameTyped_ChangesNothing(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            await AddHistoryAsync(seed, db);

            var erased = await Erasure(db).EraseAsync(seed.LeadScope, seed.MaplePupil, "Zebedee");

            Assert.Equal("erasure-not-confirmed", erased.Error!.Code);
            Assert.Equal(2, await db.Pupils.CountAsync());
            Assert.Equal(17, await db.Evidence.CountAsync());
            Assert.Equal(0, await db.AnonymisedTallies.CountAsync());
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EraseAsync_TeacherOfTheClass_IsNotAllowed(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();

            var erased = await Erasure(db).EraseAsync(seed.AnnScope, seed.MaplePupil, "Zebedee Quillfeather");

            Assert.Equal("erasure-not-allowed", erased.Error!.Code);
            Assert.Equal(1, await db.Pupils.CountAsync());
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EraseAsync_PupilOfAnotherSchool_IsNotFound(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            var otherLead = seed.LeadScope with { SchoolId = seed.OtherSchoolId };

            var erased = await Erasure(db).EraseAsync(otherLead, seed.MaplePupil, "Zebedee Quillfeather");

            Assert.Equal("pupil-not-found", erased.Error!.Code);
            Assert.Equal(1, await db.Pupils.CountAsync());
        }
    }

    /// <summary>Every cell of every table in the model that contains one of the texts (case aside), as "table: value".</summary>
    private static async Task<List<string>> FindAnywhereAsync(KeepUpDbContext db, IReadOnlyList<string> texts)
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var cell = reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                    found.AddRange(texts.Where(t => cell.Contains(t, StringComparison.OrdinalIgnoreCase)).Select(t => $"{table}.{reader.GetName(i)}: {cell}"));
                }
            }
        }

        return found;
    }
}
