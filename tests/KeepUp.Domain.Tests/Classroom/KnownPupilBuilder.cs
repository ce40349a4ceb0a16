using KeepUp.Domain.Classroom;

namespace KeepUp.Domain.Tests.Classroom;

/// <summary>Pupils as KeepUp would hold them, made to match a <see cref="PupilRow"/> unless a test changes them.</summary>
internal static class KnownPupilBuilder
{
    public static KnownPupil From(PupilRow row, bool archived = false) =>
        new(row.Upn, row.Forename, row.Surname, row.DateOfBirth, row.YearGroup, row.ClassName, row.PupilPremium, row.SenStatus, row.Eal, archived);

    public static KnownPupil Pupil(int serial, string className = "Maple", bool archived = false) =>
        new(Upn.Parse(PupilCsv.UpnFor(serial)), "Known", "Pupil", new DateOnly(2017, 9, 14), 4, className, false, SenStatus.None, false, archived);
}
