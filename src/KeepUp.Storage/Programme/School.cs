namespace KeepUp.Storage.Programme;

/// <summary>A school, known to the DfE by its URN, working with a Maths Hub.</summary>
public sealed class School
{
    public int Id { get; set; }

    /// <summary>The DfE's unique reference number for the school.</summary>
    public int Urn { get; set; }

    public required string Name { get; set; }

    public string? LocalAuthority { get; set; }

    public int? MathsHubId { get; set; }

    /// <summary>The short code pupils type, with their PIN, to sign in on a shared device.</summary>
    public string? SignInCode { get; set; }
    /// <summary>The GIAS establishment type, e.g. "Academy converter"; it decides state funding.</summary>
    public string? EstablishmentType { get; set; }

    /// <summary>The GIAS phase of education, e.g. "Primary".</summary>
    public string? Phase { get; set; }

    /// <summary>The GIAS status, e.g. "Open".</summary>
    public string? Status { get; set; }

    public string? Postcode { get; set; }

    /// <summary>True when the school is state-funded and so eligible for the programme.</summary>
    public bool IsStateFunded { get; set; } = true;

    public MathsHub? MathsHub { get; set; }
}
