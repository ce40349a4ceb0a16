using KeepUp.Application.Common;
using KeepUp.Domain.Practice;

namespace KeepUp.Application.Practice;

/// <summary>
/// Builds a class set of worksheets: sheet n uses seed <c>seed + n − 1</c>, so the whole run is
/// rebuilt from (step, first seed, pupils) and any one sheet from its printed seed.
/// </summary>
public sealed class WorksheetQueries(PracticeQueries practice)
{
    public Result<Worksheet> Build(string stepId, long seed, int pupils)
    {
        ArgumentNullException.ThrowIfNull(stepId);
        if (pupils < 1)
        {
            return PracticeErrors.NoPupils(pupils);
        }

        if (pupils > WorksheetLimits.MaximumPupils)
        {
            return PracticeErrors.TooManyPupils(pupils);
        }

        var first = practice.Generate(stepId, seed);
        if (first.Value is not { } firstSet)
        {
            return first.Error!;
        }

        if (seed + pupils - 1 > VariationSet.MaximumSeed)
        {
            return PracticeErrors.SeedsRunOut(seed, pupils);
        }

        var sheets = new List<WorksheetSheet>(pupils) { new(1, firstSet.Set) };
        for (var number = 2; number <= pupils; number++)
        {
            // The step and seed were checked above, so each later set exists.
            sheets.Add(new WorksheetSheet(number, practice.Generate(stepId, seed + number - 1).Value!.Set));
        }

        return new Worksheet(firstSet.Step, sheets);
    }
}
