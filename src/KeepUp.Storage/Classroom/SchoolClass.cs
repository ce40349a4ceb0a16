namespace KeepUp.Storage.Classroom;

/// <summary>
/// A class: one year group, or two for a mixed-age class, taught by one or more teachers with
/// teaching assistants. The whole class works on the same small step each lesson.
/// </summary>
public sealed class SchoolClass
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>What the school calls it, e.g. "Maple" or "4M"; the class column of the pupil export.</summary>
    public required string Name { get; set; }

    public int YearGroup { get; set; }

    /// <summary>The second year group of a mixed-age class, e.g. 4 for a Year 3/4 class.</summary>
    public int? SecondYearGroup { get; set; }

    /// <summary>The step the teacher chose to teach next; null means "the next one in the sequence".</summary>
    public string? ChosenStepId { get; set; }

    public List<ClassStaffMember> Staff { get; set; } = [];

    /// <summary>"Year 4" or "Years 3 and 4".</summary>
    public string YearGroups => SecondYearGroup is { } second ? $"Years {YearGroup} and {second}" : $"Year {YearGroup}";

    /// <summary>True when a pupil of the given year group belongs in this class.</summary>
    public bool Takes(int yearGroup) => yearGroup == YearGroup || yearGroup == SecondYearGroup;
}

/// <summary>A teacher or teaching assistant who works with a class.</summary>
public sealed class ClassStaffMember
{
    public int ClassId { get; set; }

    public required string StaffAccountId { get; set; }

    /// <summary>Teaching assistants lead interventions and mark; teachers also manage the class.</summary>
    public bool IsTeachingAssistant { get; set; }
}
