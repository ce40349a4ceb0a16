using System;
using System.Collections.Generic;
using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Mastery;

/// <summary>The estimate for one pupil on one step.</summary>
/// <param name="Step">The step.</param>
/// <param name="Answers">How many of the pupil's answers it rests on.</param>
/// <param name="Known">The chance the pupil knows the step now, after those answers.</param>
/// <param name="NextCorrect">The chance the pupil's next answer on the step is correct.</param>
/// <param name="Prior">The prior used for this pupil (the step's, moved by their prerequisites).</param>
/// <param name="UsedDefaultParameters">True when the step had no fitted parameters and the defaults were used.</param>
public sealed record StepEstimate(StepId Step, int Answers, double Known, double NextCorrect, double Prior, bool UsedDefaultParameters);

/// <summary>
/// Turns one pupil's answers, step by step, into estimates of what they know: each step's fitted
/// parameters (or the defaults), its prior moved by the pupil's evidence on its prerequisites
/// (<see cref="PrerequisitePrior"/>), then the answers in order (<see cref="KnowledgeState"/>).
/// </summary>
public sealed class MasteryTracker
{
    private static readonly IReadOnlyList<StepId> NoPrerequisites = [];
    private readonly IReadOnlyDictionary<StepId, BktParameters> parametersByStep;
    private readonly Func<StepId, IReadOnlyList<StepId>> prerequisitesOf;

    /// <summary>Sets up the tracker with each step's parameters and, optionally, the prerequisite graph.</summary>
    public MasteryTracker(IReadOnlyDictionary<StepId, BktParameters> parametersByStep, Func<StepId, IReadOnlyList<StepId>>? prerequisitesOf = null)
    {
        this.parametersByStep = parametersByStep ?? throw new ArgumentNullException(nameof(parametersByStep));
        this.prerequisitesOf = prerequisitesOf ?? (_ => NoPrerequisites);
    }

    /// <summary>The estimate for one step from the pupil's answers on it alone, in order (true = correct).</summary>
    public StepEstimate Estimate(StepId step, IReadOnlyList<bool> answers) => Estimate(step, answers, []);

    /// <summary>
    /// The estimate for every step the pupil has answered on, each step's prior informed by the
    /// pupil's answers on its prerequisites.
    /// </summary>
    public IReadOnlyDictionary<StepId, StepEstimate> EstimateAll(IReadOnlyDictionary<StepId, IReadOnlyList<bool>> answersByStep)
    {
        ArgumentNullException.ThrowIfNull(answersByStep);
        var done = new Dictionary<StepId, StepEstimate>();
        var underway = new HashSet<StepId>();
        foreach (var step in answersByStep.Keys)
        {
            EstimateWithPrerequisites(step, answersByStep, done, underway);
        }

        return done;
    }

    private StepEstimate EstimateWithPrerequisites(
        StepId step, IReadOnlyDictionary<StepId, IReadOnlyList<bool>> answersByStep, Dictionary<StepId, StepEstimate> done, HashSet<StepId> underway)
    {
        if (done.TryGetValue(step, out var known))
        {
            return known;
        }

        // The curriculum's graph is acyclic (validated at load); the guard only stops a bad graph looping forever.
        underway.Add(step);
        var evidence = new List<PrerequisiteEvidence>();
        foreach (var prerequisite in prerequisitesOf(step))
        {
            if (answersByStep.ContainsKey(prerequisite) && !underway.Contains(prerequisite))
            {
                var estimate = EstimateWithPrerequisites(prerequisite, answersByStep, done, underway);
                evidence.Add(new PrerequisiteEvidence(estimate.Known, estimate.Answers));
            }
        }

        underway.Remove(step);
        var result = Estimate(step, answersByStep[step], evidence);
        done[step] = result;
        return result;
    }

    private StepEstimate Estimate(StepId step, IReadOnlyList<bool> answers, IReadOnlyList<PrerequisiteEvidence> prerequisites)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var fitted = parametersByStep.TryGetValue(step, out var found);
        var parameters = PrerequisitePrior.Adjust(fitted ? found! : BktParameters.Default, prerequisites);
        var state = KnowledgeState.Start(parameters);
        foreach (var correct in answers)
        {
            state = state.After(correct, parameters);
        }

        return new StepEstimate(step, answers.Count, state.Known, state.ChanceCorrect(parameters), parameters.Prior, !fitted);
    }
}
