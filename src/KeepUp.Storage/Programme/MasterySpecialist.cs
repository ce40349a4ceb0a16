namespace KeepUp.Storage.Programme;

/// <summary>
/// A Mastery Specialist: a teacher trained in a yearly cohort who develops teaching for mastery in
/// their own school, then leads Work Groups of other schools.
/// </summary>
public sealed class MasterySpecialist
{
    public int Id { get; set; }

    /// <summary>The specialist's id in the programme's import files.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public int MathsHubId { get; set; }

    public MathsHub? MathsHub { get; set; }

    /// <summary>The start year of the academic year of their training (2015 for the 2015/16 cohort).</summary>
    public int CohortStartYear { get; set; }

    /// <summary>The staff account the specialist signs in with, when they have one.</summary>
    public string? AccountId { get; set; }
}
