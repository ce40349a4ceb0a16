using System;
using System.Collections.Generic;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// What a pupil's answers on a step's prerequisites say about them on the step itself.
/// </summary>
/// <param name="Known">The chance the pupil knows the prerequisite step.</param>
/// <param name="Answers">How many answers that chance rests on.</param>
public readonly record struct PrerequisiteEvidence(double Known, int Answers);

/// <summary>
/// Moves a step's prior for one pupil toward what their prerequisites show: a pupil secure on
/// everything the step builds on is more likely to pick it up, one who has not grasped them less.
/// <para>
/// The rule: readiness <c>r</c> is the mean chance of knowing the prerequisites that have
/// answers, weighted by their answers; the prior becomes <c>(1 − w)·prior + w·r</c>, where the
/// weight <c>w = MaxWeight · n / (n + HalfWeightAnswers)</c> grows with the number of
/// prerequisite answers <c>n</c> — so a little evidence moves the prior a little, and it never
/// moves more than <see cref="MaxWeight"/> of the way. No prerequisite evidence leaves the prior
/// unchanged.
/// </para>
/// </summary>
public static class PrerequisitePrior
{
    /// <summary>The most the prerequisites can move the prior, as a share of the way to their readiness.</summary>
    public const double MaxWeight = 0.3;

    /// <summary>With this many prerequisite answers the weight is half of <see cref="MaxWeight"/>.</summary>
    public const int HalfWeightAnswers = 10;

    /// <summary>The step's prior for this pupil, given their evidence on its prerequisites.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The prior or a prerequisite's chance is not a probability, or answers are negative.</exception>
    public static double Adjust(double prior, IReadOnlyList<PrerequisiteEvidence> prerequisites)
    {
        ArgumentNullException.ThrowIfNull(prerequisites);
        if (prior is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(prior), prior, "The prior must be a probability from 0 to 1.");
        }

        double weightedKnown = 0;
        long answers = 0;
        foreach (var evidence in prerequisites)
        {
            if (evidence.Known is not (>= 0 and <= 1) || evidence.Answers < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(prerequisites), evidence, "A prerequisite's chance must be from 0 to 1 and its answers at least 0.");
            }

            weightedKnown += evidence.Known * evidence.Answers;
            answers += evidence.Answers;
        }

        if (answers == 0)
        {
            return prior;
        }

        var readiness = weightedKnown / answers;
        var weight = MaxWeight * answers / (answers + HalfWeightAnswers);
        return ((1 - weight) * prior) + (weight * readiness);
    }

    /// <summary>The step's parameters with the prior adjusted for this pupil.</summary>
    public static BktParameters Adjust(BktParameters parameters, IReadOnlyList<PrerequisiteEvidence> prerequisites)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var prior = Adjust(parameters.Prior, prerequisites);
        return prior == parameters.Prior ? parameters : new BktParameters(prior, parameters.Learn, parameters.Guess, parameters.Slip);
    }
}
