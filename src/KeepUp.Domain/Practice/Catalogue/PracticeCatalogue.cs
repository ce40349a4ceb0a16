using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Generators;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>
/// Which generator writes the questions for each small step. A step with no entry has no
/// generator yet, and KeepUp says so rather than offering unrelated questions.
/// </summary>
public sealed class PracticeCatalogue
{
    private readonly Dictionary<string, QuestionGenerator> generators;

    /// <summary>Builds a catalogue from (step id, generator) pairs; a step listed twice is a mistake.</summary>
    public PracticeCatalogue(IEnumerable<KeyValuePair<string, QuestionGenerator>> entries)
    {
        generators = new Dictionary<string, QuestionGenerator>(StringComparer.Ordinal);
        foreach (var (stepId, generator) in entries)
        {
            if (!generators.TryAdd(stepId, generator))
            {
                throw new ArgumentException($"Step {stepId} has two generators.", nameof(entries));
            }
        }
    }

    /// <summary>The generators KeepUp ships, one per step of the number strands and of money, time and length.</summary>
    public static PracticeCatalogue Standard { get; } = new(
        NumberAndPlaceValueSteps.Generators
            .Concat(NumberFactsSteps.Generators)
            .Concat(AdditionAndSubtractionSteps.Generators)
            .Concat(MultiplicationAndDivisionSteps.Generators)
            .Concat(FractionsSteps.Generators)
            .Concat(DecimalsAndPercentagesSteps.Generators)
            .Concat(MeasurementSteps.Generators));

    /// <summary>The ids of every step that has a generator.</summary>
    public IEnumerable<string> StepIds => generators.Keys;

    /// <summary>The generator for a step, or null when it has none yet.</summary>
    public QuestionGenerator? For(StepId step) => generators.GetValueOrDefault(step.Value);

    /// <summary>The variation set for a step and seed, or null when the step has no generator.</summary>
    public VariationSet? Generate(SmallStep step, int seed)
    {
        ArgumentNullException.ThrowIfNull(step);
        return For(step.Id)?.Generate(step, seed);
    }
}
