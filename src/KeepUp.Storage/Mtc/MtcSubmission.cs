using System.Text.Json;
using KeepUp.Application.Common;

namespace KeepUp.Storage.Mtc;

/// <summary>One scored answer as the device sends it (practice answers are never sent).</summary>
/// <param name="Position">1 to 25.</param>
/// <param name="Answer">Digits typed, or "" when time ran out first.</param>
/// <param name="ShownAtMilliseconds">When the question appeared, since the check began, on the device's monotonic clock.</param>
/// <param name="MillisecondsOnScreen">How long it was shown before the answer was taken.</param>
/// <param name="ByInputAssistant">True when an adult typed it for the pupil.</param>
public sealed record MtcSubmittedAnswer(int Position, string? Answer, double? ShownAtMilliseconds, int? MillisecondsOnScreen, bool ByInputAssistant);

/// <summary>A finished check as the device sends it: the signed token from the start and every answer.</summary>
public sealed record MtcSubmission(string? Token, IReadOnlyList<MtcSubmittedAnswer>? Answers, string? InputAssistantName)
{
    /// <summary>The largest submission accepted, as in the official check: 64 KB.</summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads a submission from the request body, refusing one over 64 KB or not JSON.</summary>
    public static Result<MtcSubmission> Read(ReadOnlySpan<byte> body)
    {
        if (body.Length > MaxBytes)
        {
            return MtcErrors.TooLarge(MaxBytes);
        }

        try
        {
            return JsonSerializer.Deserialize<MtcSubmission>(body, Json) is { } submission
                ? submission
                : MtcErrors.Unreadable("the body is empty.");
        }
        catch (JsonException e)
        {
            return MtcErrors.Unreadable(e.Message);
        }
    }
}
