using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Classroom;

/// <summary>A pupil detail that a re-import can change.</summary>
public enum PupilDetail
{
    /// <summary>The forename.</summary>
    Forename,

    /// <summary>The surname.</summary>
    Surname,

    /// <summary>The date of birth (usually a correction).</summary>
    DateOfBirth,

    /// <summary>The year group.</summary>
    YearGroup,

    /// <summary>The class: the pupil has moved class.</summary>
    ClassName,

    /// <summary>Pupil premium.</summary>
    PupilPremium,

    /// <summary>SEN status.</summary>
    SenStatus,

    /// <summary>English as an additional language.</summary>
    Eal,
}

/// <summary>One changed detail, written for a teacher to read before confirming the import.</summary>
/// <param name="Detail">What changed.</param>
/// <param name="Was">The value KeepUp holds, as a teacher would read it.</param>
/// <param name="Now">The value in the file.</param>
public sealed record PupilChange(PupilDetail Detail, string Was, string Now);

/// <summary>
/// A pupil in both KeepUp and the file whose details differ (or who is returning after leaving):
/// the record keeps its history and takes the file's details.
/// </summary>
/// <param name="Known">The pupil as KeepUp holds them.</param>
/// <param name="Incoming">The pupil as the file has them.</param>
/// <param name="Changes">Every detail that differs; empty for a returner whose details are the same.</param>
public sealed record PupilUpdate(KnownPupil Known, PupilRow Incoming, IReadOnlyList<PupilChange> Changes)
{
    /// <summary>True when the pupil has moved class.</summary>
    public bool MovedClass => Changes.Any(change => change.Detail == PupilDetail.ClassName);
}
