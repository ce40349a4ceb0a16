using System;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// What the evidence so far says about one pupil and one step: the chance they know it
/// (<see cref="Known"/>) and the chance they do not (<see cref="NotKnown"/>), both held rather
/// than one computed from the other. After a long run of correct answers, "1 − known" loses all
/// its precision and the estimate can drift past 1; rescaling the pair after each answer keeps it
/// a probability however long the run.
/// </summary>
public readonly record struct KnowledgeState(double Known, double NotKnown)
{
    /// <summary>Before any answer: the step's prior.</summary>
    public static KnowledgeState Start(BktParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new KnowledgeState(parameters.Prior, 1 - parameters.Prior);
    }

    /// <summary>The chance the pupil's next answer on this step is correct.</summary>
    public double ChanceCorrect(BktParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.ChanceCorrect(Known, NotKnown);
    }

    /// <summary>
    /// The state before the next answer, given this answer: first what the answer says about now
    /// (Bayes' rule, rescaled to sum to 1), then the chance of learning from the question.
    /// </summary>
    public KnowledgeState After(bool correct, BktParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var notKnown = NotKnown * (correct ? parameters.Guess : 1 - parameters.Guess);
        var known = Known * (correct ? 1 - parameters.Slip : parameters.Slip);
        var total = notKnown + known;
        notKnown /= total;
        known /= total;
        return new KnowledgeState((parameters.Learn * notKnown) + known, (1 - parameters.Learn) * notKnown);
    }
}
