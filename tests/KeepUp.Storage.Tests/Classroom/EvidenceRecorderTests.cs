using KeepUp.Storage.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>A tablet on school Wi-Fi resends: every answer is stored once, and never under another pupil's name.</summary>
public sealed class EvidenceRecorderTests
{
    private static DeviceAnswer[] Answers(params int[] indexes) => [.. indexes.Select(i => new DeviceAnswer(Guid.NewGuid(), i, "12", 3000))];

    private static async Task<(RecordedAnswers? Receipt, string? Error)> SendAsync(ClassroomStore store, Guid pupilId, LessonCheck check, DeviceAnswer[] answers)
    {
        var pupil = await store.PupilAsync(pupilId);
        await using var db = store.Open();
        var result = await store.Recorder(db).RecordFromDeviceAsync(pupil, check, answers);
        return (result.Value, result.Error?.Message);
    }

    private static async Task<int> CountAsync(ClassroomStore store, Guid checkId, Guid? pupilId = null)
    {
        await using var db = store.Open();
        return await db.Evidence.CountAsync(e => e.CheckId == checkId && (pupilId == null || e.PupilId == pupilId));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordFromDeviceAsync_SameIdsTwice_StoredOnceAndBothAcknowledged(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var check = await store.StartCheckAsync();
        var answers = Answers([.. LessonPlanner.PositionsOf(check)]);

        var first = await SendAsync(store, store.Pupils[0], check, answers);
        var again = await SendAsync(store, store.Pupils[0], check, answers);

        Assert.Equal((3, 0), (first.Receipt!.Stored, first.Receipt.AlreadyHad));
        Assert.Equal((0, 3), (again.Receipt!.Stored, again.Receipt.AlreadyHad));
        Assert.Equal(answers.Select(a => a.Id), again.Receipt.Acknowledged);
        Assert.Equal(3, await CountAsync(store, check.Id));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordFromDeviceAsync_SameIdTwiceInOneBatch_StoredOnce(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var check = await store.StartCheckAsync();
        var answer = Answers(LessonPlanner.PositionsOf(check)[0])[0];

        var sent = await SendAsync(store, store.Pupils[0], check, [answer, answer]);

        Assert.Equal((1, 1), (sent.Receipt!.Stored, sent.Receipt.AlreadyHad));
        Assert.Equal(1, await CountAsync(store, check.Id));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordFromDeviceAsync_AnotherPupilReusesAnId_RefusedAndNothingOfTheirsStored(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var check = await store.StartCheckAsync();
        var positions = LessonPlanner.PositionsOf(check);
        var mine = Answers(positions[0]);
        await SendAsync(store, store.Pupils[0], check, mine);

        var theirs = await SendAsync(store, store.Pupils[1], check, [.. Answers(positions[1]), mine[0] with { Answer = "99" }]);

        Assert.Null(theirs.Receipt);
        Assert.Contains("answer 2", theirs.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await CountAsync(store, check.Id, store.Pupils[1]));
        await using var db = store.Open();
        var kept = await db.Evidence.SingleAsync(e => e.Id == mine[0].Id);
        Assert.Equal((store.Pupils[0], "12"), (kept.PupilId, kept.Answer));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordFromDeviceAsync_QuestionNotInTheCheck_RefusesTheBatchAndStoresNothing(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var check = await store.StartCheckAsync();
        var outside = Enumerable.Range(1, 20).First(i => !LessonPlanner.PositionsOf(check).Contains(i));

        var sent = await SendAsync(store, store.Pupils[0], check, [.. Answers(LessonPlanner.PositionsOf(check)[0]), .. Answers(outside)]);

        Assert.Null(sent.Receipt);
        Assert.Contains($"question {outside} is not in this check", sent.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(store, check.Id));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordPaperMarksAsync_MarkedTwiceThenCorrected_OneRowPerCellWithTheLatestMark(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var check = await store.StartCheckAsync();
        var q = LessonPlanner.PositionsOf(check)[0];
        async Task<int> MarkAsync(bool? correct)
        {
            await using var db = store.Open();
            return (await store.Recorder(db).RecordPaperMarksAsync(store.Teacher, check, store.Pupils, [new PaperMark(store.Pupils[0], q, correct)])).Value;
        }

        Assert.Equal(1, await MarkAsync(false));
        Assert.Equal(0, await MarkAsync(false));
        Assert.Equal(1, await MarkAsync(true));

        await using var db = store.Open();
        var row = await db.Evidence.SingleAsync(e => e.CheckId == check.Id);
        Assert.Equal((true, EvidenceSource.Paper, store.Teacher.UserId), (row.Correct, row.Source, row.RecordedBy));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "check.marked"));
    }
}
