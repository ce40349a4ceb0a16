using System;
using System.Collections.Generic;
using System.Globalization;

namespace KeepUp.Domain.Classroom;

/// <summary>Lists the details in which a pupil held by KeepUp differs from the same pupil in a file.</summary>
internal static class PupilChanges
{
    public static IReadOnlyList<PupilChange> Between(KnownPupil known, PupilRow row)
    {
        var changes = new List<PupilChange>();
        void Compare(PupilDetail detail, bool same, string was, string now)
        {
            if (!same)
            {
                changes.Add(new PupilChange(detail, was, now));
            }
        }

        Compare(PupilDetail.Forename, known.Forename == row.Forename, known.Forename, row.Forename);
        Compare(PupilDetail.Surname, known.Surname == row.Surname, known.Surname, row.Surname);
        Compare(PupilDetail.DateOfBirth, known.DateOfBirth == row.DateOfBirth, PupilValues.Words(known.DateOfBirth), PupilValues.Words(row.DateOfBirth));
        Compare(PupilDetail.YearGroup, known.YearGroup == row.YearGroup, YearName(known.YearGroup), YearName(row.YearGroup));
        // Class names differing only in case ("maple" typed by hand) are the same class, not a move.
        Compare(PupilDetail.ClassName, string.Equals(known.ClassName, row.ClassName, StringComparison.OrdinalIgnoreCase), known.ClassName, row.ClassName);
        Compare(PupilDetail.PupilPremium, known.PupilPremium == row.PupilPremium, YesNo(known.PupilPremium), YesNo(row.PupilPremium));
        Compare(PupilDetail.SenStatus, known.SenStatus == row.SenStatus, SenName(known.SenStatus), SenName(row.SenStatus));
        Compare(PupilDetail.Eal, known.Eal == row.Eal, YesNo(known.Eal), YesNo(row.Eal));
        return changes;
    }

    private static string YearName(int yearGroup) => "Year " + yearGroup.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string SenName(SenStatus status) => status switch
    {
        SenStatus.None => "none",
        SenStatus.SenSupport => "SEN support",
        SenStatus.EhcPlan => "EHC plan",
    };
}
