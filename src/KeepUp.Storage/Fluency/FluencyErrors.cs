using KeepUp.Application.Common;

namespace KeepUp.Storage.Fluency;

/// <summary>The expected failures of fact practice, in words a teacher (or a developer reading the API) can act on.</summary>
public static class FluencyErrors
{
    public static InvalidRequestError TooManyAnswers(int count, int most) =>
        new("too-many-answers", $"{count} answers were sent at once; send at most {most}.");

    public static InvalidRequestError BadAnswer(int position, string problem) =>
        new("fact-answer-invalid", $"Answer {position}: {problem}");

    public static InvalidRequestError NotInAYear(int yearGroup) =>
        new("no-fact-practice", $"Fact practice is for Years 1 to 6; this pupil is in year group {yearGroup}.");
}
