using System.Collections.Generic;
using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Practice;

/// <summary>
/// An ordered run of 5–10 questions on one small step, in which each question differs from the one
/// before in a single declared way, ending with a question that asks pupils to look deeper.
/// </summary>
/// <param name="StepId">The step practised.</param>
/// <param name="GeneratorVersion">The version of the generator that made it.</param>
/// <param name="Seed">The seed it was made from.</param>
/// <param name="Questions">The questions, in teaching order.</param>
public sealed record VariationSet(StepId StepId, int GeneratorVersion, int Seed, IReadOnlyList<Question> Questions)
{
    /// <summary>The fewest questions a set holds.</summary>
    public const int MinimumQuestions = 5;

    /// <summary>The most questions a set holds.</summary>
    public const int MaximumQuestions = 10;

    /// <summary>The largest seed; seeds run from 0 to this.</summary>
    public const int MaximumSeed = int.MaxValue;
}
