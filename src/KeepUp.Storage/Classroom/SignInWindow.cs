namespace KeepUp.Storage.Classroom;

/// <summary>When a class's pupils may sign in with their PINs: a day and a time span, set by the teacher.</summary>
public sealed class SignInWindow
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int ClassId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly From { get; set; }

    public TimeOnly Until { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>
/// One pupil sign-in attempt. Kept in the database, not in memory, so that the lockout against
/// guessing PINs holds across every web node.
/// </summary>
public sealed class SignInAttempt
{
    public long Id { get; set; }

    /// <summary>The school code as typed (upper case), so guesses against one school are counted.</summary>
    public required string SchoolCode { get; set; }

    public required string Address { get; set; }

    /// <summary>Unix time in milliseconds: a number, so every database can count attempts in a time span.</summary>
    public long AtUnixMilliseconds { get; set; }

    public bool Succeeded { get; set; }
}
