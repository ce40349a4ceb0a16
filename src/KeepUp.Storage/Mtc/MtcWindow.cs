namespace KeepUp.Storage.Mtc;

/// <summary>
/// The days on which a class may take the multiplication tables check, opened by their teacher.
/// Pupils still sign in with the class's PINs (/class/{id}/pins); the window only says the check is on.
/// </summary>
public sealed class MtcWindow
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int ClassId { get; set; }

    public DateOnly OpensOn { get; set; }

    public DateOnly ClosesOn { get; set; }

    public required string OpenedBy { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>True when the check may be taken on the day.</summary>
    public bool IsOpenOn(DateOnly day) => OpensOn <= day && day <= ClosesOn;
}
