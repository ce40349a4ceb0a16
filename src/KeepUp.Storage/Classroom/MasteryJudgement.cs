namespace KeepUp.Storage.Classroom;

/// <summary>
/// A teacher's own judgement of a pupil on a step, which overrides the model's estimate. Kept with
/// who made it, when and why, because a judgement is evidence too.
/// </summary>
public sealed class MasteryJudgement
{
    public long Id { get; set; }

    public int SchoolId { get; set; }

    public Guid PupilId { get; set; }

    public required string StepId { get; set; }

    /// <summary>The status the teacher chose, by its domain name (e.g. "Secure").</summary>
    public required string Status { get; set; }

    public required string JudgedBy { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Why { get; set; }
}
