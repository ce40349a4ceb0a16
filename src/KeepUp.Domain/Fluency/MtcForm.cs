using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// A form of the multiplication tables check: three practice questions, never scored, then the
/// scored items in the order they are asked. Rebuilt exactly from its seed.
/// </summary>
/// <param name="Seed">The seed it was made from; the form's identity for "already used".</param>
/// <param name="Questions">The scored items, in order.</param>
public sealed record MtcForm(int Seed, IReadOnlyList<MtcItem> Questions)
{
    /// <summary>The practice questions asked before every check: 1 × 12, 2 × 2 and 10 × 10.</summary>
    public static readonly IReadOnlyList<MtcItem> PracticeQuestions = [new(1, 12), new(2, 2), new(10, 10)];

    /// <summary>True when the two forms ask the same items, in any order.</summary>
    public bool SameItemsAs(MtcForm other) =>
        other is not null && Questions.Count == other.Questions.Count && Questions.ToHashSet().SetEquals(other.Questions);
}
