namespace KeepUp.Storage.Mtc;

/// <summary>Where a pupil is with the check, as the teacher's live status shows it.</summary>
public enum MtcStatus
{
    NotStarted,
    InProgress,
    Complete,
    Restarted,
}

/// <summary>Why a teacher restarted a pupil's check: the official check's four reasons.</summary>
public enum MtcRestartReason
{
    InternetLoss,
    ItIssues,
    ClassroomDisruption,
    DidNotComplete,
}

/// <summary>
/// One go at the check by one pupil: the form they were given (by its seed), where they are with it
/// and, once sent, its score. A restart closes this attempt and lets the pupil start a new one on a
/// form they have never had.
/// </summary>
public sealed class MtcAttempt
{
    public Guid Id { get; set; }

    public int SchoolId { get; set; }

    public Guid PupilId { get; set; }

    public int WindowId { get; set; }

    /// <summary>The seed of the form (<see cref="KeepUp.Domain.Fluency.MtcForms.Generate"/>); never repeated for a pupil.</summary>
    public int FormSeed { get; set; }

    public MtcStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Right answers out of 25, once the check has arrived.</summary>
    public int? Score { get; set; }

    public MtcRestartReason? RestartReason { get; set; }

    public string? RestartedBy { get; set; }

    public DateTimeOffset? RestartedAt { get; set; }

    /// <summary>True when the pupil's arrangements included an adult typing their spoken answers.</summary>
    public bool InputAssistant { get; set; }

    /// <summary>The adult who typed for the pupil, as entered on the device.</summary>
    public string? InputAssistantName { get; set; }

    /// <summary>The access arrangements in force for this attempt, in words (a copy: later changes do not rewrite history).</summary>
    public required string ArrangementsChosen { get; set; }
}

/// <summary>A pupil's answer to one scored question of one attempt; one per position, so a check is never stored twice.</summary>
public sealed class MtcResponse
{
    public Guid AttemptId { get; set; }

    /// <summary>Its place on the form, 1 to 25.</summary>
    public int Position { get; set; }

    /// <summary>What was typed: digits, or "" when time ran out with nothing typed.</summary>
    public required string Answer { get; set; }

    /// <summary>Marked on the server from the form rebuilt from its seed; the device never says.</summary>
    public bool Correct { get; set; }

    /// <summary>When the question appeared, in milliseconds since the check began on the device's monotonic clock.</summary>
    public double? ShownAtMilliseconds { get; set; }

    /// <summary>How long the question was on screen before the answer was taken, by the device's monotonic clock.</summary>
    public int? MillisecondsOnScreen { get; set; }

    /// <summary>True when an input assistant typed this answer for the pupil.</summary>
    public bool ByInputAssistant { get; set; }
}
