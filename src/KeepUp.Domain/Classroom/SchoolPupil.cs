using System;
using System.Collections.Generic;
using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// One pupil as the school-wide picture counts them: who they are (year group and the groups a
/// school compares), where they stand on each step taught in the period, and what the period holds.
/// No name: the picture counts pupils, it never lists them.
/// </summary>
/// <param name="YearGroup">The pupil's own year group (a mixed-age class is split by it).</param>
/// <param name="PupilPremium">Eligible for the pupil premium.</param>
/// <param name="Sen">SEN provision, as the census records it.</param>
/// <param name="Eal">English as an additional language.</param>
/// <param name="LowerPriorAttainer">Marked by the school as a lower prior attainer.</param>
/// <param name="Steps">The pupil's status on each step their class was taught in the period.</param>
/// <param name="Answers">Answers the pupil gave in the period.</param>
/// <param name="RightAnswers">How many of those were right.</param>
/// <param name="TimesHelped">Same-day interventions the pupil was in during the period.</param>
public sealed record SchoolPupil(int YearGroup, bool PupilPremium, SenStatus Sen, bool Eal, bool LowerPriorAttainer, IReadOnlyList<MasteryStatus> Steps, int Answers, int RightAnswers, int TimesHelped)
{
    /// <summary>True when the pupil belongs to the group.</summary>
    public bool IsIn(PupilGroup group) => group switch
    {
        PupilGroup.PupilPremium => PupilPremium,
        PupilGroup.Send => Sen != SenStatus.None,
        PupilGroup.Eal => Eal,
        PupilGroup.LowerPriorAttainers => LowerPriorAttainer,
    };

    /// <summary>
    /// Where the pupil stands overall, counted once, first rule that applies: nothing taught (or
    /// every step judged not yet taught) is <see cref="MasteryStatus.NotYetTaught"/>; any step
    /// needing same-day help makes it <see cref="MasteryStatus.NeedsSameDayHelp"/>, because that
    /// is what a school must act on today; then any step to check again; secure only when secure on
    /// every step taught; otherwise keeping up.
    /// </summary>
    public MasteryStatus Overall
    {
        get
        {
            var taught = 0;
            var secure = 0;
            var checkAgain = false;
            foreach (var status in Steps)
            {
                switch (status)
                {
                    case MasteryStatus.NotYetTaught:
                        continue;
                    case MasteryStatus.NeedsSameDayHelp:
                        return MasteryStatus.NeedsSameDayHelp;
                    case MasteryStatus.CheckAgain:
                        checkAgain = true;
                        break;
                    case MasteryStatus.Secure:
                        secure++;
                        break;
                    case MasteryStatus.KeepingUp:
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown mastery status.");
                }

                taught++;
            }

            return taught == 0 ? MasteryStatus.NotYetTaught
                : checkAgain ? MasteryStatus.CheckAgain
                : secure == taught ? MasteryStatus.Secure
                : MasteryStatus.KeepingUp;
        }
    }
}
