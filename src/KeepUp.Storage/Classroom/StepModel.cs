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
/// What is left of an erased pupil's answers: counts per school and step, with no link to anyone,
/// so that a school's totals do not change when a family asks for erasure.
/// </summary>
public sealed class AnonymisedTally
{
    public int SchoolId { get; set; }

    public required string StepId { get; set; }

    public int Answers { get; set; }

    public int Correct { get; set; }
}
