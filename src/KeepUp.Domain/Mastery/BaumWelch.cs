using System;
using System.Runtime.CompilerServices;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// The expectation step of EM for one step's answers: a scaled forward pass and a backward pass
/// per distinct run, summing the expected counts (weighted by how many pupils had the run) that
/// the maximisation step divides. Written as flat loops over arrays because it runs once per
/// iteration per restart over every answer.
/// </summary>
internal sealed class BaumWelch
{
    // The running product of per-answer likelihoods is logged only when it gets this small: one
    // logarithm per run or per few hundred answers rather than one per answer.
    private const double LogBelow = 1e-250;

    private readonly DistinctRuns runs;
    private readonly double[] notKnown;
    private readonly double[] known;

    public BaumWelch(AnswerSequences answers)
    {
        runs = DistinctRuns.Of(answers);
        notKnown = new double[runs.Longest];
        known = new double[runs.Longest];
    }

    /// <summary>Returns the log-likelihood of the answers under <paramref name="p"/>, and the expected counts.</summary>
    // Fully optimised from the first call: a command-line fit is over before tiered JIT would get there.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Expect(BktFitter.Guesses p, out ExpectedCounts counts)
    {
        var correct = runs.Correct;
        var starts = runs.Starts;
        var weights = runs.Weights;
        var a0 = notKnown;
        var a1 = known;
        double learn = p.Learn, stay = 1 - p.Learn;
        double guess = p.Guess, noGuess = 1 - p.Guess, slip = p.Slip, noSlip = 1 - p.Slip;
        double pupils = 0, startKnown = 0, learned = 0, couldLearn = 0;
        double unknownRight = 0, unknownAll = 0, knownWrong = 0, knownAll = 0;
        double logLikelihood = 0;

        for (var r = 0; r < weights.Length; r++)
        {
            var first = starts[r];
            var length = starts[r + 1] - first;
            var answered = correct.AsSpan(first, length);
            var weight = weights[r];

            double n = 1 - p.Prior, k = p.Prior, product = 1, runLogLikelihood = 0;
            for (var t = 0; t < answered.Length; t++)
            {
                var right = answered[t];
                var u0 = n * (right ? guess : noGuess);
                var u1 = k * (right ? noSlip : slip);
                var total = u0 + u1;
                product *= total;
                if (product < LogBelow)
                {
                    runLogLikelihood += Math.Log(product);
                    product = 1;
                }

                var scale = 1 / total;
                u0 *= scale;
                u1 *= scale;
                a0[t] = u0;
                a1[t] = u1;
                n = stay * u0;
                k = (learn * u0) + u1;
            }

            logLikelihood += weight * (runLogLikelihood + Math.Log(product));

            // Backward: with no forgetting, the chance of having been "not known" at t and
            // "known" at t + 1 has a closed form, so no 2×2 matrices are needed.
            double g0 = a0[length - 1], g1 = a1[length - 1];
            double runLearned = 0, runCouldLearn = 0, runUnknownRight = 0, runUnknownAll = g0, runKnownWrong = 0, runKnownAll = g1;
            if (answered[length - 1])
            {
                runUnknownRight += g0;
            }
            else
            {
                runKnownWrong += g1;
            }

            for (var t = length - 2; t >= 0; t--)
            {
                var was0 = a0[t];
                var ratio = g1 / ((learn * was0) + a1[t]);
                var moved = learn * was0 * ratio;
                g1 = a1[t] * ratio;
                g0 += moved;
                runLearned += moved;
                runCouldLearn += g0;
                runUnknownAll += g0;
                runKnownAll += g1;
                if (answered[t])
                {
                    runUnknownRight += g0;
                }
                else
                {
                    runKnownWrong += g1;
                }
            }

            pupils += weight;
            startKnown += weight * g1;
            learned += weight * runLearned;
            couldLearn += weight * runCouldLearn;
            unknownRight += weight * runUnknownRight;
            unknownAll += weight * runUnknownAll;
            knownWrong += weight * runKnownWrong;
            knownAll += weight * runKnownAll;
        }

        counts = new ExpectedCounts(pupils, startKnown, learned, couldLearn, unknownRight, unknownAll, knownWrong, knownAll);
        return logLikelihood;
    }

    /// <summary>The expected counts from one E-step; <see cref="Maximise"/> turns them into new parameters.</summary>
    internal readonly record struct ExpectedCounts(
        double Pupils, double StartKnown, double Learned, double CouldLearn,
        double UnknownRight, double UnknownAll, double KnownWrong, double KnownAll)
    {
        /// <summary>The maximisation step; a count with nothing to divide keeps the previous value.</summary>
        public BktFitter.Guesses Maximise(BktFitter.Guesses previous) => BktFitter.Guesses.Bounded(
            Pupils > 0 ? StartKnown / Pupils : previous.Prior,
            CouldLearn > 0 ? Learned / CouldLearn : previous.Learn,
            UnknownAll > 0 ? UnknownRight / UnknownAll : previous.Guess,
            KnownAll > 0 ? KnownWrong / KnownAll : previous.Slip);
    }
}
