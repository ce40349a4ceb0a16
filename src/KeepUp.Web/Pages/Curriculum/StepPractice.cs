using KeepUp.Application.Practice;
using KeepUp.Domain.Curriculum;

namespace KeepUp.Web.Pages.Curriculum;

/// <summary>
/// The step page's practice panel: whether the step has questions yet, and if so a preview of the
/// variation set for the chosen seed, with the seed for "new questions" already picked.
/// </summary>
/// <param name="Step">The step.</param>
/// <param name="HasGenerator">False when no generator writes questions for the step yet.</param>
/// <param name="Seed">The seed previewed, and passed on to teach mode and worksheets.</param>
/// <param name="NextSeed">A different seed for the "new questions" link.</param>
/// <param name="Preview">The variation set, or null when there is none to show.</param>
/// <param name="Error">Why there is no preview although the step has a generator (a bad seed).</param>
public sealed record StepPractice(SmallStep Step, bool HasGenerator, long Seed, long NextSeed, PracticeSet? Preview, string? Error)
{
    /// <summary>Seeds offered for new questions stay short enough to read out and type.</summary>
    private const int LargestOfferedSeed = 99_999;

    public static StepPractice For(PracticeQueries practice, SmallStep step, long? seed)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var chosen = seed ?? 1;
        var next = NewSeed(chosen);
        if (!practice.HasGenerator(step))
        {
            return new StepPractice(step, false, chosen, next, null, null);
        }

        var generated = practice.Generate(step.Id.Value, chosen);
        return new StepPractice(step, true, chosen, next, generated.Value, generated.Error?.Message);
    }

    /// <summary>A seed other than <paramref name="current"/> for "new questions".</summary>
    public static long NewSeed(long current)
    {
        // A new seed is chance, not content: the host picks it so the domain stays deterministic.
        long next;
        do
        {
            next = Random.Shared.Next(1, LargestOfferedSeed + 1);
        }
        while (next == current);
        return next;
    }
}
