using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice;

/// <summary>
/// One practice question, rebuilt exactly from its step, generator version, seed and index.
/// </summary>
public sealed record Question
{
    /// <summary>The small step it practises.</summary>
    public required StepId StepId { get; init; }

    /// <summary>The version of the generator that made it; a change to a generator bumps this.</summary>
    public required int GeneratorVersion { get; init; }

    /// <summary>The seed of its variation set.</summary>
    public required int Seed { get; init; }

    /// <summary>Its place in the variation set, counting from 1.</summary>
    public required int Index { get; init; }

    /// <summary>How the question asks for its answer.</summary>
    public required QuestionFormat Format { get; init; }

    /// <summary>What the pupil reads.</summary>
    public required string Prompt { get; init; }

    /// <summary>The representation shown with it, if any.</summary>
    public Picture? Picture { get; init; }

    /// <summary>The right answer and the forms of it that count as right.</summary>
    public required ExpectedAnswer Answer { get; init; }

    /// <summary>The right answer and up to three wrong ones, each naming its misconception.</summary>
    public required IReadOnlyList<Choice> Choices { get; init; }

    /// <summary>A short worked explanation that uses the step's stem sentence.</summary>
    public required string Explanation { get; init; }

    /// <summary>What changed from the question before.</summary>
    public required Variation Variation { get; init; }

    /// <summary>
    /// The values that define the question, by dimension name (for example "first number" → "13").
    /// Neighbouring questions differ in exactly the dimension their <see cref="Variation"/> names.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Features { get; init; }
}
