namespace KeepUp.Domain.Curriculum;

/// <summary>
/// A unit of teaching within a year, such as "Place value within 1,000": a run of small steps the
/// class works through together, placed in a term.
/// </summary>
/// <param name="Year">The year group, 1–6.</param>
/// <param name="Order">The block's place in the year's teaching sequence (1 is taught first).</param>
/// <param name="Term">The term it is taught in.</param>
/// <param name="Title">Its name, as a teacher would say it.</param>
/// <param name="Strand">The strand it belongs to.</param>
public sealed record Block(int Year, int Order, Term Term, string Title, Strand Strand);

/// <summary>Where a step sits in its year: the term, the block and its position in that block.</summary>
/// <param name="Term">The term.</param>
/// <param name="BlockOrder">The block's order in the year.</param>
/// <param name="BlockTitle">The block's title.</param>
/// <param name="Position">The step's position in its block, from 1.</param>
public sealed record StepSequence(Term Term, int BlockOrder, string BlockTitle, int Position)
{
    /// <summary>True when this place comes before <paramref name="other"/> in the same year.</summary>
    public bool ComesBefore(StepSequence other) =>
        BlockOrder < other.BlockOrder || (BlockOrder == other.BlockOrder && Position < other.Position);
}
