using System;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// The four numbers that describe how pupils learn one small step, in Bayesian knowledge tracing:
/// how likely a pupil already knows it before any evidence (<see cref="Prior"/>), how likely they
/// learn it from one more question (<see cref="Learn"/>), how likely a pupil who does not know it
/// still answers correctly (<see cref="Guess"/>), and how likely a pupil who knows it still gets it
/// wrong (<see cref="Slip"/>). Forgetting is not modelled: a step that fades is caught by
/// <see cref="MasteryStatus.CheckAgain"/> instead.
/// </summary>
/// <param name="Prior">The chance a pupil knows the step before any evidence.</param>
/// <param name="Learn">The chance a pupil who does not know the step learns it between one question and the next.</param>
/// <param name="Guess">The chance a pupil who does not know the step answers correctly anyway; below 0.5.</param>
/// <param name="Slip">The chance a pupil who knows the step answers wrongly anyway; below 0.5.</param>
/// <exception cref="ArgumentOutOfRangeException">A value is not a probability, or guess or slip is 0.5 or more.</exception>
public sealed record BktParameters(double Prior, double Learn, double Guess, double Slip)
{
    /// <summary>The chance a pupil knows the step before any evidence.</summary>
    public double Prior { get; } = Probability(Prior, nameof(Prior));

    /// <summary>The chance a pupil who does not know the step learns it between one question and the next.</summary>
    public double Learn { get; } = Probability(Learn, nameof(Learn));

    // Above 0.5 the model can swap "knows" and "does not know" and fit the data as well; the labels
    // teachers see would then mean nothing.

    /// <summary>The chance a pupil who does not know the step answers correctly anyway.</summary>
    public double Guess { get; } = BelowHalf(Guess, nameof(Guess));

    /// <summary>The chance a pupil who knows the step answers wrongly anyway.</summary>
    public double Slip { get; } = BelowHalf(Slip, nameof(Slip));

    /// <summary>
    /// For a step with too little data to fit: about one pupil in five knows it before it is taught,
    /// one in five learns it from each question, a multiple-choice-style guess succeeds one time in
    /// five, and a pupil who knows it slips one time in ten.
    /// </summary>
    public static BktParameters Default { get; } = new(0.2, 0.2, 0.2, 0.1);

    /// <summary>
    /// The chance of a correct answer from a pupil who knows the step with probability
    /// <paramref name="known"/> (and does not with probability <paramref name="notKnown"/>).
    /// </summary>
    public double ChanceCorrect(double known, double notKnown) => (Guess * notKnown) + ((1 - Slip) * known);

    /// <summary>The chance of a correct answer when the pupil knows the step with probability <paramref name="known"/>.</summary>
    public double ChanceCorrect(double known) => ChanceCorrect(known, 1 - known);

    /// <summary>True when every value is a probability and guess and slip are below 0.5.</summary>
    public static bool AreValid(double prior, double learn, double guess, double slip) =>
        IsProbability(prior) && IsProbability(learn) && IsProbability(guess) && IsProbability(slip) && guess < 0.5 && slip < 0.5;

    private static bool IsProbability(double value) => value is >= 0 and <= 1;

    private static double BelowHalf(double value, string name) =>
        Probability(value, name) < 0.5 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be below 0.5.");

    private static double Probability(double value, string name) =>
        IsProbability(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a probability from 0 to 1.");
}
