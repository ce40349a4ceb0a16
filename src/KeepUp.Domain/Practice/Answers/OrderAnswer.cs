using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace KeepUp.Domain.Practice.Answers;

/// <summary>
/// A set put in order. Pupils list the numbers separated by commas, semicolons or spaces; a list
/// that does not use each number of the set once is unread rather than wrong.
/// </summary>
/// <param name="InOrder">The set's values in the right order.</param>
/// <param name="Written">How each value is written for pupils, in the same order.</param>
public sealed partial record OrderAnswer(IReadOnlyList<Fraction> InOrder, IReadOnlyList<string> Written) : ExpectedAnswer
{
    /// <inheritdoc />
    public override string Canonical => string.Join(", ", Written);

    /// <inheritdoc />
    protected override AnswerVerdict CheckTidy(string text)
    {
        var values = ReadList(text);
        if (values is null)
        {
            return AnswerVerdict.Unreadable("Write the numbers in order with a comma between each one, like 3, 5, 8.");
        }

        if (!values.Order().SequenceEqual(InOrder.Order()))
        {
            return AnswerVerdict.Unreadable("Use each number from the set once, with a comma between each one.");
        }

        return values.SequenceEqual(InOrder) ? AnswerVerdict.Right() : AnswerVerdict.Wrong();
    }

    /// <inheritdoc />
    protected override bool Matches(string choiceText, string written) =>
        ReadList(AnswerText.Tidy(choiceText)) is { } choice && ReadList(written) is { } pupil && choice.SequenceEqual(pupil);

    private List<Fraction>? ReadList(string text)
    {
        // A comma followed by a space, or a semicolon, always separates; a bare comma separates
        // only when the list would otherwise not have the right length (1,200 is one number).
        text = SpacedSlash().Replace(text, "/");
        var items = Separators().Split(text).Where(s => s.Length > 0).ToList();
        if (items.Count != InOrder.Count && items.Count == 1)
        {
            items = [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        }

        var values = new List<Fraction>(items.Count);
        foreach (var item in items)
        {
            var read = AnswerText.ReadNumber(item.Replace("£", string.Empty, StringComparison.Ordinal));
            if (read is null)
            {
                return null;
            }

            values.Add(read.Value);
        }

        return values;
    }

    [GeneratedRegex(" ?/ ?")]
    private static partial Regex SpacedSlash();

    [GeneratedRegex(@"\s*;\s*|,\s+|\s+(?![0-9]+/)")]
    private static partial Regex Separators();
}
