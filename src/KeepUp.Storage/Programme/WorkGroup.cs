using KeepUp.Domain.Programme;

namespace KeepUp.Storage.Programme;

/// <summary>A Work Group: six or seven schools working with a lead specialist for one academic year.</summary>
public sealed class WorkGroup
{
    public int Id { get; set; }

    /// <summary>The Work Group's id in the programme's import files, or one made when created on screen.</summary>
    public required string Code { get; set; }

    public int MathsHubId { get; set; }

    public MathsHub? MathsHub { get; set; }

    /// <summary>The start year of its academic year (2017 for 2017/18).</summary>
    public int StartYear { get; set; }

    public WorkGroupType Type { get; set; }

    public int LeadSpecialistId { get; set; }

    public MasterySpecialist? LeadSpecialist { get; set; }

    public List<WorkGroupMember> Members { get; set; } = [];
}

/// <summary>A school in a Work Group, with the two teachers it sends.</summary>
public sealed class WorkGroupMember
{
    public int WorkGroupId { get; set; }

    public WorkGroup? WorkGroup { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    /// <summary>The first participating teacher (normally the maths lead).</summary>
    public string? FirstTeacher { get; set; }

    /// <summary>The second participating teacher.</summary>
    public string? SecondTeacher { get; set; }
}
