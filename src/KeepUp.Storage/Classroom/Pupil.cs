namespace KeepUp.Storage.Classroom;

/// <summary>
/// A pupil of one school. Personal data: only staff of that school see it, every change is audited,
/// and erasure removes it, keeping anonymised counts only. A pupil who leaves is archived, not
/// deleted, so that a return keeps their history.
/// </summary>
public sealed class Pupil
{
    public Guid Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The DfE unique pupil number: how schools' systems identify the pupil.</summary>
    public required string Upn { get; set; }

    public required string Forename { get; set; }

    public required string Surname { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public int YearGroup { get; set; }

    public int? ClassId { get; set; }

    public bool PupilPremium { get; set; }

    /// <summary>"None", "SenSupport" or "EhcPlan": the SEN status of the school's census.</summary>
    public required string SenStatus { get; set; }

    public bool Eal { get; set; }

    /// <summary>Marked by the school (e.g. from Key Stage 1 results) to compare this group with the rest.</summary>
    public bool LowerPriorAttainer { get; set; }

    /// <summary>Set when the pupil left (or was archived by a teacher); their evidence stays.</summary>
    public DateOnly? ArchivedOn { get; set; }

    /// <summary>The 4-digit sign-in PIN for shared devices, unique in the school; valid only in a sign-in window.</summary>
    public string? Pin { get; set; }

    public string FullName => Forename + " " + Surname;
}
