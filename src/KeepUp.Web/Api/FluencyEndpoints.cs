using KeepUp.Application.Common;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Fluency;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KeepUp.Web.Api;

/// <summary>The pupil's fact practice API: a signed-in pupil sends the answers of their own daily practice.</summary>
public static class FluencyEndpoints
{
    public static IEndpointRouteBuilder MapFluencyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/pupil").WithTags("Pupils").RequireAuthorization(PupilAuthentication.Policy);
        api.MapPost("/facts", PostFacts).WithName("PostPupilFacts")
            .WithSummary("Stores a pupil's fact practice answers, marked on the server. Idempotent: each answer carries an id made on the device; resending is acknowledged, never stored twice.");
        return app;
    }

    private static async Task<Results<Ok<FactAnswersReceipt>, ProblemHttpResult>> PostFacts(HttpContext context, PupilWork work, FluencyPractice practice, PupilFactAnswers body)
    {
        if (PupilAuthentication.PupilOf(context.User) is not { } who || await work.FindAsync(who.PupilId, who.SchoolId) is not { } pupil)
        {
            return ApiProblems.From(new NotFoundError("pupil-not-found", "Sign in again."));
        }

        if (body?.Answers is null)
        {
            return ApiProblems.From(FluencyErrors.BadAnswer(0, "the request has no list of answers."));
        }

        var recorded = await practice.RecordAsync(pupil, body.Day, [.. body.Answers.Select(a => new SentFactAnswer(a.Id, a.FactId, a.Position, a.Answer, a.Milliseconds))]);
        return recorded.Value is { } receipt
            ? TypedResults.Ok(new FactAnswersReceipt(receipt.Stored, receipt.AlreadyHad, receipt.Acknowledged))
            : ApiProblems.From(recorded.Error!);
    }
}

/// <summary>A batch of fact answers from one day's practice session (the day the session was planned for).</summary>
public sealed record PupilFactAnswers(DateOnly Day, IReadOnlyList<PupilFactAnswer>? Answers);

/// <summary>One fact answer: the device's id for it, the fact, its place in the session, what was typed and how long it took.</summary>
public sealed record PupilFactAnswer(Guid Id, string FactId, int Position, string? Answer, int Milliseconds);

/// <summary>What the server has: answers stored now, answers it already had, and every id it acknowledges.</summary>
public sealed record FactAnswersReceipt(int Stored, int AlreadyHad, IReadOnlyList<Guid> Acknowledged);
