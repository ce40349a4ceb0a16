using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Mastery;

/// <summary>Answers from pupils who follow the BKT model exactly, with known parameters: a test can check the fitter finds them again.</summary>
internal static class SimulatedClass
{
    public static IReadOnlyList<IReadOnlyList<bool>> Answers(BktParameters truth, int pupils, int answersEach, int seed)
    {
        var random = new Random(seed);
        var runs = new List<IReadOnlyList<bool>>();
        for (var p = 0; p < pupils; p++)
        {
            var knows = random.NextDouble() < truth.Prior;
            var run = new List<bool>();
            for (var a = 0; a < answersEach; a++)
            {
                run.Add(knows ? random.NextDouble() >= truth.Slip : random.NextDouble() < truth.Guess);
                knows = knows || random.NextDouble() < truth.Learn;
            }

            runs.Add(run);
        }

        return runs;
    }

    /// <summary>The log-likelihood of the answers, worked answer by answer with <see cref="KnowledgeState"/>.</summary>
    public static double LogLikelihood(IReadOnlyList<IReadOnlyList<bool>> runs, BktParameters p)
    {
        double total = 0;
        foreach (var run in runs)
        {
            var state = KnowledgeState.Start(p);
            foreach (var correct in run)
            {
                var chance = state.ChanceCorrect(p);
                total += Math.Log(correct ? chance : 1 - chance);
                state = state.After(correct, p);
            }
        }

        return total;
    }
}
