namespace KeepUp.Domain.Practice;

/// <summary>
/// Where a question sits in its variation set and what changed from the question before it:
/// the one dimension a teacher varied on purpose so that the structure shows.
/// </summary>
/// <param name="Dimension">What changed from the previous question ("start" for the first).</param>
/// <param name="Position">The question's place in the set, counting from 1.</param>
public sealed record Variation(string Dimension, int Position)
{
    /// <summary>The dimension of the first question, which has nothing before it.</summary>
    public const string Start = "start";

    /// <summary>The dimension of the closing "what is the same, what is different?" or deepening question.</summary>
    public const string Deepening = "deepening";
}
