using System;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// The label a teacher sees for a pupil on a step, with the reason in words, and the teacher
/// judgement behind it when it is theirs rather than the estimate's.
/// </summary>
/// <param name="Status">Where the pupil stands.</param>
/// <param name="Reason">Why, in a sentence a teacher can check against what they saw.</param>
/// <param name="Judgement">The teacher judgement that set the status; null when the estimate did.</param>
public sealed record MasteryLabel(MasteryStatus Status, string Reason, TeacherJudgement? Judgement = null)
{
    /// <summary>Secure needs at least this chance of knowing the step…</summary>
    public const double SecureKnown = 0.95;

    /// <summary>…from at least this many answers: one lucky answer is not security.</summary>
    public const int SecureAnswers = 3;

    /// <summary>Below this chance of knowing the step, with wrong answers in the latest lesson or check, the pupil needs same-day help.</summary>
    public const double SameDayHelpBelow = 0.6;

    /// <summary>Secure once but no evidence for this many days (about a half-term) means check again.</summary>
    public const int CheckAgainAfterDays = 42;

    /// <summary>
    /// Decides the label, first rule that applies:
    /// <list type="number">
    /// <item>a teacher judgement made after the latest evidence stands;</item>
    /// <item>a pupil once secure with no evidence for <see cref="CheckAgainAfterDays"/> days: check again;</item>
    /// <item>at least <see cref="SecureAnswers"/> answers and a chance of knowing of at least <see cref="SecureKnown"/>: secure (even before the class is taught it);</item>
    /// <item>not taught to the class yet: not yet taught;</item>
    /// <item>taught, no answers yet: keeping up (nothing says otherwise; the reason says there is no evidence);</item>
    /// <item>wrong answers in the latest lesson or check and a chance of knowing below <see cref="SameDayHelpBelow"/>: needs same-day help;</item>
    /// <item>otherwise: keeping up.</item>
    /// </list>
    /// </summary>
    public static MasteryLabel For(MasteryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Judgement is { } judgement && (facts.LastEvidence is not { } last || judgement.At > last))
        {
            return new MasteryLabel(judgement.Status, $"Judged by {judgement.JudgedBy}: {judgement.Why}", judgement);
        }

        if (facts.FirstSecure is not null && facts.LastEvidence is { } seen && DaysSince(seen, facts.Today) >= CheckAgainAfterDays)
        {
            return new MasteryLabel(MasteryStatus.CheckAgain, $"Secure before, but no answers on this step for {DaysSince(seen, facts.Today)} days.");
        }

        if (facts.Answers >= SecureAnswers && facts.Known >= SecureKnown)
        {
            return new MasteryLabel(MasteryStatus.Secure, $"{facts.Answers} answers show the step is known ({Percent(facts.Known)} sure).");
        }

        if (!facts.Taught)
        {
            return new MasteryLabel(MasteryStatus.NotYetTaught, "The class has not been taught this step yet.");
        }

        if (facts.Answers == 0)
        {
            return new MasteryLabel(MasteryStatus.KeepingUp, "Taught, but no answers from this pupil yet.");
        }

        return facts.LatestHadWrongAnswers && facts.Known < SameDayHelpBelow
            ? new MasteryLabel(MasteryStatus.NeedsSameDayHelp, $"Wrong answers in the latest lesson or check; only {Percent(facts.Known)} sure the step is known.")
            : new MasteryLabel(MasteryStatus.KeepingUp, $"{facts.Answers} answers; {Percent(facts.Known)} sure the step is known.");
    }

    private static int DaysSince(DateTimeOffset seen, DateOnly today) =>
        today.DayNumber - DateOnly.FromDateTime(seen.Date).DayNumber;

    private static string Percent(double chance) =>
        ((int)Math.Round(chance * 100, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.GetCultureInfo("en-GB")) + "%";
}
