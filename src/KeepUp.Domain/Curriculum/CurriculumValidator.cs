using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Curriculum;

/// <summary>
/// Checks a <see cref="CurriculumDraft"/> against the rules every plan relies on — known codes,
/// full coverage of the ready-to-progress criteria and statutory statements, prerequisites that
/// come earlier and form no cycle — and builds the <see cref="CurriculumMap"/> when all is well.
/// </summary>
public static class CurriculumValidator
{
    /// <summary>How many ready-to-progress criteria each year group has (DfE, 2020): 79 in all.</summary>
    public static IReadOnlyDictionary<int, int> CriteriaPerYear { get; } =
        new Dictionary<int, int> { [1] = 8, [2] = 10, [3] = 17, [4] = 16, [5] = 16, [6] = 12 };

    /// <summary>How many statutory statements each year group has (2014 programme of study): 227 in all.</summary>
    public static IReadOnlyDictionary<int, int> StatementsPerYear { get; } =
        new Dictionary<int, int> { [1] = 20, [2] = 34, [3] = 33, [4] = 42, [5] = 49, [6] = 49 };

    /// <summary>Validates the draft; returns the curriculum, or every problem found.</summary>
    public static CurriculumValidation Validate(CurriculumDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<CurriculumProblem>();
        CheckReferenceCounts(draft, problems);

        var built = new StepBuilder(draft, problems).Build();
        var steps = built.Steps;
        CheckPrerequisites(steps, built.Files, problems);
        CheckCoverage(draft, steps, problems);

        return problems.Count > 0
            ? new CurriculumValidation(null, problems)
            : new CurriculumValidation(new CurriculumMap(steps, built.Blocks, draft.Criteria, draft.Statements), problems);
    }

    private static void CheckReferenceCounts(CurriculumDraft draft, List<CurriculumProblem> problems)
    {
        foreach (var (year, expected) in CriteriaPerYear)
        {
            var count = draft.Criteria.Count(c => c.Year == year);
            if (count != expected)
            {
                problems.Add(new(draft.ReferenceFile.Criteria, null, FormattableString.Invariant($"Year {year} should have {expected} ready-to-progress criteria but has {count}.")));
            }
        }

        foreach (var (year, expected) in StatementsPerYear)
        {
            var count = draft.Statements.Count(s => s.Year == year);
            if (count != expected)
            {
                problems.Add(new(draft.ReferenceFile.Statements, null, FormattableString.Invariant($"Year {year} should have {expected} National Curriculum statements but has {count}.")));
            }
        }

        foreach (var duplicate in draft.Criteria.GroupBy(c => c.Code).Where(g => g.Count() > 1))
        {
            problems.Add(new(draft.ReferenceFile.Criteria, null, $"Criterion {duplicate.Key} is listed more than once."));
        }

        foreach (var duplicate in draft.Statements.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new(draft.ReferenceFile.Statements, null, $"Statement {duplicate.Key} is listed more than once."));
        }
    }

    private static void CheckPrerequisites(IReadOnlyList<SmallStep> steps, IReadOnlyDictionary<StepId, string> files, List<CurriculumProblem> problems)
    {
        var byId = steps.ToDictionary(s => s.Id);
        foreach (var step in steps)
        {
            foreach (var prerequisite in step.Prerequisites)
            {
                if (!byId.TryGetValue(prerequisite, out var earlier))
                {
                    problems.Add(new(files[step.Id], step.Id.Value, $"Prerequisite '{prerequisite}' is not a step."));
                }
                else if (earlier.Year > step.Year || (earlier.Year == step.Year && !earlier.Sequence.ComesBefore(step.Sequence)))
                {
                    problems.Add(new(files[step.Id], step.Id.Value, $"Prerequisite '{prerequisite}' is taught after this step; a prerequisite must come earlier in the year or in an earlier year."));
                }
            }
        }

        foreach (var cycle in PrerequisiteCycles.Find(steps))
        {
            problems.Add(new(files[cycle[0]], cycle[0].Value, "Prerequisites form a cycle: " + string.Join(" → ", cycle.Select(c => c.Value)) + "."));
        }
    }

    private static void CheckCoverage(CurriculumDraft draft, IReadOnlyList<SmallStep> steps, List<CurriculumProblem> problems)
    {
        var servedCriteria = steps.SelectMany(s => s.ReadyToProgress).ToHashSet(StringComparer.Ordinal);
        foreach (var criterion in draft.Criteria.Where(c => !servedCriteria.Contains(c.Code)))
        {
            problems.Add(new(draft.ReferenceFile.Criteria, null, $"Ready-to-progress criterion {criterion.Code} is not served by any step."));
        }

        var servedStatements = steps.SelectMany(s => s.NationalCurriculum).ToHashSet(StringComparer.Ordinal);
        foreach (var statement in draft.Statements.Where(s => !servedStatements.Contains(s.Id)))
        {
            problems.Add(new(draft.ReferenceFile.Statements, null, $"National Curriculum statement {statement.Id} is not served by any step."));
        }
    }
}

/// <summary>The outcome of validation: a curriculum when there are no problems.</summary>
/// <param name="Curriculum">The curriculum, or null when problems were found.</param>
/// <param name="Problems">Every problem found, in file order.</param>
public sealed record CurriculumValidation(CurriculumMap? Curriculum, IReadOnlyList<CurriculumProblem> Problems)
{
    /// <summary>True when the curriculum can be used.</summary>
    public bool IsValid => Curriculum is not null;
}
