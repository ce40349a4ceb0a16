namespace KeepUp.Storage.Audit;

/// <summary>Writes audit entries with the time from the given clock.</summary>
public sealed class AuditLog(KeepUpDbContext db, TimeProvider clock)
{
    /// <summary>Records an action; saved with the caller's next SaveChanges.</summary>
    public void Record(string? actorId, string action, string detail, int? schoolId = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorId = actorId,
            Action = action,
            Detail = detail,
            SchoolId = schoolId,
        });
}
