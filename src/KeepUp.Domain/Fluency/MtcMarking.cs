using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeepUp.Domain.Fluency;

/// <summary>One marked check question.</summary>
/// <param name="Position">Its place on the form, from 1.</param>
/// <param name="Item">The question.</param>
/// <param name="Answer">What the pupil typed ("" when nothing).</param>
/// <param name="Correct">True when right.</param>
/// <param name="Family">The strategy family of the fact, for follow-up practice.</param>
public sealed record MtcMarkedItem(int Position, MtcItem Item, string Answer, bool Correct, StrategyFamily Family);

/// <summary>
/// A marked multiplication tables check: the score out of 25 as the official check gives it and,
/// beyond it, each question's answer and the strategy families to work on.
/// </summary>
/// <param name="Score">Right answers.</param>
/// <param name="OutOf">Scored questions on the form: 25.</param>
/// <param name="Items">Each question, in the order asked.</param>
/// <param name="FamiliesToWorkOn">Families of the wrong answers, the most missed first.</param>
public sealed record MtcResult(int Score, int OutOf, IReadOnlyList<MtcMarkedItem> Items, IReadOnlyList<StrategyFamily> FamiliesToWorkOn);

/// <summary>Marks a pupil's multiplication tables check; the practice questions are never marked.</summary>
public static class MtcMarking
{
    /// <summary>
    /// Marks one answer per scored question, in order (null or "" for a blank or timed-out
    /// answer). Throws when the number of answers does not match the form: the server refuses
    /// such a submission before marking.
    /// </summary>
    public static MtcResult Mark(MtcForm form, IReadOnlyList<string?> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != form.Questions.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The form has {form.Questions.Count} questions but {answers.Count} answers were given."), nameof(answers));
        }

        var items = form.Questions
            .Select((item, i) => new MtcMarkedItem(
                i + 1, item, answers[i] ?? string.Empty, MtcAnswer.IsRight(answers[i], item.Product), FactCatalogue.Get(item.FactId).Family))
            .ToList();
        var families = items.Where(i => !i.Correct)
            .GroupBy(i => i.Family)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .ToList();
        return new MtcResult(items.Count(i => i.Correct), items.Count, items, families);
    }
}
