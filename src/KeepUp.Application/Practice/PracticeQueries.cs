using KeepUp.Application.Common;
using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Catalogue;
using Microsoft.Extensions.Caching.Memory;

namespace KeepUp.Application.Practice;

/// <summary>A step with the variation set built for it.</summary>
public sealed record PracticeSet(SmallStep Step, VariationSet Set);

/// <summary>
/// Builds variation sets and checks answers, the same way for teach mode, worksheets, the API and
/// the CLI. Nothing is stored: any question is rebuilt from its step, seed and index.
/// </summary>
public sealed class PracticeQueries(CurriculumQueries curriculum, PracticeCatalogue catalogue) : IDisposable
{
    /// <summary>
    /// Sets kept built: a school's checks ask for the same step and seed once per answer (a pupil
    /// sends each answer as it is made), and building a set is most of the cost of marking one.
    /// Bounded, so a server that meets many seeds keeps the recent ones only.
    /// </summary>
    private const int SetsKept = 20_000;

    private readonly MemoryCache built = new(new MemoryCacheOptions { SizeLimit = SetsKept, CompactionPercentage = 0.25 });

    /// <inheritdoc/>
    public void Dispose() => built.Dispose();

    /// <summary>True when the step has a generator.</summary>
    public bool HasGenerator(SmallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return catalogue.For(step.Id) is not null;
    }

    /// <summary>The variation set for a step and seed.</summary>
    public Result<PracticeSet> Generate(string stepId, long seed)
    {
        ArgumentNullException.ThrowIfNull(stepId);
        if (seed is < 0 or > VariationSet.MaximumSeed)
        {
            return PracticeErrors.SeedOutOfRange(seed);
        }

        var key = (stepId, seed);
        if (built.TryGetValue(key, out PracticeSet? kept) && kept is not null)
        {
            return kept;
        }

        var found = curriculum.FindStep(stepId);
        if (found.Value is not { } step)
        {
            return found.Error!;
        }

        if (catalogue.Generate(step, (int)seed) is not { } set)
        {
            return PracticeErrors.NoGeneratorYet(step.Id.Value);
        }

        // Safe to share between requests: a built set is immutable, and rebuilding it gives the same set.
        var practice = new PracticeSet(step, set);
        built.Set(key, practice, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return practice;
    }

    /// <summary>Checks one answer; a malformed answer is a verdict, a bad request is an error.</summary>
    public Result<AnswerCheckDocument> Check(AnswerSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (string.IsNullOrWhiteSpace(submission.StepId) || submission.Seed is not { } seed || submission.Index is not { } index)
        {
            return new InvalidRequestError("incomplete-answer", "Each answer needs stepId, seed, index and answer.");
        }

        if (submission.Answer is { Length: > AnswerVerdict.MaximumLength } tooLong)
        {
            return PracticeErrors.AnswerTooLong(tooLong.Length);
        }

        var generated = Generate(submission.StepId, seed);
        return generated.Value is { } practice ? Check(practice, index, submission.Answer) : generated.Error!;
    }

    /// <summary>Checks one answer against a set already built, so several answers to one set build it once.</summary>
    public static Result<AnswerCheckDocument> Check(PracticeSet practice, int index, string? answer)
    {
        ArgumentNullException.ThrowIfNull(practice);
        if (answer is { Length: > AnswerVerdict.MaximumLength } tooLong)
        {
            return PracticeErrors.AnswerTooLong(tooLong.Length);
        }

        var questions = practice.Set.Questions;
        if (index < 1 || index > questions.Count)
        {
            return PracticeErrors.NoSuchQuestion(practice.Step.Id.Value, practice.Set.Seed, index, questions.Count);
        }

        var question = questions[index - 1];
        var verdict = question.Answer.Check(answer, question.Choices);
        return new AnswerCheckDocument(verdict.Correct, verdict.WellFormed, verdict.Feedback, verdict.Misconception);
    }
}
