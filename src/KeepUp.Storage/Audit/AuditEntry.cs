namespace KeepUp.Storage.Audit;

/// <summary>
/// A record that someone changed something: who, when, what. Kept because children's data is
/// personal data and a school must be able to say who changed it.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The staff account that acted, or null for the system (e.g. demo seeding).</summary>
    public string? ActorId { get; set; }

    public required string Action { get; set; }

    public required string Detail { get; set; }

    public int? SchoolId { get; set; }
}
