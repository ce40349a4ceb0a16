namespace KeepUp.Storage.Classroom;

/// <summary>
/// One answer a pupil gave, kept for good: what was asked (step, seed, position), what they said,
/// whether it was right and, when wrong, the misconception it matches. Its id is made by the device
/// that sent it, so sending it again never stores it twice.
/// </summary>
public sealed class Evidence
{
    public Guid Id { get; set; }

    public int SchoolId { get; set; }

    public Guid PupilId { get; set; }

    public required string StepId { get; set; }

    public int Seed { get; set; }

    public int QuestionIndex { get; set; }

    /// <summary>The answer as given; null when marked from paper or judged.</summary>
    public string? Answer { get; set; }

    public bool Correct { get; set; }

    public string? Misconception { get; set; }

    public int? MillisecondsTaken { get; set; }

    public EvidenceSource Source { get; set; }

    public Guid? CheckId { get; set; }

    public Guid? InterventionId { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }

    /// <summary>The school day of the answer, for queries by day and half-term on every database.</summary>
    public DateOnly AnsweredOn { get; set; }

    /// <summary>The staff account that marked it; null when the pupil answered on a device.</summary>
    public string? RecordedBy { get; set; }
}

/// <summary>Where a piece of evidence came from.</summary>
public enum EvidenceSource
{
    /// <summary>The pupil answered on a tablet or computer.</summary>
    Device,

    /// <summary>The teacher marked the pupil's paper.</summary>
    Paper,

    /// <summary>The mini-check after a same-day intervention.</summary>
    FollowUp,
}
