using System.Collections.Generic;

namespace KeepUp.Domain.Fluency;

/// <summary>Why a fact is in today's practice.</summary>
public enum PracticeReason
{
    /// <summary>Answered wrongly last time: accuracy comes first, so it comes back the next day.</summary>
    Retry,

    /// <summary>Due back on the spacing schedule (1, 2, 4, 7 days), secure or not.</summary>
    Review,

    /// <summary>A fact from the pupil's own year, introduced today with its strategy.</summary>
    New,

    /// <summary>A fact from an earlier year never tried here: a quick check that it is known.</summary>
    Check,

    /// <summary>Not due, added so the session is long enough: the longest-unseen facts first.</summary>
    KeepWarm,

    /// <summary>A second showing later in the session of a fact that is new or was going wrong.</summary>
    Again,
}

/// <summary>One question of a practice session: the fact and why it was chosen.</summary>
/// <param name="Fact">The fact to ask.</param>
/// <param name="Reason">Why it was chosen today.</param>
public sealed record PracticeItem(Fact Fact, PracticeReason Reason);

/// <summary>
/// A pupil's fact practice for one day: questions grouped strategy family by strategy family,
/// then second showings of the new and going-wrong facts. Rebuilt exactly from the pupil's
/// history, the seed and the day.
/// </summary>
/// <param name="Day">The day number it was planned for.</param>
/// <param name="Seed">The seed that ordered it.</param>
/// <param name="Items">The questions in the order to ask them.</param>
/// <param name="FocusFamily">The strategy family new facts came from today, if any.</param>
public sealed record PracticeSession(int Day, int Seed, IReadOnlyList<PracticeItem> Items, StrategyFamily? FocusFamily);
