using KeepUp.Storage.Fluency;
using KeepUp.Storage.Tests.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Fluency;

/// <summary>Daily fact practice: a resend is stored once, the server marks, and a reload gives the same session.</summary>
public sealed class FluencyPracticeTests
{
    private static async Task<(RecordedFactAnswers? Receipt, string? Error)> SendAsync(ClassroomStore store, Guid pupilId, params SentFactAnswer[] answers)
    {
        var pupil = await store.PupilAsync(pupilId);
        await using var db = store.Open();
        var result = await new FluencyPractice(db, store.Clock).RecordAsync(pupil, store.Clock.SchoolToday(), answers);
        return (result.Value, result.Error?.Message);
    }

    private static async Task<TodaysPractice> TodayAsync(ClassroomStore store, Guid pupilId)
    {
        var pupil = await store.PupilAsync(pupilId);
        await using var db = store.Open();
        var today = await new FluencyPractice(db, store.Clock).TodayAsync(pupil);
        return today.Value ?? throw new InvalidOperationException(today.Error!.Message);
    }

    private static SentFactAnswer Answer(string factId, string typed, int position = 1, int ms = 1500) => new(Guid.NewGuid(), factId, position, typed, ms);

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordAsync_SameIdsTwice_StoredOnceAndBothAcknowledged(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        SentFactAnswer[] answers = [Answer("7x8", "56", 1), Answer("3x4", "12", 2)];

        var first = await SendAsync(store, store.Pupils[0], answers);
        var again = await SendAsync(store, store.Pupils[0], answers);

        Assert.Equal((2, 0), (first.Receipt!.Stored, first.Receipt.AlreadyHad));
        Assert.Equal((0, 2), (again.Receipt!.Stored, again.Receipt.AlreadyHad));
        Assert.Equal(answers.Select(a => a.Id), again.Receipt.Acknowledged);
        await using var db = store.Open();
        Assert.Equal(2, await db.FactAnswers.CountAsync(a => a.PupilId == store.Pupils[0]));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordAsync_AnswersGiven_MarkedAgainstTheFactNotTheDevice(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var right = Answer("7x8", " 56 ", 1);
        var wrong = Answer("56/8", "8", 2);
        var bond = Answer("3+7", "10", 3);

        await SendAsync(store, store.Pupils[0], right, wrong, bond);

        await using var db = store.Open();
        var marks = await db.FactAnswers.ToDictionaryAsync(a => a.Id, a => (a.Correct, a.Answer, a.Day));
        Assert.Equal((true, "56"), (marks[right.Id].Correct, marks[right.Id].Answer));
        Assert.False(marks[wrong.Id].Correct);
        Assert.Equal(KeepUp.Domain.Fluency.FactCatalogue.Get("3+7").Answer == 10, marks[bond.Id].Correct);
        Assert.All(marks.Values, m => Assert.Equal(store.Clock.SchoolToday(), m.Day));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordAsync_UnknownFact_RefusesTheBatchAndStoresNothing(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);

        var sent = await SendAsync(store, store.Pupils[0], Answer("7x8", "56"), Answer("13x13", "169", 2));

        Assert.Null(sent.Receipt);
        Assert.Contains("Answer 2", sent.Error, StringComparison.Ordinal);
        Assert.Contains("13x13", sent.Error, StringComparison.Ordinal);
        await using var db = store.Open();
        Assert.Equal(0, await db.FactAnswers.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RecordAsync_AnotherPupilReusesAnId_RefusedAndTheFirstKept(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var mine = Answer("7x8", "56");
        await SendAsync(store, store.Pupils[0], mine);

        var theirs = await SendAsync(store, store.Pupils[1], mine with { Answer = "1" });

        Assert.Null(theirs.Receipt);
        await using var db = store.Open();
        var kept = await db.FactAnswers.SingleAsync();
        Assert.Equal((store.Pupils[0], "56"), (kept.PupilId, kept.Answer));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TodayAsync_AfterAnsweringSome_SameSessionAndAnsweredPositionsKnown(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var before = await TodayAsync(store, store.Pupils[0]);
        var items = before.Session.Items;
        await SendAsync(store, store.Pupils[0], Answer(items[0].Fact.Id, items[0].Fact.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture), 1), Answer(items[1].Fact.Id, "0", 2));

        var after = await TodayAsync(store, store.Pupils[0]);

        Assert.InRange(items.Count, 20, 30);
        Assert.Equal(items.Select(i => i.Fact.Id), after.Session.Items.Select(i => i.Fact.Id));
        Assert.Equal([1, 2], after.Answered.Order());
        Assert.Empty(before.Answered);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task TodayAsync_NextDay_WrongFactComesBackAsRetry(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var first = await TodayAsync(store, store.Pupils[0]);
        var missed = first.Session.Items[0].Fact;
        await SendAsync(store, store.Pupils[0], Answer(missed.Id, "999"));
        store.Clock.Advance(TimeSpan.FromDays(1));

        var next = await TodayAsync(store, store.Pupils[0]);

        Assert.Contains(next.Session.Items, i => i.Fact.Id == missed.Id && i.Reason == KeepUp.Domain.Fluency.PracticeReason.Retry);
        Assert.Empty(next.Answered);
    }
}
