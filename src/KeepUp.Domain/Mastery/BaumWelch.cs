using System;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// The expectation step of EM for one step's answers: a scaled forward pass and a backward pass
/// per pupil, summing the expected counts the maximisation step divides. Written as flat loops over
/// arrays because it runs once per iteration per restart over every answer.
/// </summary>
internal sealed class BaumWelch
{
    // The running product of per-answer likelihoods is logged only when it gets this small: one
    // logarithm per few hundred answers rather than one per answer.
    private const double LogBelow = 1e-250;

    private readonly AnswerSequences answers;
    private readonly double[] notKnown;
    private readonly double[] known;

    public BaumWelch(AnswerSequences answers)
    {
        this.answers = answers;
        var longest = answers.LongestRun();
        notKnown = new double[longest];
        known = new double[longest];
    }

    /// <summary>Returns the log-likelihood of the answers under <paramref name="p"/>, and the expected counts.</summary>
    public double Expect(BktFitter.Guesses p, out ExpectedCounts counts)
    {
        var correct = answers.Correct;
        var starts = answers.Starts;
        var a0 = notKnown;
        var a1 = known;
        double learn = p.Learn, stay = 1 - p.Learn;
        double guess = p.Guess, noGuess = 1 - p.Guess, slip = p.Slip, noSlip = 1 - p.Slip;
        double startKnown = 0, learned = 0, couldLearn = 0;
        double unknownRight = 0, unknownAll = 0, knownWrong = 0, knownAll = 0;
        double logLikelihood = 0, product = 1;

        for (var pupil = 0; pupil + 1 < starts.Length; pupil++)
        {
            var first = starts[pupil];
            var length = starts[pupil + 1] - first;
            var answered = correct.Slice(first, length);

            double n = 1 - p.Prior, k = p.Prior;
            for (var t = 0; t < length; t++)
            {
                var right = answered[t];
                var u0 = n * (right ? guess : noGuess);
                var u1 = k * (right ? noSlip : slip);
                var total = u0 + u1;
                product *= total;
                if (product < LogBelow)
                {
                    logLikelihood += Math.Log(product);
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

            // Backward: with no forgetting, the chance of having been "not known" at t and
            // "known" at t + 1 has a closed form, so no 2×2 matrices are needed.
            double g0 = a0[length - 1], g1 = a1[length - 1];
            Tally(answered[length - 1], g0, g1, ref unknownRight, ref unknownAll, ref knownWrong, ref knownAll);
            for (var t = length - 2; t >= 0; t--)
            {
                var was0 = a0[t];
                var ratio = g1 / ((learn * was0) + a1[t]);
                var moved = learn * was0 * ratio;
                g1 = a1[t] * ratio;
                g0 += moved;
                learned += moved;
                couldLearn += g0;
                Tally(answered[t], g0, g1, ref unknownRight, ref unknownAll, ref knownWrong, ref knownAll);
            }

            startKnown += g1;
        }

        counts = new ExpectedCounts(starts.Length - 1, startKnown, learned, couldLearn, unknownRight, unknownAll, knownWrong, knownAll);
        return logLikelihood + Math.Log(product);
    }

    private static void Tally(bool right, double g0, double g1, ref double unknownRight, ref double unknownAll, ref double knownWrong, ref double knownAll)
    {
        unknownAll += g0;
        knownAll += g1;
        if (right)
        {
            unknownRight += g0;
        }
        else
        {
            knownWrong += g1;
        }
    }

    /// <summary>The expected counts from one E-step; <see cref="Maximise"/> turns them into new parameters.</summary>
    internal readonly record struct ExpectedCounts(
        int Pupils, double StartKnown, double Learned, double CouldLearn,
        double UnknownRight, double UnknownAll, double KnownWrong, double KnownAll)
    {
        /// <summary>The maximisation step; a count with nothing to divide keeps the previous value.</summary>
        public BktFitter.Guesses Maximise(BktFitter.Guesses previous) => BktFitter.Guesses.Bounded(
            StartKnown / Pupils,
            CouldLearn > 0 ? Learned / CouldLearn : previous.Learn,
            UnknownAll > 0 ? UnknownRight / UnknownAll : previous.Guess,
            KnownAll > 0 ? KnownWrong / KnownAll : previous.Slip);
    }
}
