namespace KeepUp.Storage.Accounts;

/// <summary>The roles staff sign in with. Pupils sign in differently (school code and PIN).</summary>
public static class Roles
{
    public const string HubLead = "HubLead";
    public const string MasterySpecialist = "MasterySpecialist";
    public const string SchoolLead = "SchoolLead";
    public const string Teacher = "Teacher";
    public const string TeachingAssistant = "TeachingAssistant";

    public static IReadOnlyList<string> All { get; } = [HubLead, MasterySpecialist, SchoolLead, Teacher, TeachingAssistant];

    /// <summary>What the role is called on screen.</summary>
    public static string Title(string role) => role switch
    {
        HubLead => "Maths Hub lead",
        MasterySpecialist => "Mastery Specialist",
        SchoolLead => "Maths lead or headteacher",
        Teacher => "Class teacher",
        TeachingAssistant => "Teaching assistant",
        _ => role,
    };
}
