using KeepUp.Domain.Classroom;
using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Classroom;

/// <summary>Pupils for the school picture: a Year 4 pupil in no group, keeping up on one step, unless a test says otherwise.</summary>
internal static class SchoolPupilBuilder
{
    public static SchoolPupil Pupil(
        int year = 4,
        bool pupilPremium = false,
        SenStatus sen = SenStatus.None,
        bool eal = false,
        bool lowerPrior = false,
        MasteryStatus[]? steps = null,
        int answers = 0,
        int right = 0,
        int helped = 0) =>
        new(year, pupilPremium, sen, eal, lowerPrior, steps ?? [MasteryStatus.KeepingUp], answers, right, helped);

    public static SchoolPupil With(params MasteryStatus[] steps) => Pupil(steps: steps);

    public static IEnumerable<SchoolPupil> Times(int count, Func<int, SchoolPupil> pupil) => Enumerable.Range(0, count).Select(pupil);
}
