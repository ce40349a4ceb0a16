using System.Collections.Generic;

namespace KeepUp.Domain.Curriculum;

/// <summary>
/// A small step: one idea the whole class learns together in a lesson or two, with the key
/// learning points to secure, the stem sentences the class says aloud, the representations that
/// show its structure, and the misconceptions to look out for.
/// </summary>
public sealed record SmallStep
{
    /// <summary>The step's stable id.</summary>
    public required StepId Id { get; init; }

    /// <summary>The year group, 1–6.</summary>
    public required int Year { get; init; }

    /// <summary>The strand it belongs to.</summary>
    public required Strand Strand { get; init; }

    /// <summary>Its title, in teachers' words.</summary>
    public required string Title { get; init; }

    /// <summary>The ready-to-progress criteria it serves (codes such as <c>3NPV-2</c>).</summary>
    public required IReadOnlyList<string> ReadyToProgress { get; init; }

    /// <summary>The National Curriculum statements it serves (ids such as <c>NC-Y3-NPV-2</c>).</summary>
    public required IReadOnlyList<string> NationalCurriculum { get; init; }

    /// <summary>The steps a pupil must have grasped first.</summary>
    public required IReadOnlyList<StepId> Prerequisites { get; init; }

    /// <summary>The one to three things the pupil must grasp.</summary>
    public required IReadOnlyList<string> KeyLearningPoints { get; init; }

    /// <summary>Sentences the class says together to fix the idea in words (blanks shown as ___).</summary>
    public required IReadOnlyList<string> StemSentences { get; init; }

    /// <summary>The representations the step uses.</summary>
    public required IReadOnlyList<Representation> Representations { get; init; }

    /// <summary>The misconceptions the step is designed to surface and correct.</summary>
    public required IReadOnlyList<string> Misconceptions { get; init; }

    /// <summary>Where the step sits in its year.</summary>
    public required StepSequence Sequence { get; init; }
}
