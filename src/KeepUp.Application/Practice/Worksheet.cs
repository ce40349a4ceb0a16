using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice;

namespace KeepUp.Application.Practice;

/// <summary>
/// A run of printed practice sheets on one step, one per pupil: every sheet has the same structure
/// (the step's generator), but its own seed, so neighbours cannot copy and a TA can still mark them
/// all against one answers page per sheet.
/// </summary>
/// <param name="Step">The step practised.</param>
/// <param name="Sheets">The sheets, numbered from 1; sheet n has seed <c>first seed + n − 1</c>.</param>
public sealed record Worksheet(SmallStep Step, IReadOnlyList<WorksheetSheet> Sheets)
{
    /// <summary>The seed of the first sheet.</summary>
    public int FirstSeed => Sheets[0].Set.Seed;
}

/// <summary>One pupil's sheet: its number in the run (from 1) and its variation set.</summary>
public sealed record WorksheetSheet(int Number, VariationSet Set)
{
    /// <summary>The questions that practise the step, in order.</summary>
    public IEnumerable<Question> Practice => Set.Questions.Where(q => !IsDeepening(q));

    /// <summary>The closing "look deeper" questions, printed under their own heading.</summary>
    public IEnumerable<Question> Deepening => Set.Questions.Where(IsDeepening);

    /// <summary>True for a question that asks pupils to reason about the set rather than practise it.</summary>
    public static bool IsDeepening(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Variation.Dimension == Variation.Deepening;
    }
}
