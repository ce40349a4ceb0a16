using System;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// One pupil as read from a school information system's export: checked, but not yet in KeepUp.
/// </summary>
/// <param name="Upn">The pupil's Unique Pupil Number.</param>
/// <param name="Forename">The forename the class knows the pupil by.</param>
/// <param name="Surname">The surname.</param>
/// <param name="DateOfBirth">The date of birth.</param>
/// <param name="YearGroup">The National Curriculum year group, 1 to 6.</param>
/// <param name="ClassName">The class (registration group), spelled as the file's first row in that class spells it.</param>
/// <param name="PupilPremium">True when the school receives pupil premium for the pupil.</param>
/// <param name="SenStatus">Special educational needs provision.</param>
/// <param name="Eal">True when the pupil speaks English as an additional language.</param>
/// <param name="Line">The line of the file the pupil came from, for messages.</param>
public sealed record PupilRow(
    Upn Upn,
    string Forename,
    string Surname,
    DateOnly DateOfBirth,
    int YearGroup,
    string ClassName,
    bool PupilPremium,
    SenStatus SenStatus,
    bool Eal,
    int Line);
