using KeepUp.Storage.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>Same-day help: the intervention is recorded, its mini-check moves the estimate, and a corrected mark is one mark.</summary>
public sealed class KeepUpPlannerTests
{
    /// <summary>Pupil 1 gets every check question wrong on paper, then is put in an intervention group.</summary>
    private static async Task<(LessonCheck Check, Intervention Intervention)> StruggledAsync(ClassroomStore store)
    {
        var check = await store.StartCheckAsync();
        await using var db = store.Open();
        var wrong = LessonPlanner.PositionsOf(check).Select(i => new PaperMark(store.Pupils[0], i, false)).ToList();
        Assert.True((await store.Recorder(db).RecordPaperMarksAsync(store.Teacher, check, store.Pupils, wrong)).IsSuccess);
        var maple = await store.MapleAsync(db);
        var planned = await store.Planner(db).PlanAsync(store.Teacher, maple, check.StepId, "reads only the hundreds digit", [store.Pupils[0]]);
        return (check, (await store.Planner(db).FindAsync(maple, planned.Value!.Id))!);
    }

    private static async Task<int> FollowUpAsync(ClassroomStore store, StaffScope who, Intervention intervention, params (int Index, bool Right)[] marks)
    {
        await using var db = store.Open();
        var recorded = await store.Planner(db).RecordAsync(who, intervention, "Used the place-value chart.", [.. marks.Select(m => new PaperMark(store.Pupils[0], m.Index, m.Right))]);
        Assert.True(recorded.IsSuccess, recorded.Error?.Message);
        return recorded.Value;
    }

    private static async Task<PupilStepStanding> StandingAsync(ClassroomStore store, string stepId)
    {
        await using var db = store.Open();
        var grid = await ClassroomStore.Mastery(db).ForPupilsAsync(store.SchoolId, store.ClassId, store.Pupils, store.Clock.SchoolToday());
        return grid.For(store.Pupils[0], stepId);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordAsync_FollowUpAllRight_RaisesTheEstimateAndRecordsWhoLedIt(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var (check, intervention) = await StruggledAsync(store);
        var before = await StandingAsync(store, check.StepId);

        var changed = await FollowUpAsync(store, store.Assistant, intervention, (1, true), (2, true), (3, true));

        var after = await StandingAsync(store, check.StepId);
        Assert.Equal(3, changed);
        Assert.Equal(before.Answers + 3, after.Answers);
        Assert.True(after.Known > before.Known, $"The estimate went from {before.Known:0.000} to {after.Known:0.000}.");
        await using var db = store.Open();
        var happened = await db.Interventions.SingleAsync(i => i.Id == intervention.Id);
        Assert.Equal((store.Assistant.UserId, "Used the place-value chart."), (happened.LedBy, happened.Notes));
        Assert.NotNull(happened.HappenedAt);
        Assert.All(await db.Evidence.Where(e => e.InterventionId == intervention.Id).ToListAsync(), e => Assert.Equal(EvidenceSource.FollowUp, e.Source));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordAsync_MarkCorrectedByAnotherAdult_StoredOnceWithWhoCorrectedItAndTheEstimateMoves(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var (check, intervention) = await StruggledAsync(store);
        await FollowUpAsync(store, store.Teacher, intervention, (1, false), (2, false), (3, true));
        var before = await StandingAsync(store, check.StepId);

        var changed = await FollowUpAsync(store, store.Assistant, intervention, (1, true), (2, false));

        Assert.Equal(1, changed);
        await using var db = store.Open();
        var marks = await db.Evidence.Where(e => e.InterventionId == intervention.Id).OrderBy(e => e.QuestionIndex).ToListAsync();
        Assert.Equal([(1, true, store.Assistant.UserId), (2, false, store.Teacher.UserId), (3, true, store.Teacher.UserId)], marks.Select(e => (e.QuestionIndex, e.Correct, e.RecordedBy!)));
        var audit = await db.AuditEntries.Where(a => a.Action == "intervention.recorded").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([store.Teacher.UserId, store.Assistant.UserId], audit.Select(a => a.ActorId!));
        Assert.Contains("1 follow-up marks changed", audit[^1].Detail, StringComparison.Ordinal);
        var after = await StandingAsync(store, check.StepId);
        Assert.Equal(before.Answers, after.Answers);
        Assert.True(after.Known > before.Known, $"Correcting a mark to right moved the estimate from {before.Known:0.000} to {after.Known:0.000}.");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordAsync_MarkForAPupilOutsideTheGroup_RefusedAndNothingRecorded(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var (_, intervention) = await StruggledAsync(store);

        await using (var db = store.Open())
        {
            var refused = await store.Planner(db).RecordAsync(store.Teacher, intervention, null, [new PaperMark(store.Pupils[1], 1, true)]);
            Assert.False(refused.IsSuccess);
        }

        await using var after = store.Open();
        Assert.Null((await after.Interventions.SingleAsync(i => i.Id == intervention.Id)).HappenedAt);
        Assert.Equal(0, await after.Evidence.CountAsync(e => e.InterventionId == intervention.Id));
    }
}
