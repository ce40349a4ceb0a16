namespace KeepUp.Storage.Programme;

/// <summary>A Maths Hub: one of the NCETM's regional centres that lead teaching for mastery.</summary>
public sealed class MathsHub
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The region the hub serves, e.g. "North West".</summary>
    public required string Region { get; set; }

    public List<School> Schools { get; set; } = [];
}
