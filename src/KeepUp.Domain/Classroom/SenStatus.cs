namespace KeepUp.Domain.Classroom;

/// <summary>
/// A pupil's special educational needs provision, as the school census records it. Teachers use it
/// to check that pupils with SEND keep up as well as their classmates.
/// </summary>
public enum SenStatus
{
    /// <summary>No special educational needs provision (census code N or blank).</summary>
    None,

    /// <summary>SEN support in school (census code K).</summary>
    SenSupport,

    /// <summary>An education, health and care plan (census code E; an old statement, S, counts as one).</summary>
    EhcPlan,
}
