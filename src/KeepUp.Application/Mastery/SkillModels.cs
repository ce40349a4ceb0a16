using KeepUp.Domain.Mastery;

namespace KeepUp.Application.Mastery;

/// <summary>
/// Fits BKT parameters for every skill in an answer log. Skills are independent, so they are
/// fitted in parallel, largest first so that one big skill does not start last and hold up the end.
/// </summary>
public static class SkillModels
{
    /// <summary>Packs each skill's answers, pupil by pupil in the order they answered.</summary>
    public static IReadOnlyList<AnswerSequences> PackBySkill(AnswerLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var perSkill = new Dictionary<int, List<bool>>[log.SkillNames.Count];
        for (var s = 0; s < perSkill.Length; s++)
        {
            perSkill[s] = [];
        }

        // Each pupil's runs keep the order in which the pupil first met the skill.
        var order = new List<int>[log.SkillNames.Count];
        for (var s = 0; s < order.Length; s++)
        {
            order[s] = [];
        }

        for (var i = 0; i < log.Count; i++)
        {
            var runs = perSkill[log.Skill[i]];
            if (!runs.TryGetValue(log.Pupil[i], out var run))
            {
                run = [];
                runs.Add(log.Pupil[i], run);
                order[log.Skill[i]].Add(log.Pupil[i]);
            }

            run.Add(log.Correct[i]);
        }

        var packed = new AnswerSequences[perSkill.Length];
        for (var s = 0; s < perSkill.Length; s++)
        {
            var answers = new List<bool>();
            var starts = new List<int> { 0 };
            foreach (var p in order[s])
            {
                answers.AddRange(perSkill[s][p]);
                starts.Add(answers.Count);
            }

            packed[s] = new AnswerSequences([.. answers], [.. starts]);
        }

        return packed;
    }

    /// <summary>
    /// Fits every skill; <paramref name="progress"/> hears how many skills are done after each one.
    /// The result is in the order of <paramref name="skills"/>.
    /// </summary>
    public static IReadOnlyList<BktFit> FitAll(IReadOnlyList<AnswerSequences> skills, BktFitter fitter, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(skills);
        ArgumentNullException.ThrowIfNull(fitter);
        var fits = new BktFit[skills.Count];
        var largestFirst = Enumerable.Range(0, skills.Count).OrderByDescending(s => skills[s].Answers).ToArray();
        var done = 0;
        Parallel.ForEach(largestFirst, s =>
        {
            fits[s] = fitter.Fit(skills[s]);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return fits;
    }
}
