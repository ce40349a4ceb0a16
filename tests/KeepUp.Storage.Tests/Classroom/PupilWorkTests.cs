using KeepUp.Storage.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>The answers endpoint's lookup: a pupil on roll and a check of their own class, on both databases.</summary>
public sealed class PupilWorkTests
{
    private static async Task<(Guid MapleCheck, Guid OakCheck)> AddChecksAsync(ClassroomSeed seed, KeepUpDbContext db)
    {
        LessonCheck CheckOf(int classId)
        {
            var lesson = new Lesson { Id = Guid.NewGuid(), SchoolId = seed.SchoolId, ClassId = classId, StepId = "y4-npv-1", Date = new DateOnly(2026, 11, 20), TaughtBy = ClassroomSeed.Ann };
            db.Lessons.Add(lesson);
            return new LessonCheck { Id = Guid.NewGuid(), SchoolId = seed.SchoolId, ClassId = classId, LessonId = lesson.Id, StepId = lesson.StepId, Date = lesson.Date, QuestionIndexes = "1,2,3", OpenedAt = ClassroomSeed.Clock.GetUtcNow() };
        }

        var maple = CheckOf(seed.Maple);
        var oak = CheckOf(seed.Oak);
        db.LessonChecks.AddRange(maple, oak);
        await db.SaveChangesAsync();
        return (maple.Id, oak.Id);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task FindWithCheckAsync_OwnClassCheck_FindsBoth(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            var (maple, _) = await AddChecksAsync(seed, db);

            var found = await new PupilWork(db, new RecentAnswerLookups()).FindWithCheckAsync(seed.MaplePupil, seed.SchoolId, maple);

            Assert.Equal(seed.MaplePupil, found?.Pupil.Id);
            Assert.Equal(maple, found?.Check?.Id);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task FindWithCheckAsync_AnotherClassesCheck_PupilWithoutCheck(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            var (_, oak) = await AddChecksAsync(seed, db);

            var found = await new PupilWork(db, new RecentAnswerLookups()).FindWithCheckAsync(seed.MaplePupil, seed.SchoolId, oak);

            Assert.Equal(seed.MaplePupil, found?.Pupil.Id);
            Assert.Null(found?.Check);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task FindWithCheckAsync_OtherSchoolOrArchived_NotFound(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            var (maple, _) = await AddChecksAsync(seed, db);
            var work = new PupilWork(db, new RecentAnswerLookups());

            Assert.Null(await work.FindWithCheckAsync(seed.MaplePupil, seed.OtherSchoolId, maple));
            await db.Pupils.Where(p => p.Id == seed.MaplePupil).ExecuteUpdateAsync(p => p.SetProperty(x => x.ArchivedOn, new DateOnly(2026, 11, 19)));
            Assert.Null(await work.FindWithCheckAsync(seed.MaplePupil, seed.SchoolId, maple));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task FindWithCheckAsync_AskedAgainWithinAMinute_AnsweredFromMemory(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            var (maple, oak) = await AddChecksAsync(seed, db);
            using var recent = new RecentAnswerLookups();
            var work = new PupilWork(db, recent);
            Assert.NotNull((await work.FindWithCheckAsync(seed.MaplePupil, seed.SchoolId, maple))?.Check);
            Assert.Null((await work.FindWithCheckAsync(seed.MaplePupil, seed.SchoolId, oak))?.Check);

            // The pupil moves to Oak: the remembered Maple lookup still stands (late answers land), the Oak one was never kept.
            await db.Pupils.Where(p => p.Id == seed.MaplePupil).ExecuteUpdateAsync(p => p.SetProperty(x => x.ClassId, seed.Oak));

            Assert.Equal(maple, (await work.FindWithCheckAsync(seed.MaplePupil, seed.SchoolId, maple))?.Check?.Id);
            Assert.Equal(oak, (await work.FindWithCheckAsync(seed.MaplePupil, seed.SchoolId, oak))?.Check?.Id);
        }
    }
}
