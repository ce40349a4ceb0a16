using KeepUp.Application.Common;
using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Catalogue;

namespace KeepUp.Application.Practice;

/// <summary>A step with the variation set built for it.</summary>
public sealed record PracticeSet(SmallStep Step, VariationSet Set);

/// <summary>
/// Builds variation sets and checks answers, the same way for teach mode, worksheets, the API and
/// the CLI. Nothing is stored: any question is rebuilt from its step, seed and index.
/// </summary>
public sealed class PracticeQueries(CurriculumQueries curriculum, PracticeCatalogue catalogue)
{
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

        var found = curriculum.FindStep(stepId);
        if (found.Value is not { } step)
        {
            return found.Error!;
        }

        return catalogue.Generate(step, (int)seed) is { } set ? new PracticeSet(step, set) : PracticeErrors.NoGeneratorYet(step.Id.Value);
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
