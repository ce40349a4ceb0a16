using System;
using System.Runtime.CompilerServices;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// The expectation step of EM for one step's answers: a forward pass and a backward pass per
/// distinct run, summing the expected counts (weighted by how many pupils had the run) that the
/// maximisation step divides. It runs once per iteration per start over every answer, so it is
/// written for speed: flat arrays, no branches on the answer (right and wrong answers come in no
/// predictable order), and no division in the chain from one answer to the next.
/// </summary>
internal sealed class BaumWelch
{
    // The forward pass carries unnormalised chances and rescales them only when they get this
    // small; the backward pass needs only their ratios, and the log-likelihood adds back the
    // rescalings. Each answer shrinks them by at most the smallest parameter (BktFitter.Floor), so
    // they stay far from underflow.
    private const double Tiny = 1e-100;
    private const double Huge = 1e100;
    private static readonly double LogHuge = Math.Log(Huge);

    private readonly DistinctRuns runs;
    private readonly double[] notKnown;
    private readonly double[] known;
    private readonly double[] inverseNextKnown;

    public BaumWelch(AnswerSequences answers)
    {
        runs = DistinctRuns.Of(answers);
        notKnown = new double[runs.Longest];
        known = new double[runs.Longest];
        inverseNextKnown = new double[runs.Longest];
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
        var inverse = inverseNextKnown;
        double learn = p.Learn, stay = 1 - p.Learn;
        double noGuess = 1 - p.Guess, guessLift = p.Guess - noGuess;
        double slip = p.Slip, slipLift = 1 - p.Slip - slip;
        double pupils = 0, startKnown = 0, learned = 0, couldLearn = 0;
        double unknownRight = 0, unknownAll = 0, knownWrong = 0, knownAll = 0;
        double logLikelihood = 0;

        for (var r = 0; r < weights.Length; r++)
        {
            var first = starts[r];
            var length = starts[r + 1] - first;
            var answered = correct.AsSpan(first, length);
            var weight = weights[r];

            // Forward: a0/a1 are the chances of (not) knowing at t jointly with the answers so far.
            double n = 1 - p.Prior, k = p.Prior, rescaled = 0;
            for (var t = 0; t < answered.Length; t++)
            {
                double right = answered[t];
                var u0 = n * (noGuess + (right * guessLift));
                var u1 = k * (slip + (right * slipLift));
                a0[t] = u0;
                a1[t] = u1;
                n = stay * u0;
                k = (learn * u0) + u1;
                inverse[t] = 1 / k;
                if (n + k < Tiny)
                {
                    n *= Huge;
                    k *= Huge;
                    rescaled += LogHuge;
                }
            }

            var last = length - 1;
            var evidence = a0[last] + a1[last];
            logLikelihood += weight * (Math.Log(evidence) - rescaled);

            // Backward: with no forgetting, the chance of having been "not known" at t and "known"
            // at t + 1 has a closed form in the forward chances, so no 2×2 matrices are needed.
            double g1 = a1[last] / evidence, g0 = 1 - g1;
            double lastRight = answered[last];
            double runLearned = 0, runCouldLearn = 0;
            double runUnknownRight = g0 * lastRight, runUnknownAll = g0, runKnownWrong = g1 - (g1 * lastRight), runKnownAll = g1;
            for (var t = last - 1; t >= 0; t--)
            {
                double right = answered[t];
                var ratio = g1 * inverse[t];
                var moved = learn * a0[t] * ratio;
                g1 = a1[t] * ratio;
                g0 += moved;
                runLearned += moved;
                runCouldLearn += g0;
                runUnknownAll += g0;
                runKnownAll += g1;
                runUnknownRight += g0 * right;
                runKnownWrong += g1 - (g1 * right);
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
