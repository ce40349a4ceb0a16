namespace KeepUp.Storage.Fluency;

/// <summary>
/// One answer a pupil gave in daily fact practice, kept for the heat maps, the spacing schedule
/// and the multiplication tables check readiness. Its id is made by the device, so a resend is
/// recognised and never stored twice; whether it was right is decided here, never by the device.
/// </summary>
public sealed class FactAnswer
{
    public Guid Id { get; set; }

    public int SchoolId { get; set; }

    public Guid PupilId { get; set; }

    /// <summary>The fact's id in the catalogue, e.g. "7x8", "56/8", "double-7".</summary>
    public required string FactId { get; set; }

    /// <summary>The school day of the practice session the answer belongs to.</summary>
    public DateOnly Day { get; set; }

    /// <summary>The question's place in that day's session (1 upwards), so a reload carries on where the pupil was.</summary>
    public int Position { get; set; }

    public bool Correct { get; set; }

    /// <summary>Time from the fact appearing to the answer being entered.</summary>
    public int Milliseconds { get; set; }

    /// <summary>What the pupil typed.</summary>
    public string? Answer { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}
