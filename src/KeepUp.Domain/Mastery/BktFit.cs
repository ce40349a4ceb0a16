namespace KeepUp.Domain.Mastery;

/// <summary>
/// The outcome of fitting one step: the parameters, how well they explain the answers (the
/// natural log of the chance of all the answers, higher is better), the EM iterations the winning
/// start took, and whether there was too little data so <see cref="BktParameters.Default"/> is
/// used instead.
/// </summary>
/// <param name="Parameters">The fitted parameters, or the defaults.</param>
/// <param name="LogLikelihood">The log-likelihood of the answers under <paramref name="Parameters"/>.</param>
/// <param name="Iterations">EM iterations of the winning start (0 when the defaults were used).</param>
/// <param name="UsedDefault">True when the step had too few answers or pupils to fit.</param>
public sealed record BktFit(BktParameters Parameters, double LogLikelihood, int Iterations, bool UsedDefault);
