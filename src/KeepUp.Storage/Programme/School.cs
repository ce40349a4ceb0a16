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

    public MathsHub? MathsHub { get; set; }
}
