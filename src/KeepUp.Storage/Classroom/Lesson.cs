namespace KeepUp.Storage.Classroom;

/// <summary>A lesson taught: the class worked on this small step on this day.</summary>
public sealed class Lesson
{
    public Guid Id { get; set; }

    public int SchoolId { get; set; }

    public int ClassId { get; set; }

    public required string StepId { get; set; }

    public DateOnly Date { get; set; }

    public required string TaughtBy { get; set; }
}

/// <summary>
/// The end-of-lesson check: a few questions from the step's variation set, the same positions for
/// every pupil but each pupil's own seed, so answers cannot be copied and yet the class can be
/// compared question by question.
/// </summary>
public sealed class LessonCheck
{
    public Guid Id { get; set; }

    public int SchoolId { get; set; }

    public int ClassId { get; set; }

    public Guid LessonId { get; set; }

    public required string StepId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Mixed with each pupil's id to give the pupil's seed.</summary>
    public int BaseSeed { get; set; }

    /// <summary>The positions in the variation set asked, e.g. "1,3,5,8".</summary>
    public required string QuestionIndexes { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>Closed checks take no more device answers; paper marks can still be added.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}
