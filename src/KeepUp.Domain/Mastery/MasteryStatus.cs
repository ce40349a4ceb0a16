namespace KeepUp.Domain.Mastery;

/// <summary>Where a pupil stands on one small step, in words a teacher acts on.</summary>
public enum MasteryStatus
{
    /// <summary>The step has not been taught to the pupil's class yet.</summary>
    NotYetTaught,

    /// <summary>Taught, and the pupil's answers show them keeping up with the class.</summary>
    KeepingUp,

    /// <summary>Taught, and the latest answers show the pupil has not got it: help them today, before the next lesson.</summary>
    NeedsSameDayHelp,

    /// <summary>The answers show the pupil knows the step well.</summary>
    Secure,

    /// <summary>Secure once, but not seen for a long time: check it is still there.</summary>
    CheckAgain,
}

/// <summary>The title and description a teacher sees for each <see cref="MasteryStatus"/>.</summary>
public static class MasteryStatusText
{
    /// <summary>A short title, e.g. "Needs same-day help".</summary>
    public static string Title(this MasteryStatus status) => status switch
    {
        MasteryStatus.NotYetTaught => "Not yet taught",
        MasteryStatus.KeepingUp => "Keeping up",
        MasteryStatus.NeedsSameDayHelp => "Needs same-day help",
        MasteryStatus.Secure => "Secure",
        MasteryStatus.CheckAgain => "Check again",
    };

    /// <summary>One sentence saying what the status means and what to do about it.</summary>
    public static string Description(this MasteryStatus status) => status switch
    {
        MasteryStatus.NotYetTaught => "This step has not been taught to the class yet, so there is nothing to judge.",
        MasteryStatus.KeepingUp => "The pupil's answers show they are keeping up with the class on this step.",
        MasteryStatus.NeedsSameDayHelp => "The latest answers show the pupil has not grasped this step yet: a short catch-up the same day will stop them falling behind.",
        MasteryStatus.Secure => "The pupil's answers show they understand this step securely.",
        MasteryStatus.CheckAgain => "The pupil was secure on this step but has not shown it for a half-term or more: a quick check will show whether it has stuck.",
    };
}
