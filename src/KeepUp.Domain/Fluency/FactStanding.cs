using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// Where a pupil stands on one fact, read from their answers: how often right, how quick, on how
/// many days they answered it right within the secure time, and when it should come back.
/// </summary>
public sealed record FactStanding
{
    /// <summary>The fact.</summary>
    public required string FactId { get; init; }

    /// <summary>Answers given.</summary>
    public required int Attempts { get; init; }

    /// <summary>Right answers.</summary>
    public required int Correct { get; init; }

    /// <summary>The middle time of the right answers, in milliseconds; null when none was right.</summary>
    public required int? MedianMilliseconds { get; init; }

    /// <summary>Separate days with a right answer within the secure time.</summary>
    public required int FastCorrectDays { get; init; }

    /// <summary>Days in a row of practice, up to the last, on which every answer was right and fast (the spacing box).</summary>
    public required int Streak { get; init; }

    /// <summary>The day the fact became secure, or null while it is not.</summary>
    public required int? SecuredOnDay { get; init; }

    /// <summary>The last day it was practised.</summary>
    public required int LastDay { get; init; }

    /// <summary>True when the last answer was right.</summary>
    public required bool LastCorrect { get; init; }

    /// <summary>The day it is next due back.</summary>
    public required int DueDay { get; init; }

    /// <summary>Right answers as a share of all answers, 0 to 1.</summary>
    public double Accuracy => Attempts == 0 ? 0 : (double)Correct / Attempts;

    /// <summary>True when answered right within the secure time on enough separate days.</summary>
    public bool IsSecure => SecuredOnDay is not null;
}

/// <summary>Reads a pupil's answer history into a <see cref="FactStanding"/> per fact.</summary>
public static class FactStandings
{
    /// <summary>
    /// One standing per fact answered. Answers are taken in day order; answers on the same day
    /// keep the order given (the order they were answered in).
    /// </summary>
    public static IReadOnlyDictionary<string, FactStanding> From(IEnumerable<FactAttempt> history, FluencySettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var byFact = new Dictionary<string, FactStanding>(StringComparer.Ordinal);
        var ordered = history.Select((a, i) => (Attempt: a, Index: i)).OrderBy(x => x.Attempt.Day).ThenBy(x => x.Index).Select(x => x.Attempt);
        foreach (var group in ordered.GroupBy(a => a.FactId, StringComparer.Ordinal))
        {
            byFact[group.Key] = Read(group.Key, group.ToList(), settings);
        }

        return byFact;
    }

    private static FactStanding Read(string factId, List<FactAttempt> attempts, FluencySettings settings)
    {
        var fastDays = new SortedSet<int>();
        int? securedOn = null;
        foreach (var attempt in attempts)
        {
            if (attempt.Milliseconds < 0)
            {
                throw new ArgumentException($"An answer to {factId} on day {attempt.Day} took {attempt.Milliseconds} ms; a time cannot be negative.", nameof(attempts));
            }

            if (IsFastCorrect(attempt, settings) && fastDays.Add(attempt.Day) && fastDays.Count == settings.SecureDays)
            {
                securedOn = attempt.Day;
            }
        }

        var last = attempts[^1];
        var streak = Streak(attempts, settings);
        var intervals = settings.ReviewIntervals;
        var due = streak == 0 ? last.Day + 1 : last.Day + intervals[Math.Min(streak, intervals.Count) - 1];
        var correctTimes = attempts.Where(a => a.Correct).Select(a => a.Milliseconds).Order().ToList();
        return new FactStanding
        {
            FactId = factId,
            Attempts = attempts.Count,
            Correct = correctTimes.Count,
            MedianMilliseconds = correctTimes.Count == 0 ? null : Median(correctTimes),
            FastCorrectDays = fastDays.Count,
            Streak = streak,
            SecuredOnDay = securedOn,
            LastDay = last.Day,
            LastCorrect = last.Correct,
            DueDay = due,
        };
    }

    /// <summary>True when the answer was right within the secure time.</summary>
    public static bool IsFastCorrect(FactAttempt attempt, FluencySettings settings)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(settings);
        return attempt.Correct && attempt.Milliseconds <= settings.SecureWithinMilliseconds;
    }

    // Counts back from the last day: a day counts when every answer that day was right and fast.
    private static int Streak(List<FactAttempt> attempts, FluencySettings settings)
    {
        var streak = 0;
        foreach (var day in attempts.GroupBy(a => a.Day).Reverse())
        {
            if (!day.All(a => IsFastCorrect(a, settings)))
            {
                break;
            }

            streak++;
        }

        return streak;
    }

    private static int Median(List<int> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (int)(((long)sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2);
}
