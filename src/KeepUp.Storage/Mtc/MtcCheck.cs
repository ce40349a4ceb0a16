using KeepUp.Domain.Fluency;

namespace KeepUp.Storage.Mtc;

/// <summary>The timings of the check, as in the official one. None is shortened for anyone.</summary>
/// <param name="QuestionSeconds">How long each question is on screen: 6.</param>
/// <param name="PauseSeconds">The pause between questions: 3.</param>
/// <param name="NextButtonSeconds">With next-between-questions, when the Next button appears: 2.</param>
/// <param name="AlertSecondsBeforeEnd">With the audible alert, how long before time-out it sounds: 2.</param>
/// <param name="OverallLimitMinutes">With next-between-questions, the limit for the whole check: 30.</param>
/// <param name="IdlePromptSeconds">With next-between-questions, how long Next may wait before a calm "are you still there?": 30.</param>
public sealed record MtcTiming(int QuestionSeconds, int PauseSeconds, int NextButtonSeconds, int AlertSecondsBeforeEnd, int OverallLimitMinutes, int IdlePromptSeconds)
{
    public static readonly MtcTiming Official = new(6, 3, 2, 2, 30, 30);
}

/// <summary>
/// Everything a device needs to run the whole check with no network: the practice questions, the
/// 25 questions, the pupil's access arrangements, the timings, and the signed token to send back.
/// </summary>
public sealed record MtcCheck(
    Guid AttemptId,
    string Token,
    IReadOnlyList<MtcItem> Practice,
    IReadOnlyList<MtcItem> Questions,
    MtcArrangementsView Arrangements,
    MtcTiming Timing);

/// <summary>A pupil's access arrangements as the device applies them.</summary>
public sealed record MtcArrangementsView(
    bool AudibleAlert, bool ReadAloud, string ColourScheme, string FontSize, bool InputAssistant, bool NextBetweenQuestions, bool RemoveNumberPad)
{
    public static MtcArrangementsView Of(MtcArrangements a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.AudibleAlert, a.ReadAloud, a.ColourScheme, a.FontSize, a.InputAssistant, a.NextBetweenQuestions, a.RemoveNumberPad);
    }
}

/// <summary>What the server says to a submitted check: stored now, or already had (a resend).</summary>
public sealed record MtcReceipt(Guid AttemptId, bool AlreadyHad);
