namespace KeepUp.Storage.Programme;

/// <summary>A Maths Hub: one of the NCETM's regional centres that lead teaching for mastery.</summary>
public sealed class MathsHub
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The region the hub serves, e.g. "North West".</summary>
    public required string Region { get; set; }

    /// <summary>The hub's id in the programme's import files (e.g. "jurassic"); null for a hub made by hand.</summary>
    public string? Code { get; set; }

    /// <summary>The school or college that leads the hub, when known.</summary>
    public string? LeadOrganisation { get; set; }

    /// <summary>The staff account of the hub's Mastery Readiness Lead, who supports schools in their readiness year.</summary>
    public string? ReadinessLeadAccountId { get; set; }

    /// <summary>The id reach reports and imports use: the code, else the database id.</summary>
    public string Key => Code ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public List<School> Schools { get; set; } = [];
}
