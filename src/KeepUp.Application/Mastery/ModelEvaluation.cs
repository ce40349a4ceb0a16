using KeepUp.Domain.Mastery;

namespace KeepUp.Application.Mastery;

/// <summary>What scoring a fitted model on a test log found.</summary>
/// <param name="Score">AUC, RMSE and accuracy over the scored answers.</param>
/// <param name="Unscored">Answers on skills the model was not fitted on, left out of the score.</param>
public sealed record EvaluationResult(ModelScore Score, int Unscored);

/// <summary>
/// Scores fitted skill parameters on answers they were not fitted on, the way the model is used in
/// class: for each pupil, in order, the chance of a correct answer is predicted <em>before</em> the
/// answer is seen, then the answer updates that pupil's state on that skill.
/// </summary>
public static class ModelEvaluation
{
    /// <summary>Scores <paramref name="test"/> with <paramref name="parametersBySkill"/> (by skill name).</summary>
    /// <exception cref="ArgumentException">No answer in the test log is on a fitted skill.</exception>
    public static EvaluationResult Score(IReadOnlyDictionary<string, BktParameters> parametersBySkill, AnswerLog test)
    {
        ArgumentNullException.ThrowIfNull(parametersBySkill);
        ArgumentNullException.ThrowIfNull(test);
        var skillParameters = test.SkillNames.Select(name => parametersBySkill.GetValueOrDefault(name)).ToArray();
        var states = new Dictionary<(int Pupil, int Skill), KnowledgeState>();
        var predicted = new List<double>(test.Count);
        var actual = new List<bool>(test.Count);
        var unscored = 0;
        for (var i = 0; i < test.Count; i++)
        {
            if (skillParameters[test.Skill[i]] is not { } parameters)
            {
                unscored++;
                continue;
            }

            var key = (test.Pupil[i], test.Skill[i]);
            var state = states.TryGetValue(key, out var known) ? known : KnowledgeState.Start(parameters);
            predicted.Add(state.ChanceCorrect(parameters));
            actual.Add(test.Correct[i]);
            states[key] = state.After(test.Correct[i], parameters);
        }

        return predicted.Count == 0
            ? throw new ArgumentException("No answer in the test log is on a skill the model was fitted on.", nameof(test))
            : new EvaluationResult(ModelScore.Of(predicted, actual), unscored);
    }
}
