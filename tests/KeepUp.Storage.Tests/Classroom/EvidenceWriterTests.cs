using KeepUp.Storage.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>Answers arriving at the same moment share a commit, and still each land exactly once.</summary>
public sealed class EvidenceWriterTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task RecordFromDeviceAsync_SameAnswersFromTwoTabsAtOnce_StoredOnceBothAcknowledged(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var check = await store.StartCheckAsync();
        var pupil = await store.PupilAsync(store.Pupils[0]);
        DeviceAnswer[] answers = [.. LessonPlanner.PositionsOf(check).Select(i => new DeviceAnswer(Guid.NewGuid(), i, "12", 3000))];

        var sends = Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = store.Open();
            return await store.Recorder(db).RecordFromDeviceAsync(pupil, check, answers);
        }).ToList();
        var receipts = (await Task.WhenAll(sends)).Select(r => r.Value!).ToList();

        Assert.Equal(answers.Length, receipts.Sum(r => r.Stored));
        Assert.All(receipts, r => Assert.Equal(answers.Select(a => a.Id), r.Acknowledged));
        await using var check1 = store.Open();
        Assert.Equal(answers.Length, await check1.Evidence.CountAsync(e => e.CheckId == check.Id));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordFromDeviceAsync_WholeClassAtOnce_EveryAnswerStoredOnceAndAnIdThiefRefused(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind, pupils: 12);
        var check = await store.StartCheckAsync();
        var positions = LessonPlanner.PositionsOf(check);
        var pupils = await Task.WhenAll(store.Pupils.Select(store.PupilAsync));
        var sent = pupils.ToDictionary(p => p.Id, _ => positions.Select(i => new DeviceAnswer(Guid.NewGuid(), i, "7", 2000)).ToArray());
        // The last pupil's device reuses the first pupil's first answer id: only that request is refused.
        var thief = pupils[^1];
        sent[thief.Id][0] = sent[pupils[0].Id][0] with { };

        async Task<(Guid Id, KeepUp.Application.Common.Result<RecordedAnswers> Result)> SendAsync(Pupil p)
        {
            await using var db = store.Open();
            return (p.Id, await store.Recorder(db).RecordFromDeviceAsync(p, check, sent[p.Id]));
        }

        // The first pupil's answers land first; then the rest of the class, thief included, all at once.
        var first = await SendAsync(pupils[0]);
        var results = (await Task.WhenAll(pupils.Skip(1).Select(SendAsync))).Prepend(first).ToList();

        await using var db = store.Open();
        var stored = await db.Evidence.Where(e => e.CheckId == check.Id).Select(e => new { e.Id, e.PupilId }).ToListAsync();
        var thiefResult = results.Single(r => r.Id == thief.Id).Result;
        Assert.Contains(stored, e => e.Id == sent[pupils[0].Id][0].Id && e.PupilId == pupils[0].Id);
        Assert.DoesNotContain(stored, e => e.PupilId == thief.Id);
        Assert.False(thiefResult.IsSuccess);
        Assert.Equal((pupils.Length - 1) * positions.Count, stored.Count);
        Assert.All(results.Where(r => r.Id != thief.Id), r => Assert.Equal(positions.Count, r.Result.Value!.Stored));
    }
}
