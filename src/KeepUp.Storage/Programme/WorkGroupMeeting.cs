using KeepUp.Domain.Programme;

namespace KeepUp.Storage.Programme;

/// <summary>A Work Group meeting (about half-termly): who came, the agenda, and shared lesson observation notes.</summary>
public sealed class WorkGroupMeeting
{
    public int Id { get; set; }

    public int WorkGroupId { get; set; }

    public WorkGroup? WorkGroup { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>How many participating teachers came.</summary>
    public int Attendance { get; set; }

    public string Agenda { get; set; } = string.Empty;

    /// <summary>Notes on the lesson observed together and the discussion after it.</summary>
    public string ObservationNotes { get; set; } = string.Empty;
}

/// <summary>A specialist's termly support visit to one school of their Work Group.</summary>
public sealed class SupportVisit
{
    public int Id { get; set; }

    public int WorkGroupId { get; set; }

    public WorkGroup? WorkGroup { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Which of the Five Big Ideas the visit focused on.</summary>
    public BigIdea Focus { get; set; }

    public string Notes { get; set; } = string.Empty;
}
