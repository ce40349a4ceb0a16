using KeepUp.Application.Common;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Mtc;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KeepUp.Web.Api;

/// <summary>
/// The pupil's side of the multiplication tables check: two calls only, as in the official check.
/// Start returns the whole check, so nothing else needs the network until the end; submit takes
/// the finished check once, with the token start gave.
/// </summary>
public static class MtcEndpoints
{
    public static IEndpointRouteBuilder MapMtcApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/pupil/mtc").WithTags("Multiplication tables check").RequireAuthorization(PupilAuthentication.Policy);
        api.MapPost("/start", StartAsync).WithName("StartMtc")
            .WithSummary("Starts the signed-in pupil's times tables check: practice and scored questions, access arrangements, timings and a signed token.");
        api.MapPost("/submit", SubmitAsync).WithName("SubmitMtc")
            .WithSummary("Stores a finished check (JSON, at most 64 KB, an answer for each of the 25 positions, the token from start). Exactly once: a resend is acknowledged, never stored twice.");
        return app;
    }

    private static async Task<Results<Ok<MtcCheckDocument>, ProblemHttpResult>> StartAsync(HttpContext context, PupilWork work, MtcChecks checks)
    {
        if (PupilAuthentication.PupilOf(context.User) is not { } who || await work.FindAsync(who.PupilId, who.SchoolId, context.RequestAborted) is not { } pupil)
        {
            return ApiProblems.From(new NotFoundError("pupil-not-found", "Sign in again."));
        }

        var started = await checks.StartAsync(pupil, context.RequestAborted);
        return started.Value is { } check ? TypedResults.Ok(MtcCheckDocument.From(check)) : ApiProblems.From(started.Error!);
    }

    private static async Task<Results<Ok<MtcReceipt>, ProblemHttpResult>> SubmitAsync(HttpContext context, MtcChecks checks)
    {
        if (PupilAuthentication.PupilOf(context.User) is not { } who)
        {
            return ApiProblems.From(new NotFoundError("pupil-not-found", "Sign in again."));
        }

        if (!context.Request.HasJsonContentType())
        {
            return ApiProblems.From(MtcErrors.Unreadable("send the check as JSON (Content-Type: application/json)."));
        }

        if (context.Request.ContentLength > MtcSubmission.MaxBytes)
        {
            return ApiProblems.From(MtcErrors.TooLarge(MtcSubmission.MaxBytes));
        }

        // Read at most one byte past the limit, so a body with no declared length cannot grow past it.
        var buffer = new byte[MtcSubmission.MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await context.Request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted)) > 0)
        {
            length += read;
        }

        var submission = MtcSubmission.Read(buffer.AsSpan(0, length));
        if (submission.Value is not { } body)
        {
            return ApiProblems.From(submission.Error!);
        }

        var stored = await checks.SubmitAsync(who.PupilId, body, context.RequestAborted);
        if (stored.Error is { Code: MtcErrors.NotYourCheckCode } notYours)
        {
            // A shared tablet: another pupil is signed in now. 403, not 400, so the device keeps the
            // check queued for its owner instead of treating it as refused for good.
            return TypedResults.Problem(title: notYours.Message, statusCode: StatusCodes.Status403Forbidden, type: "https://keepup.school/problems/" + notYours.Code);
        }

        return stored.Value is { } receipt ? TypedResults.Ok(receipt) : ApiProblems.From(stored.Error!);
    }
}

/// <summary>One question as the device shows it: the two factors only.</summary>
public sealed record MtcQuestionDocument(int A, int B);

/// <summary>The whole check as the device receives it at the start.</summary>
public sealed record MtcCheckDocument(
    Guid AttemptId,
    string Token,
    IReadOnlyList<MtcQuestionDocument> Practice,
    IReadOnlyList<MtcQuestionDocument> Questions,
    MtcArrangementsView Arrangements,
    MtcTiming Timing)
{
    public static MtcCheckDocument From(MtcCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new(
            check.AttemptId, check.Token,
            [.. check.Practice.Select(q => new MtcQuestionDocument(q.A, q.B))],
            [.. check.Questions.Select(q => new MtcQuestionDocument(q.A, q.B))],
            check.Arrangements, check.Timing);
    }
}
