using KeepUp.Application.Common;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KeepUp.Web.Api;

/// <summary>The pupil API: a signed-in pupil sends answers to their own class's check, and nothing else.</summary>
public static class PupilEndpoints
{
    public static IEndpointRouteBuilder MapPupilApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/pupil").WithTags("Pupils").RequireAuthorization(PupilAuthentication.Policy);
        api.MapPost("/answers", PostAnswers).WithName("PostPupilAnswers")
            .WithSummary("Stores a pupil's answers to their check. Idempotent: each answer carries an id made on the device; resending is acknowledged, never stored twice.");
        api.MapPost("/ping", () => TypedResults.NoContent()).WithName("PingPupil")
            .WithSummary("204 while the pupil is still signed in. Does no work, so load runs compare every pupil endpoint with it in the same run.");
        return app;
    }

    private static async Task<Results<Ok<AnswersReceipt>, ProblemHttpResult>> PostAnswers(HttpContext context, PupilWork work, EvidenceRecorder recorder, PupilAnswers body)
    {
        if (PupilAuthentication.PupilOf(context.User) is not { } who || await work.FindWithCheckAsync(who.PupilId, who.SchoolId, body?.CheckId ?? Guid.Empty) is not { } found)
        {
            return ApiProblems.From(new NotFoundError("pupil-not-found", "Sign in again."));
        }

        if (body?.Answers is null || found.Check is not { } check)
        {
            return ApiProblems.From(ClassroomErrors.NoSuchCheck(body?.CheckId ?? Guid.Empty));
        }

        var pupil = found.Pupil;

        var recorded = await recorder.RecordFromDeviceAsync(pupil, check, [.. body.Answers.Select(a => new DeviceAnswer(a.Id, a.Index, a.Answer, a.MillisecondsTaken))]);
        return recorded.Value is { } receipt
            ? TypedResults.Ok(new AnswersReceipt(receipt.Stored, receipt.AlreadyHad, receipt.Acknowledged))
            : ApiProblems.From(recorded.Error!);
    }
}

/// <summary>A batch of a pupil's answers to one check.</summary>
public sealed record PupilAnswers(Guid CheckId, IReadOnlyList<PupilAnswer>? Answers);

/// <summary>One answer: the device's id for it, the question's position, what was typed or chosen, and how long it took.</summary>
public sealed record PupilAnswer(Guid Id, int Index, string? Answer, int? MillisecondsTaken);

/// <summary>What the server has: answers stored now, answers it already had, and every id it acknowledges.</summary>
public sealed record AnswersReceipt(int Stored, int AlreadyHad, IReadOnlyList<Guid> Acknowledged);
