using KeepUp.Application.Common;

namespace KeepUp.Storage.Mtc;

/// <summary>The expected failures of the check, in words a pupil or teacher can act on.</summary>
public static class MtcErrors
{
    /// <summary>The code of <see cref="NotYourCheck"/>, which the API answers with 403 rather than 400.</summary>
    public const string NotYourCheckCode = "mtc-not-your-check";

    public static InvalidRequestError NotOpen() =>
        new("mtc-not-open", "The times tables check is not open today. Ask your teacher.");

    public static InvalidRequestError AlreadyStarted() =>
        new("mtc-already-started", "You have already started the times tables check. Ask your teacher.");

    public static InvalidRequestError AlreadyDone() =>
        new("mtc-already-done", "You have already done the times tables check. Well done!");

    public static InvalidRequestError BadToken() =>
        new("mtc-token-invalid", "This check could not be recognised. Ask your teacher.");

    /// <summary>A genuine check of another pupil, e.g. sent from a shared tablet after someone else signed in: kept on the device, not dropped.</summary>
    public static InvalidRequestError NotYourCheck() =>
        new(NotYourCheckCode, "This check belongs to another pupil. It stays on this device until they sign in again.");

    public static InvalidRequestError TooLarge(int most) =>
        new("mtc-too-large", $"A check may be at most {most / 1024} KB.");

    public static InvalidRequestError Unreadable(string why) =>
        new("mtc-unreadable", $"The check could not be read: {why}");

    public static InvalidRequestError BadAnswers(string problem) =>
        new("mtc-answers-invalid", problem);

    public static InvalidRequestError Restarted() =>
        new("mtc-restarted", "This check was restarted by the teacher, so these answers are not counted.");

    public static InvalidRequestError NothingToRestart() =>
        new("mtc-nothing-to-restart", "This pupil has not started the check in the current window, so there is nothing to restart.");

    public static InvalidRequestError RestartLimit(int most) =>
        new("mtc-restart-limit", $"This pupil has already had {most} restarts, the most allowed.");

    public static InvalidRequestError BadWindow(string problem) => new("mtc-window-invalid", problem);

    public static InvalidRequestError BadArrangements(string problem) => new("mtc-arrangements-invalid", problem);

    public static InvalidRequestError ReadOnly() =>
        new("mtc-read-only", "Teaching assistants can see the check but only teachers can change it.");
}
