namespace KeepUp.Storage.Classroom;

/// <summary>The mastery model's parameters for one small step, fitted from all the evidence on it.</summary>
public sealed class StepModel
{
    public required string StepId { get; set; }

    public double Prior { get; set; }

    public double Learn { get; set; }

    public double Guess { get; set; }

    public double Slip { get; set; }

    public int Observations { get; set; }

    public DateTimeOffset FittedAt { get; set; }
}

/// <summary>
/// What is left of erased pupils' answers: counts per school, step, year group and academic year,
/// with no link to anyone, so that a school's and a year group's totals do not change when a family
/// asks for erasure. Too coarse to single a child out, and holding nothing that names one.
/// </summary>
public sealed class AnonymisedTally
{
    public int SchoolId { get; set; }

    public required string StepId { get; set; }

    /// <summary>The year group the pupils were in when they answered.</summary>
    public int YearGroup { get; set; }

    /// <summary>The academic year of the answers, by the calendar year it starts in (2026 = 2026/27).</summary>
    public int AcademicYear { get; set; }

    public int Answers { get; set; }

    public int Correct { get; set; }
}
