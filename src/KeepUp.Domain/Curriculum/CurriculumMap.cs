using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Curriculum;

/// <summary>
/// The whole primary curriculum as a coherent graph of small steps: every step in teaching order,
/// the blocks that group them, and what each step builds on and leads to. Built only by
/// <see cref="CurriculumValidator"/>, so it is always complete and consistent.
/// </summary>
public sealed class CurriculumMap
{
    private readonly FrozenDictionary<StepId, SmallStep> byId;
    private readonly FrozenDictionary<StepId, IReadOnlyList<SmallStep>> leadsTo;
    private readonly FrozenDictionary<string, IReadOnlyList<SmallStep>> byCode;
    private readonly FrozenDictionary<StepId, (string Title, string Body)> searchText;

    internal CurriculumMap(
        IReadOnlyList<SmallStep> steps,
        IReadOnlyList<Block> blocks,
        IReadOnlyList<ReadyToProgressCriterion> criteria,
        IReadOnlyList<NationalCurriculumStatement> statements)
    {
        Steps = steps;
        Blocks = blocks;
        Criteria = criteria;
        Statements = statements;
        byId = steps.ToFrozenDictionary(s => s.Id);
        leadsTo = steps
            .SelectMany(s => s.Prerequisites.Select(p => (Prerequisite: p, Step: s)))
            .GroupBy(x => x.Prerequisite)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<SmallStep>)[.. g.Select(x => x.Step)]);
        byCode = steps
            .SelectMany(s => s.ReadyToProgress.Concat(s.NationalCurriculum).Select(code => (Code: code, Step: s)))
            .GroupBy(x => x.Code, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<SmallStep>)[.. g.Select(x => x.Step)], StringComparer.OrdinalIgnoreCase);

        // Lower-cased once here, so a search does not rebuild every step's text per query.
        searchText = steps.ToFrozenDictionary(s => s.Id, s => (
            s.Title.ToLowerInvariant(),
            string.Join(' ', s.KeyLearningPoints.Concat(s.StemSentences).Concat(s.Misconceptions)
                .Concat(s.Representations.Select(r => r.Name)).Append(s.Sequence.BlockTitle)).ToLowerInvariant()));
    }

    /// <summary>Every step, in teaching order: by year, then block order, then position.</summary>
    public IReadOnlyList<SmallStep> Steps { get; }

    /// <summary>Every block, by year and order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The ready-to-progress criteria.</summary>
    public IReadOnlyList<ReadyToProgressCriterion> Criteria { get; }

    /// <summary>The National Curriculum statements.</summary>
    public IReadOnlyList<NationalCurriculumStatement> Statements { get; }

    /// <summary>Finds a step by id, or returns null.</summary>
    public SmallStep? Find(StepId id) => byId.GetValueOrDefault(id);

    /// <summary>Finds a step by the id as typed, or returns null.</summary>
    public SmallStep? Find(string id) => StepId.TryCreate(id, out var stepId) ? Find(stepId) : null;

    /// <summary>The steps of one year group, in teaching order.</summary>
    public IEnumerable<SmallStep> StepsOf(int year) => Steps.Where(s => s.Year == year);

    /// <summary>The blocks of one year group, in teaching order.</summary>
    public IEnumerable<Block> BlocksOf(int year) => Blocks.Where(b => b.Year == year);

    /// <summary>The steps of one block, in teaching order.</summary>
    public IEnumerable<SmallStep> StepsIn(Block block) =>
        Steps.Where(s => s.Year == block.Year && s.Sequence.BlockOrder == block.Order);

    /// <summary>The block a step is taught in.</summary>
    public Block BlockOf(SmallStep step) => Blocks.First(b => b.Year == step.Year && b.Order == step.Sequence.BlockOrder);

    /// <summary>The steps a step builds on.</summary>
    public IReadOnlyList<SmallStep> PrerequisitesOf(SmallStep step) => [.. step.Prerequisites.Select(id => byId[id])];

    /// <summary>The steps that build on a step.</summary>
    public IReadOnlyList<SmallStep> LeadsTo(SmallStep step) => leadsTo.GetValueOrDefault(step.Id) ?? [];

    /// <summary>The steps serving a ready-to-progress code or National Curriculum id (any letter case).</summary>
    public IReadOnlyList<SmallStep> Serving(string code) => byCode.GetValueOrDefault(code.Trim()) ?? [];

    /// <summary>A step's words for searching, lower-cased: its title, and the rest of its text.</summary>
    internal (string Title, string Body) SearchTextOf(SmallStep step) => searchText[step.Id];

    /// <summary>The criterion with this code, or null.</summary>
    public ReadyToProgressCriterion? Criterion(string code) =>
        Criteria.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The statement with this id, or null.</summary>
    public NationalCurriculumStatement? Statement(string id) =>
        Statements.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
}
