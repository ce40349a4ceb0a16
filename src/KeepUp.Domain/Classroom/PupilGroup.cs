namespace KeepUp.Domain.Classroom;

/// <summary>
/// The "vulnerable groups" a school compares with the rest of its pupils, to check that keeping up
/// works for everyone and not only for pupils who were already doing well.
/// </summary>
public enum PupilGroup
{
    /// <summary>Pupils eligible for the pupil premium (disadvantaged pupils).</summary>
    PupilPremium,

    /// <summary>Pupils with special educational needs: SEN support or an education, health and care plan.</summary>
    Send,

    /// <summary>Pupils with English as an additional language.</summary>
    Eal,

    /// <summary>Pupils the school marked as lower prior attainers (e.g. from Key Stage 1).</summary>
    LowerPriorAttainers,
}

/// <summary>The words a head or maths lead reads for each <see cref="PupilGroup"/>.</summary>
public static class PupilGroupText
{
    /// <summary>The group's name, e.g. "Pupil premium".</summary>
    public static string Title(this PupilGroup group) => group switch
    {
        PupilGroup.PupilPremium => "Pupil premium",
        PupilGroup.Send => "SEND",
        PupilGroup.Eal => "EAL",
        PupilGroup.LowerPriorAttainers => "Lower prior attainers",
    };

    /// <summary>The pupils the group is compared with, e.g. "Not pupil premium".</summary>
    public static string RestTitle(this PupilGroup group) => group switch
    {
        PupilGroup.PupilPremium => "Not pupil premium",
        PupilGroup.Send => "No SEND",
        PupilGroup.Eal => "Not EAL",
        PupilGroup.LowerPriorAttainers => "Other pupils",
    };
}
