using KeepUp.Domain.Classroom;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>Pupils added, corrected, archived and restored by hand, on both databases.</summary>
public sealed class PupilRecordsTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AddAsync_TeacherOfTheClass_AddsThePupilAndAuditsWithoutTheirName(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();

            var added = await ClassroomSeed.Records(db).AddAsync(seed.AnnScope, ClassroomSeed.Form(seed.Maple));

            Assert.True(added.IsSuccess, added.Error?.Message);
            var saved = await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == added.Value!.Id);
            Assert.Equal((ClassroomSeed.UpnFor(2), "Ivy", "Brightwater", new DateOnly(2018, 5, 3), 4, seed.Maple, true, "SenSupport", true), (saved.Upn, saved.Forename, saved.Surname, saved.DateOfBirth, saved.YearGroup, saved.ClassId, saved.PupilPremium, saved.SenStatus, saved.LowerPriorAttainer));
            var entry = await db.AuditEntries.SingleAsync(a => a.Action == "pupil.added");
            Assert.Equal(ClassroomSeed.Ann, entry.ActorId);
            Assert.DoesNotContain("Brightwater", entry.Detail, StringComparison.Ordinal);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AddAsync_BadCheckLetterAndWrongYear_ListsBothAndSavesNothing(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            var good = ClassroomSeed.UpnFor(3);
            var form = ClassroomSeed.Form(seed.Maple) with { Upn = (good[0] == 'A' ? 'B' : 'A') + good[1..], YearGroup = "5" };

            var added = await ClassroomSeed.Records(db).AddAsync(seed.AnnScope, form);

            var error = Assert.IsType<PupilFormError>(added.Error);
            Assert.Contains(error.Problems, p => p.Field == PupilField.Upn && p.Message.Contains("check letter", StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.Field == PupilField.YearGroup && p.Message.Contains("expected in Year 4", StringComparison.Ordinal));
            Assert.Equal(1, await db.Pupils.CountAsync());
            Assert.Equal(0, await db.AuditEntries.CountAsync());
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AddAsync_UpnOfAnotherPupil_IsRefused(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();

            var added = await ClassroomSeed.Records(db).AddAsync(seed.AnnScope, ClassroomSeed.Form(seed.Maple, serial: 1));

            var error = Assert.IsType<PupilFormError>(added.Error);
            Assert.Equal(PupilField.Upn, Assert.Single(error.Problems).Field);
            Assert.Equal(1, await db.Pupils.CountAsync());
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task AddAsync_ClassOfAnotherTeacher_IsNotFoundForThem(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();

            var added = await ClassroomSeed.Records(db).AddAsync(seed.AnnScope, ClassroomSeed.Form(seed.Oak));

            Assert.Equal("class-not-found", added.Error!.Code);
            Assert.Equal(1, await db.Pupils.CountAsync());
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EditAsync_TeachingAssistant_IsRefusedAndChangesNothing(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            var form = ClassroomSeed.Form(seed.Maple, serial: 1, surname: "Changed");

            var edited = await ClassroomSeed.Records(db).EditAsync(seed.AssistantScope, seed.MaplePupil, form);

            Assert.False(edited.IsSuccess);
            Assert.Equal("Quillfeather", (await db.Pupils.AsNoTracking().SingleAsync()).Surname);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EditAsync_OtherTeacher_CannotFindThePupil(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();

            var edited = await ClassroomSeed.Records(db).EditAsync(seed.BoScope, seed.MaplePupil, ClassroomSeed.Form(seed.Oak, serial: 1));

            Assert.Equal("pupil-not-found", edited.Error!.Code);
            Assert.Equal(seed.Maple, (await db.Pupils.AsNoTracking().SingleAsync()).ClassId);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EditAsync_LeadMovesPupilToAnotherClass_AuditsTheFieldsChanged(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            var form = new PupilForm(ClassroomSeed.UpnFor(1), "Zebedee", "Quillfeather", "14/02/2018", "Year 4", seed.Oak, false, "N", true, false);

            var edited = await ClassroomSeed.Records(db).EditAsync(seed.LeadScope, seed.MaplePupil, form);

            Assert.True(edited.IsSuccess, edited.Error?.Message);
            Assert.Equal((seed.Oak, true), await db.Pupils.AsNoTracking().Select(p => new ValueTuple<int?, bool>(p.ClassId, p.Eal)).SingleAsync());
            Assert.Equal($"Pupil {seed.MaplePupil}: class, EAL changed by hand.", (await db.AuditEntries.SingleAsync()).Detail);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ArchiveAsync_ThenRestore_LeavesClassListThenReturnsWithHistory(DatabaseKind kind)
    {
        var seed = await ClassroomSeed.CreateAsync(kind);
        await using (seed.Database)
        {
            await using var db = seed.Database.OpenContext();
            db.Evidence.Add(new Evidence { Id = Guid.NewGuid(), SchoolId = seed.SchoolId, PupilId = seed.MaplePupil, StepId = "y4-npv-1", Correct = true, AnsweredAt = ClassroomSeed.Clock.GetUtcNow(), AnsweredOn = new DateOnly(2026, 11, 20) });
            await db.SaveChangesAsync();
            var records = ClassroomSeed.Records(db);
            var access = new ClassAccess(db);
            var maple = (await access.FindAsync(seed.AnnScope, seed.Maple))!;

            var archived = await records.ArchiveAsync(seed.AnnScope, seed.MaplePupil);

            Assert.True(archived.IsSuccess);
            Assert.Empty(await access.PupilsOfAsync(maple));
            Assert.Single(await records.ArchivedInAsync(maple));
            var stored = await db.Pupils.AsNoTracking().SingleAsync();
            Assert.Equal((new DateOnly(2026, 11, 20), (string?)null), (stored.ArchivedOn, stored.Pin));

            Assert.True((await records.RestoreAsync(seed.AnnScope, seed.MaplePupil)).IsSuccess);
            Assert.Single(await access.PupilsOfAsync(maple));
            Assert.Equal(1, await db.Evidence.CountAsync());
            Assert.Equal(["pupil.archived", "pupil.restored"], await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        }
    }
}
