namespace KeepUp.Storage.Classroom;

/// <summary>
/// A same-day intervention: a small group of pupils who shared a misconception, taken by a teacher
/// or teaching assistant for about ten minutes, then a mini-check that updates their estimates.
/// </summary>
public sealed class Intervention
{
    public Guid Id { get; set; }

    public int SchoolId { get; set; }

    public int ClassId { get; set; }

    public required string StepId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The misconception the group shares, or null for "not yet secure" without one.</summary>
    public string? Misconception { get; set; }

    /// <summary>The seed of the plan's three scaffolded questions.</summary>
    public int PlanSeed { get; set; }

    public required string PlannedBy { get; set; }

    /// <summary>Set when the intervention has happened.</summary>
    public DateTimeOffset? HappenedAt { get; set; }

    public string? LedBy { get; set; }

    public string? Notes { get; set; }

    public List<InterventionPupil> Pupils { get; set; } = [];
}

/// <summary>A pupil in an intervention group.</summary>
public sealed class InterventionPupil
{
    public Guid InterventionId { get; set; }

    public Guid PupilId { get; set; }
}
