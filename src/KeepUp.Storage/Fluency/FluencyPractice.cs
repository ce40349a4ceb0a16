using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KeepUp.Application.Common;
using KeepUp.Domain.Fluency;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Fluency;

/// <summary>A fact answer sent from a pupil's device: its id is made on the device, so a resend is recognised.</summary>
/// <param name="Id">The device's id for the answer.</param>
/// <param name="FactId">The fact asked.</param>
/// <param name="Position">The question's place in the day's session (1 upwards).</param>
/// <param name="Answer">What the pupil typed.</param>
/// <param name="Milliseconds">Time taken, measured on the device.</param>
public sealed record SentFactAnswer(Guid Id, string FactId, int Position, string? Answer, int Milliseconds);

/// <summary>How a batch went: answers stored now, answers already had, and every id acknowledged.</summary>
public sealed record RecordedFactAnswers(int Stored, int AlreadyHad, IReadOnlyList<Guid> Acknowledged);

/// <summary>A pupil's practice for today: the session and the positions already answered (so a reload carries on).</summary>
public sealed record TodaysPractice(DateOnly Day, PracticeSession Session, IReadOnlySet<int> Answered);

/// <summary>
/// Daily fact practice for a signed-in pupil: plans today's session and records the answers.
/// The session is planned from answers before today, with a seed from the pupil and the day, so
/// reloading the page mid-session gives the same questions in the same order.
/// </summary>
public sealed class FluencyPractice(KeepUpDbContext db, TimeProvider clock)
{
    /// <summary>The most answers one request may carry: a whole session of 30, resent once over.</summary>
    public const int MaximumBatch = 60;

    /// <summary>How many days late a queued answer may arrive and still count on its session's day.</summary>
    public const int LateDays = 7;

    /// <summary>Today's session for the pupil.</summary>
    public async Task<Result<TodaysPractice>> TodayAsync(Pupil pupil, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        if (pupil.YearGroup is < 1 or > 6)
        {
            return FluencyErrors.NotInAYear(pupil.YearGroup);
        }

        var today = clock.SchoolToday();
        var answers = await db.FactAnswers.AsNoTracking()
            .Where(a => a.SchoolId == pupil.SchoolId && a.PupilId == pupil.Id)
            .Select(a => new { a.FactId, a.Day, a.Correct, a.Milliseconds, a.Position })
            .ToListAsync(cancellationToken);
        var before = answers.Where(a => a.Day < today).OrderBy(a => a.Day).ThenBy(a => a.Position)
            .Select(a => new FactAttempt(a.FactId, a.Day.DayNumber, a.Correct, a.Milliseconds));
        var session = DailyPractice.Plan(pupil.YearGroup, before, SeedFor(pupil.Id, today), today.DayNumber);
        var answered = answers.Where(a => a.Day == today).Select(a => a.Position).ToHashSet();
        return new TodaysPractice(today, session, answered);
    }

    /// <summary>
    /// Stores a batch of answers, marking each against the fact's own answer. Answers already
    /// stored are acknowledged again and left alone; a bad answer refuses the whole batch.
    /// </summary>
    public async Task<Result<RecordedFactAnswers>> RecordAsync(Pupil pupil, DateOnly sessionDay, IReadOnlyList<SentFactAnswer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count > MaximumBatch)
        {
            return FluencyErrors.TooManyAnswers(answers.Count, MaximumBatch);
        }

        var now = clock.GetUtcNow();
        var today = SchoolTime.DateOf(now);
        // The device says which day's session an answer belongs to (it may have been offline);
        // a day in the future or long past is not believed.
        var day = sessionDay <= today && sessionDay >= today.AddDays(-LateDays) ? sessionDay : today;
        var ids = answers.Select(a => a.Id).ToList();
        var known = (await db.FactAnswers.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.PupilId }).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Id, a => a.PupilId);
        var stored = 0;
        for (var i = 0; i < answers.Count; i++)
        {
            var sent = answers[i];
            if (known.TryGetValue(sent.Id, out var owner))
            {
                if (owner != pupil.Id)
                {
                    return FluencyErrors.BadAnswer(i + 1, "this answer id belongs to another answer.");
                }

                continue;
            }

            if (Problem(sent) is { } problem)
            {
                return FluencyErrors.BadAnswer(i + 1, problem);
            }

            var fact = FactCatalogue.Get(sent.FactId);
            db.FactAnswers.Add(new FactAnswer
            {
                Id = sent.Id,
                SchoolId = pupil.SchoolId,
                PupilId = pupil.Id,
                FactId = fact.Id,
                Day = day,
                Position = sent.Position,
                Correct = MtcAnswer.IsRight(sent.Answer?.Trim(), fact.Answer),
                Milliseconds = sent.Milliseconds,
                Answer = sent.Answer?.Trim(),
                AnsweredAt = now,
            });
            known[sent.Id] = pupil.Id;
            stored++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RecordedFactAnswers(stored, answers.Count - stored, ids);
    }

    /// <summary>The seed of a pupil's session on a day: fixed, so a reload rebuilds the same session, and different for every pupil and day.</summary>
    public static int SeedFor(Guid pupilId, DateOnly day)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"fact-practice:{pupilId:N}:{day:yyyy-MM-dd}")));
        return BinaryPrimitives.ReadInt32LittleEndian(hash) & int.MaxValue;
    }

    private static string? Problem(SentFactAnswer sent)
    {
        if (sent.FactId is null || FactCatalogue.Find(sent.FactId) is null)
        {
            return $"'{sent.FactId}' is not a fact in the catalogue.";
        }

        if (sent.Position is < 1 or > 100)
        {
            return "the position must be between 1 and 100.";
        }

        if (sent.Milliseconds is < 0 or > 3_600_000)
        {
            return "the time taken must be between 0 and one hour.";
        }

        return sent.Answer is { Length: > 20 } ? "the answer is longer than 20 characters." : null;
    }
}
