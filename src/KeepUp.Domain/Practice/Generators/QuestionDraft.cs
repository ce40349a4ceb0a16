using System.Collections.Generic;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice.Generators;

/// <summary>A wrong answer a generator expects, and the misconception that leads to it.</summary>
/// <param name="Text">The wrong answer as a pupil would write it.</param>
/// <param name="Misconception">What a pupil who gives it probably believes, in a teacher's words.</param>
public sealed record WrongAnswer(string Text, string Misconception);

/// <summary>
/// A question as a generator first writes it, before <see cref="QuestionGenerator"/> numbers it,
/// checks it and adds the step's stem sentence to its explanation.
/// </summary>
public sealed record QuestionDraft
{
    /// <summary>How the question asks for its answer.</summary>
    public required QuestionFormat Format { get; init; }

    /// <summary>What the pupil reads.</summary>
    public required string Prompt { get; init; }

    /// <summary>The representation shown, if any.</summary>
    public Picture? Picture { get; init; }

    /// <summary>The right answer.</summary>
    public required ExpectedAnswer Answer { get; init; }

    /// <summary>Wrong answers with their misconceptions; duplicates and any that equal the answer are dropped.</summary>
    public IReadOnlyList<WrongAnswer> Wrong { get; init; } = [];

    /// <summary>The worked line of the explanation, for example "243 + 30: 4 tens + 3 tens = 7 tens, so 273."</summary>
    public required string Worked { get; init; }

    /// <summary>Which of the step's stem sentences the explanation uses (0 for the first).</summary>
    public int StemSentence { get; init; }

    /// <summary>What changed from the previous question (see <see cref="Variation"/>).</summary>
    public required string Dimension { get; init; }

    /// <summary>The values that define the question, by dimension name.</summary>
    public required IReadOnlyDictionary<string, string> Features { get; init; }
}
