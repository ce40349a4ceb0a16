using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// The knobs of daily fact practice a school may tune. The defaults give a session of 20–30
/// questions — 5 to 10 minutes at 10–20 seconds a question including feedback.
/// </summary>
public sealed record FluencySettings
{
    /// <summary>The defaults described on each setting.</summary>
    public static FluencySettings Default { get; } = new();

    /// <summary>A right answer counts towards secure only within this time: 3,000 ms (3 seconds).</summary>
    public int SecureWithinMilliseconds { get; init; } = 3000;

    /// <summary>A fact is secure after fast right answers on this many separate days: 3.</summary>
    public int SecureDays { get; init; } = 3;

    /// <summary>
    /// Days until a fact comes back after 1, 2, 3, … days in a row of fast right answers: 1, 2, 4
    /// and 7, the last repeating. A wrong or slow answer brings the fact back the next day.
    /// </summary>
    public IReadOnlyList<int> ReviewIntervals { get; init; } = [1, 2, 4, 7];

    /// <summary>New facts from the pupil's own year introduced in one session: 4.</summary>
    public int NewFactsPerSession { get; init; } = 4;

    /// <summary>Facts from earlier years, never tried, checked in one session: 8 (they should already be known).</summary>
    public int CheckFactsPerSession { get; init; } = 8;

    /// <summary>
    /// Accuracy before speed: while this many facts (default 6) were last answered wrongly, no
    /// new facts are introduced or checked; the session works on the ones going wrong.
    /// </summary>
    public int MaxFactsGoingWrong { get; init; } = 6;

    /// <summary>A session aims for at least this many questions (20), adding earlier facts to keep them warm.</summary>
    public int MinQuestions { get; init; } = 20;

    /// <summary>A session never has more than this many questions: 30.</summary>
    public int MaxQuestions { get; init; } = 30;

    /// <summary>Throws when a setting makes no sense, naming it; call once where settings are read.</summary>
    public FluencySettings Validate()
    {
        Require(SecureWithinMilliseconds > 0, nameof(SecureWithinMilliseconds), "must be more than 0");
        Require(SecureDays >= 1, nameof(SecureDays), "must be at least 1");
        Require(ReviewIntervals is { Count: > 0 } && ReviewIntervals.All(d => d >= 1), nameof(ReviewIntervals), "needs at least one interval, each at least 1 day");
        Require(NewFactsPerSession >= 0, nameof(NewFactsPerSession), "cannot be negative");
        Require(CheckFactsPerSession >= 0, nameof(CheckFactsPerSession), "cannot be negative");
        Require(MaxFactsGoingWrong >= 1, nameof(MaxFactsGoingWrong), "must be at least 1");
        Require(MinQuestions >= 1, nameof(MinQuestions), "must be at least 1");
        Require(MaxQuestions >= MinQuestions, nameof(MaxQuestions), "must be at least MinQuestions");
        return this;
    }

    private static void Require(bool ok, string name, string problem)
    {
        if (!ok)
        {
            throw new ArgumentException($"Fluency setting {name} {problem}.", name);
        }
    }
}
