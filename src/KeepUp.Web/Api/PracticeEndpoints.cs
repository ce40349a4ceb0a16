using KeepUp.Application.Common;
using KeepUp.Application.Practice;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KeepUp.Web.Api;

/// <summary>The practice API: variation sets rebuilt from step and seed, and answer checking.</summary>
public static class PracticeEndpoints
{
    public static IEndpointRouteBuilder MapPracticeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Practice");
        api.MapGet("/steps/{id}/questions", GetQuestions).WithName("GetQuestions")
            .WithSummary("The variation set for a step and seed: prompts, answers, choices with misconceptions, pictures as SVG.");
        api.MapPost("/answers/check", CheckAnswer).WithName("CheckAnswer")
            .WithSummary("Checks one answer to a question given by step, seed and index; tells a malformed answer from a wrong one.");
        return app;
    }

    private static Results<Ok<IEnumerable<QuestionDocument>>, ProblemHttpResult> GetQuestions(PracticeQueries practice, string id, long? seed)
    {
        if (seed is not { } given)
        {
            return ApiProblems.From(new InvalidRequestError("seed-required", "Give a seed, for example ?seed=1: the same seed always gives the same questions."));
        }

        var generated = practice.Generate(id, given);
        return generated.Value is { } result
            ? TypedResults.Ok(result.Set.Questions.Select(q => QuestionDocument.From(q)))
            : ApiProblems.From(generated.Error!);
    }

    private static Results<Ok<AnswerCheckDocument>, ProblemHttpResult> CheckAnswer(PracticeQueries practice, AnswerSubmission submission)
    {
        var checkedAnswer = practice.Check(submission);
        return checkedAnswer.Value is { } verdict ? TypedResults.Ok(verdict) : ApiProblems.From(checkedAnswer.Error!);
    }
}
