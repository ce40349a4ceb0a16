using System;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// A teacher's own call on where a pupil stands on a step — from a conversation, their book or a
/// piece of work the system never saw. It overrides the estimate until newer evidence arrives, and
/// it is kept with who made it, when and why, so the record can be explained later.
/// </summary>
/// <param name="Status">The status the teacher chose.</param>
/// <param name="JudgedBy">Who made the judgement (their name or login).</param>
/// <param name="At">When the judgement was made.</param>
/// <param name="Why">The teacher's reason, in their words.</param>
public sealed record TeacherJudgement(MasteryStatus Status, string JudgedBy, DateTimeOffset At, string Why)
{
    /// <summary>Who made the judgement; never blank.</summary>
    public string JudgedBy { get; } = string.IsNullOrWhiteSpace(JudgedBy)
        ? throw new ArgumentException("A judgement records who made it.", nameof(JudgedBy))
        : JudgedBy.Trim();

    /// <summary>The teacher's reason; never blank.</summary>
    public string Why { get; } = string.IsNullOrWhiteSpace(Why)
        ? throw new ArgumentException("A judgement records why it was made.", nameof(Why))
        : Why.Trim();
}
