using KeepUp.Application.Common;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Application.Practice;

public static class PracticeErrors
{
    public static NotFoundError NoGeneratorYet(string stepId) =>
        new("no-generator-yet", $"The step '{stepId}' has no question generator yet. Questions are generated for the number strands and for money, time and length.");

    public static InvalidRequestError SeedOutOfRange(long seed) =>
        new("seed-out-of-range", $"The seed {seed} is out of range: use a whole number from 0 to {VariationSet.MaximumSeed:N0}.");

    public static InvalidRequestError NoSuchQuestion(string stepId, long seed, int index, int count) =>
        new("no-such-question", $"Question {index} does not exist: the set for step '{stepId}' with seed {seed} has questions 1 to {count}.");

    public static InvalidRequestError AnswerTooLong(int length) =>
        new("answer-too-long", $"The answer is {length} characters long; answers are at most {AnswerVerdict.MaximumLength} characters.");

    public static InvalidRequestError TooManyPupils(int pupils) =>
        new("too-many-pupils", $"{pupils} pupils is too many for one worksheet run: choose 1 to {WorksheetLimits.MaximumPupils}.");

    public static InvalidRequestError NoPupils(int pupils) =>
        new("too-few-pupils", $"A worksheet run needs at least one pupil, not {pupils}: choose 1 to {WorksheetLimits.MaximumPupils}.");

    public static InvalidRequestError SeedsRunOut(long seed, int pupils) =>
        new("seeds-run-out", $"Starting at seed {seed}, {pupils} sheets would need seeds past {VariationSet.MaximumSeed:N0}: choose a smaller seed.");
}

/// <summary>Limits that keep one request from tying up the server.</summary>
public static class WorksheetLimits
{
    public const int MaximumPupils = 400;
}
