using System;
using System.Collections.Generic;
using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// The counts behind one bar of the school picture: a set of pupils (a year group, a pupil group or
/// the rest), how many stand where overall, how their steps stand, their answers and the same-day
/// help they had. Shares are null where there is nothing to divide by, never a misleading 0%.
/// </summary>
public sealed class MasteryTally
{
    /// <summary>
    /// Fewer pupils than this are "too few to compare": with two pupils one answer swings a share by
    /// half, and a head must not read a trend into it.
    /// </summary>
    public const int FewestToCompare = 5;

    private readonly int[] byStatus;

    private MasteryTally(int pupils, int[] byStatus, int stepStandings, int secureSteps, int answers, int rightAnswers, int timesHelped)
    {
        Pupils = pupils;
        this.byStatus = byStatus;
        StepStandings = stepStandings;
        SecureSteps = secureSteps;
        Answers = answers;
        RightAnswers = rightAnswers;
        TimesHelped = timesHelped;
    }

    /// <summary>How many pupils.</summary>
    public int Pupils { get; }

    /// <summary>Pupil × taught step pairs (steps judged not yet taught left out).</summary>
    public int StepStandings { get; }

    /// <summary>How many of those pairs are secure.</summary>
    public int SecureSteps { get; }

    /// <summary>Answers given in the period.</summary>
    public int Answers { get; }

    /// <summary>Right answers in the period.</summary>
    public int RightAnswers { get; }

    /// <summary>Times these pupils were in a same-day intervention in the period.</summary>
    public int TimesHelped { get; }

    /// <summary>True when there are fewer than <see cref="FewestToCompare"/> pupils: show the count, not the shares.</summary>
    public bool TooFewToCompare => Pupils < FewestToCompare;

    /// <summary>Pupils whose overall standing (see <see cref="SchoolPupil.Overall"/>) is this status.</summary>
    public int PupilsWith(MasteryStatus status) => byStatus[(int)status];

    /// <summary>The share of the pupils whose overall standing is this status; null for no pupils.</summary>
    public double? ShareWith(MasteryStatus status) => Pupils == 0 ? null : (double)PupilsWith(status) / Pupils;

    /// <summary>The share of answers that were right; null when there were no answers.</summary>
    public double? ShareRight => Answers == 0 ? null : (double)RightAnswers / Answers;

    /// <summary>The share of pupil × taught step pairs that are secure; null when nothing was taught.</summary>
    public double? ShareOfStepsSecure => StepStandings == 0 ? null : (double)SecureSteps / StepStandings;

    /// <summary>Same-day interventions per pupil, so groups of different sizes can be compared; null for no pupils.</summary>
    public double? TimesHelpedPerPupil => Pupils == 0 ? null : (double)TimesHelped / Pupils;

    /// <summary>
    /// The same counts with answers of pupils erased on request added: they were given, so the
    /// answers and the share right include them, but they are no pupil and no step standing.
    /// </summary>
    public MasteryTally WithErasedAnswers(int answers, int rightAnswers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(answers);
        ArgumentOutOfRangeException.ThrowIfNegative(rightAnswers);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rightAnswers, answers);
        return answers == 0 ? this : new MasteryTally(Pupils, byStatus, StepStandings, SecureSteps, Answers + answers, RightAnswers + rightAnswers, TimesHelped);
    }

    /// <summary>Counts a set of pupils.</summary>
    public static MasteryTally Of(IEnumerable<SchoolPupil> pupils)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        var byStatus = new int[Enum.GetValues<MasteryStatus>().Length];
        int count = 0, standings = 0, secure = 0, answers = 0, right = 0, helped = 0;
        foreach (var pupil in pupils)
        {
            count++;
            byStatus[(int)pupil.Overall]++;
            foreach (var status in pupil.Steps)
            {
                if (status != MasteryStatus.NotYetTaught)
                {
                    standings++;
                    secure += status == MasteryStatus.Secure ? 1 : 0;
                }
            }

            answers += pupil.Answers;
            right += pupil.RightAnswers;
            helped += pupil.TimesHelped;
        }

        return new MasteryTally(count, byStatus, standings, secure, answers, right, helped);
    }
}
