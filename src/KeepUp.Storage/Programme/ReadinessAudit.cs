using KeepUp.Domain.Programme;

namespace KeepUp.Storage.Programme;

/// <summary>A school's self-audit of the five areas of Mastery Readiness, with evidence notes. Repeated over time.</summary>
public sealed class ReadinessAudit
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public DateOnly Date { get; set; }

    public int VisionAndCulture { get; set; }

    public int MathematicalMindsets { get; set; }

    public int SubjectExpertise { get; set; }

    public int SchoolSystems { get; set; }

    public int ArithmeticalProficiency { get; set; }

    public string VisionAndCultureEvidence { get; set; } = string.Empty;

    public string MathematicalMindsetsEvidence { get; set; } = string.Empty;

    public string SubjectExpertiseEvidence { get; set; } = string.Empty;

    public string SchoolSystemsEvidence { get; set; } = string.Empty;

    public string ArithmeticalProficiencyEvidence { get; set; } = string.Empty;

    public string? RecordedBy { get; set; }

    public int RatingOf(ReadinessArea area) => area switch
    {
        ReadinessArea.VisionAndCulture => VisionAndCulture,
        ReadinessArea.MathematicalMindsets => MathematicalMindsets,
        ReadinessArea.SubjectExpertise => SubjectExpertise,
        ReadinessArea.SchoolSystems => SchoolSystems,
        ReadinessArea.ArithmeticalProficiency => ArithmeticalProficiency,
    };

    public string EvidenceOf(ReadinessArea area) => area switch
    {
        ReadinessArea.VisionAndCulture => VisionAndCultureEvidence,
        ReadinessArea.MathematicalMindsets => MathematicalMindsetsEvidence,
        ReadinessArea.SubjectExpertise => SubjectExpertiseEvidence,
        ReadinessArea.SchoolSystems => SchoolSystemsEvidence,
        ReadinessArea.ArithmeticalProficiency => ArithmeticalProficiencyEvidence,
    };

    public ReadinessSnapshot ToSnapshot() => new(Date, ReadinessRatings.Areas.ToDictionary(a => a, RatingOf));
}
