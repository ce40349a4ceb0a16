using System;

namespace KeepUp.Domain.Mastery;

/// <summary>What is known about one pupil on one step on a given day: the inputs to <see cref="MasteryLabel.For"/>.</summary>
/// <param name="Taught">True when the step has been taught to the pupil's class.</param>
/// <param name="Answers">How many of the pupil's answers on the step there are.</param>
/// <param name="Known">The chance the pupil knows the step after those answers.</param>
/// <param name="LastEvidence">When the pupil last answered on the step; null when never.</param>
/// <param name="LatestHadWrongAnswers">True when the latest lesson or check on the step had wrong answers from the pupil.</param>
/// <param name="FirstSecure">The day the pupil was first secure on the step; null when never.</param>
/// <param name="Today">The day the label is for.</param>
/// <param name="Judgement">The teacher's latest judgement on the step, if any.</param>
public sealed record MasteryFacts(
    bool Taught,
    int Answers,
    double Known,
    DateTimeOffset? LastEvidence,
    bool LatestHadWrongAnswers,
    DateOnly? FirstSecure,
    DateOnly Today,
    TeacherJudgement? Judgement = null)
{
    /// <summary>How many answers; never negative.</summary>
    public int Answers { get; } = Answers >= 0 ? Answers : throw new ArgumentOutOfRangeException(nameof(Answers), Answers, "A count of answers cannot be negative.");

    /// <summary>The chance the pupil knows the step; a probability.</summary>
    public double Known { get; } = Known is >= 0 and <= 1 ? Known : throw new ArgumentOutOfRangeException(nameof(Known), Known, "The chance of knowing the step must be from 0 to 1.");
}
