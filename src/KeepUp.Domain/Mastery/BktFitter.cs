using System;
using System.Collections.Generic;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// Fits a step's <see cref="BktParameters"/> to every pupil's answers by expectation–maximisation
/// (Baum–Welch on the two-state hidden Markov model, forgetting fixed at 0). EM only finds a local
/// best, so it starts from the defaults and from <see cref="Restarts"/> − 1 seeded random points;
/// each climbs <see cref="ScreenIterations"/> iterations, and the one whose parameters then explain
/// the answers best climbs on until the gain per iteration falls below the tolerance. Guess and
/// slip are kept below <see cref="GuessSlipCeiling"/> (so "knows" keeps its meaning) and every
/// value away from 0 and 1.
/// A step with fewer than <see cref="MinimumAnswers"/> answers or <see cref="MinimumPupils"/>
/// pupils keeps <see cref="BktParameters.Default"/>: a handful of answers would fit noise.
/// </summary>
public sealed class BktFitter
{
    /// <summary>Fewer answers than this on a step and it keeps the default parameters.</summary>
    public const int MinimumAnswers = 20;

    /// <summary>Fewer pupils than this on a step and it keeps the default parameters.</summary>
    public const int MinimumPupils = 3;

    /// <summary>Guess and slip stay below this: a pupil who does not know a step is less likely right than wrong.</summary>
    public const double GuessSlipCeiling = 0.499;

    /// <summary>No parameter goes below this (nor a prior or learning rate above 1 minus it), so no answer is ever impossible.</summary>
    public const double Floor = 1e-6;

    /// <summary>How many iterations every start climbs before all but the best are dropped.</summary>
    public const int ScreenIterations = 5;

    /// <summary>Sets up fitting.</summary>
    /// <param name="restarts">How many starting points EM runs from (at least 1).</param>
    /// <param name="seed">The seed for the random starting points.</param>
    /// <param name="tolerance">EM stops when the log-likelihood gains less than this per answer in one iteration.</param>
    /// <param name="maxIterations">EM stops after this many iterations whatever the gain.</param>
    public BktFitter(int restarts = 5, int seed = 42, double tolerance = 1e-6, int maxIterations = 200)
    {
        Restarts = restarts >= 1 ? restarts : throw new ArgumentOutOfRangeException(nameof(restarts), restarts, "At least one start is needed.");
        Seed = seed;
        Tolerance = tolerance > 0 ? tolerance : throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        MaxIterations = maxIterations >= 1 ? maxIterations : throw new ArgumentOutOfRangeException(nameof(maxIterations), maxIterations, "At least one iteration is needed.");
    }

    /// <summary>How many starting points EM runs from.</summary>
    public int Restarts { get; }

    /// <summary>The seed for the random starting points.</summary>
    public int Seed { get; }

    /// <summary>The smallest gain in log-likelihood per answer worth another iteration.</summary>
    public double Tolerance { get; }

    /// <summary>The most iterations one start may take.</summary>
    public int MaxIterations { get; }

    /// <summary>Fits one list of answers per pupil, each in the order given.</summary>
    public BktFit Fit(IReadOnlyList<IReadOnlyList<bool>> sequences) =>
        Fit(AnswerSequences.From(sequences));

    /// <summary>Fits every pupil's answers on one step.</summary>
    public BktFit Fit(AnswerSequences answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var scratch = new BaumWelch(answers);
        if (answers.Answers < MinimumAnswers || answers.Pupils < MinimumPupils)
        {
            var defaults = BktParameters.Default;
            return new BktFit(defaults, scratch.Expect(Guesses.Of(defaults), out _), 0, UsedDefault: true);
        }

        // Every start climbs a few iterations; only the most promising climbs on to the top. On
        // ASSISTments, which basin a start falls into is clear after five iterations, and this
        // costs a fraction of climbing every start to the top.
        var draws = new UnitDraws(Seed);
        var stopGain = Tolerance * answers.Answers;
        var best = (Parameters: Guesses.Of(BktParameters.Default), LogLikelihood: double.NegativeInfinity, Iterations: 0);
        for (var restart = 0; restart < Restarts; restart++)
        {
            var start = restart == 0 ? Guesses.Of(BktParameters.Default) : Guesses.Draw(draws);
            var run = Climb(scratch, start, stopGain, Math.Min(ScreenIterations, MaxIterations));
            if (run.LogLikelihood > best.LogLikelihood)
            {
                best = run;
            }
        }

        var top = Climb(scratch, best.Parameters, stopGain, MaxIterations - best.Iterations + 1);
        best = (top.Parameters, top.LogLikelihood, best.Iterations + top.Iterations - 1);

        var p = best.Parameters;
        return new BktFit(new BktParameters(p.Prior, p.Learn, p.Guess, p.Slip), best.LogLikelihood, best.Iterations, UsedDefault: false);
    }

    private static (Guesses Parameters, double LogLikelihood, int Iterations) Climb(BaumWelch scratch, Guesses start, double stopGain, int maxIterations)
    {
        var current = start;
        var before = start;
        var previous = double.NegativeInfinity;
        for (var iteration = 1; ; iteration++)
        {
            var logLikelihood = scratch.Expect(current, out var counts);
            if (logLikelihood - previous < stopGain || iteration >= maxIterations)
            {
                // Clamping to the bounds can cost a sliver of likelihood; keep whichever was better,
                // always with the log-likelihood measured for exactly those parameters.
                return logLikelihood >= previous ? (current, logLikelihood, iteration) : (before, previous, iteration - 1);
            }

            previous = logLikelihood;
            before = current;
            current = counts.Maximise(current);
        }
    }

    /// <summary>Parameters inside the fitter: plain doubles, already within the bounds.</summary>
    internal readonly record struct Guesses(double Prior, double Learn, double Guess, double Slip)
    {
        public static Guesses Of(BktParameters p) => new(p.Prior, p.Learn, p.Guess, p.Slip);

        // Slips start small: pupils who know a step rarely get it wrong, and a large starting slip
        // leads EM into a basin where "knows it" soaks up wrong answers (seen on ASSISTments data).
        public static Guesses Draw(UnitDraws draws) => new(
            draws.Between(0.05, 0.95),
            draws.Between(0.01, 0.4),
            draws.Between(0.01, 0.45),
            draws.Between(0.01, 0.15));

        public static Guesses Bounded(double prior, double learn, double guess, double slip) => new(
            Math.Clamp(prior, Floor, 1 - Floor),
            Math.Clamp(learn, Floor, 1 - Floor),
            Math.Clamp(guess, Floor, GuessSlipCeiling),
            Math.Clamp(slip, Floor, GuessSlipCeiling));
    }
}
