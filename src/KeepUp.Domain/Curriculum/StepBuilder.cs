using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Curriculum;

/// <summary>
/// Turns the drafts of each file into steps and blocks, reporting every field that is missing or
/// outside the vocabulary. Cross-step rules (prerequisites, coverage) are checked afterwards.
/// </summary>
internal sealed class StepBuilder(CurriculumDraft draft, List<CurriculumProblem> problems)
{
    private readonly Dictionary<string, ReadyToProgressCriterion> criteria =
        draft.Criteria.GroupBy(c => c.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly Dictionary<string, NationalCurriculumStatement> statements =
        draft.Statements.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly List<SmallStep> steps = [];
    private readonly List<Block> blocks = [];
    private readonly Dictionary<StepId, string> files = [];
    private readonly Dictionary<(int Year, int Order), string> blockOrders = [];

    public (IReadOnlyList<SmallStep> Steps, IReadOnlyList<Block> Blocks, IReadOnlyDictionary<StepId, string> Files) Build()
    {
        foreach (var file in draft.Files)
        {
            AddFile(file);
        }

        CheckTermOrder();
        var ordered = steps
            .OrderBy(s => s.Year).ThenBy(s => s.Sequence.BlockOrder).ThenBy(s => s.Sequence.Position)
            .ToList();
        return (ordered, blocks.OrderBy(b => b.Year).ThenBy(b => b.Order).ToList(), files);
    }

    private void AddFile(StrandFileDraft file)
    {
        var year = file.Year;
        if (year is null or < 1 or > 6)
        {
            Problem(file.File, null, "The file needs 'year' between 1 and 6.");
            return;
        }

        if (!Enum.TryParse<Strand>(file.Strand, ignoreCase: false, out var strand) || !Enum.IsDefined(strand))
        {
            Problem(file.File, null, $"The file needs 'strand', one of {string.Join(", ", Enum.GetNames<Strand>())}; found '{file.Strand}'.");
            return;
        }

        if (file.Blocks.Count == 0)
        {
            Problem(file.File, null, "The file has no blocks.");
        }

        foreach (var block in file.Blocks)
        {
            AddBlock(file.File, year.Value, strand, block);
        }
    }

    private void AddBlock(string file, int year, Strand strand, BlockDraft draftBlock)
    {
        if (draftBlock.Order is not { } order || order < 1)
        {
            Problem(file, null, $"Block '{draftBlock.Title}' needs 'order', a whole number from 1.");
            return;
        }

        if (!Enum.TryParse<Term>(draftBlock.Term, ignoreCase: false, out var term) || !Enum.IsDefined(term))
        {
            Problem(file, null, $"Block '{draftBlock.Title}' needs 'term': Autumn, Spring or Summer; found '{draftBlock.Term}'.");
            return;
        }

        if (string.IsNullOrWhiteSpace(draftBlock.Title))
        {
            Problem(file, null, FormattableString.Invariant($"Block {order} needs a title."));
            return;
        }

        if (!blockOrders.TryAdd((year, order), file))
        {
            Problem(file, null, FormattableString.Invariant($"Block order {order} of Year {year} is already used in {blockOrders[(year, order)]}."));
            return;
        }

        if (draftBlock.Steps.Count == 0)
        {
            Problem(file, null, $"Block '{draftBlock.Title}' has no steps.");
        }

        blocks.Add(new Block(year, order, term, draftBlock.Title, strand));
        var position = 0;
        foreach (var step in draftBlock.Steps)
        {
            position++;
            AddStep(file, year, strand, new StepSequence(term, order, draftBlock.Title, position), step);
        }
    }

    private void AddStep(string file, int year, Strand strand, StepSequence sequence, StepDraft step)
    {
        if (!StepId.TryCreate(step.Id, out var id) || id.Year != year)
        {
            Problem(file, step.Id ?? FormattableString.Invariant($"(step {sequence.Position} of '{sequence.BlockTitle}')"),
                FormattableString.Invariant($"The id must be lower-case words joined by hyphens, starting 'y{year}-'."));
            return;
        }

        if (files.TryGetValue(id, out var firstFile))
        {
            Problem(file, id.Value, $"The id is already used in {firstFile}.");
            return;
        }

        files[id] = file;
        var problemsBefore = problems.Count;
        void Report(string message) => Problem(file, id.Value, message);

        if (string.IsNullOrWhiteSpace(step.Title))
        {
            Report("The step needs a title.");
        }

        if (step.KeyLearningPoints.Count is < 1 or > 3 || step.KeyLearningPoints.Any(string.IsNullOrWhiteSpace))
        {
            Report(FormattableString.Invariant($"A step needs 1 to 3 key learning points, none blank; found {step.KeyLearningPoints.Count}."));
        }

        if (step.StemSentences.Count == 0 || step.StemSentences.Any(string.IsNullOrWhiteSpace))
        {
            Report("A step needs at least one stem sentence, none blank.");
        }

        if (step.Misconceptions.Any(string.IsNullOrWhiteSpace))
        {
            Report("A misconception is blank.");
        }

        var representations = new List<Representation>();
        foreach (var name in step.Representations)
        {
            if (Representation.Find(name) is { } representation)
            {
                representations.Add(representation);
            }
            else
            {
                Report($"Representation '{name}' is not in the vocabulary (see content/curriculum/README.md).");
            }
        }

        CheckCodes(step, year, Report);
        var prerequisites = new List<StepId>();
        foreach (var text in step.Prerequisites)
        {
            if (StepId.TryCreate(text, out var prerequisite))
            {
                prerequisites.Add(prerequisite);
            }
            else
            {
                Report($"Prerequisite '{text}' is not a step id.");
            }
        }

        if (problems.Count > problemsBefore)
        {
            return;
        }

        steps.Add(new SmallStep
        {
            Id = id,
            Year = year,
            Strand = strand,
            Title = step.Title!.Trim(),
            ReadyToProgress = step.ReadyToProgress,
            NationalCurriculum = step.NationalCurriculum,
            Prerequisites = prerequisites,
            KeyLearningPoints = step.KeyLearningPoints,
            StemSentences = step.StemSentences,
            Representations = representations,
            Misconceptions = step.Misconceptions,
            Sequence = sequence,
        });
    }

    private void CheckCodes(StepDraft step, int year, Action<string> report)
    {
        foreach (var code in step.ReadyToProgress)
        {
            if (!criteria.TryGetValue(code, out var criterion))
            {
                report($"Ready-to-progress code '{code}' is not a known criterion.");
            }
            else if (criterion.Year != year)
            {
                report(FormattableString.Invariant($"Ready-to-progress code '{code}' belongs to Year {criterion.Year}, not Year {year}."));
            }
        }

        foreach (var code in step.NationalCurriculum)
        {
            if (!statements.TryGetValue(code, out var statement))
            {
                report($"National Curriculum id '{code}' is not a known statement.");
            }
            else if (statement.Year != year)
            {
                report(FormattableString.Invariant($"National Curriculum id '{code}' belongs to Year {statement.Year}, not Year {year}."));
            }
        }
    }

    private void CheckTermOrder()
    {
        foreach (var year in blocks.GroupBy(b => b.Year))
        {
            Block? previous = null;
            foreach (var block in year.OrderBy(b => b.Order))
            {
                if (previous is not null && previous.Term > block.Term)
                {
                    Problem(blockOrders[(block.Year, block.Order)], null,
                        FormattableString.Invariant($"Block {block.Order} '{block.Title}' is in {block.Term} but comes after block {previous.Order} in {previous.Term}."));
                }

                previous = block;
            }
        }
    }

    private void Problem(string file, string? stepId, string message) => problems.Add(new(file, stepId, message));
}
