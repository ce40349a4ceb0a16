using System;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// A pupil KeepUp already holds for a school, as the roster comparison needs them: on roll, or
/// archived after leaving (their answers and mastery history are kept, never deleted).
/// </summary>
/// <param name="Upn">The pupil's Unique Pupil Number.</param>
/// <param name="Forename">The forename.</param>
/// <param name="Surname">The surname.</param>
/// <param name="DateOfBirth">The date of birth.</param>
/// <param name="YearGroup">The year group, 1 to 6.</param>
/// <param name="ClassName">The class.</param>
/// <param name="PupilPremium">True when the school receives pupil premium for the pupil.</param>
/// <param name="SenStatus">Special educational needs provision.</param>
/// <param name="Eal">True when the pupil speaks English as an additional language.</param>
/// <param name="Archived">True when the pupil has left the school.</param>
public sealed record KnownPupil(
    Upn Upn,
    string Forename,
    string Surname,
    DateOnly DateOfBirth,
    int YearGroup,
    string ClassName,
    bool PupilPremium,
    SenStatus SenStatus,
    bool Eal,
    bool Archived);
