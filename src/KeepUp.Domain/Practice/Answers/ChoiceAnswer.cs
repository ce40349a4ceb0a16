using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Practice.Answers;

/// <summary>
/// One option out of several: multiple choice, true or false, always / sometimes / never, or
/// which picture matches. An answer that is none of the options is not counted wrong, just unread.
/// </summary>
/// <param name="Right">The right option.</param>
/// <param name="Options">Every option shown.</param>
public sealed record ChoiceAnswer(string Right, IReadOnlyList<string> Options) : ExpectedAnswer
{
    /// <summary>The options for a true-or-false question.</summary>
    public static readonly IReadOnlyList<string> TrueOrFalse = ["True", "False"];

    /// <summary>The options for an always / sometimes / never question.</summary>
    public static readonly IReadOnlyList<string> AlwaysSometimesNever = ["Always", "Sometimes", "Never"];

    /// <inheritdoc />
    public override string Canonical => Right;

    /// <inheritdoc />
    protected override AnswerVerdict CheckTidy(string text)
    {
        var option = Options.FirstOrDefault(o => Same(o, text));
        if (option is null)
        {
            return AnswerVerdict.Unreadable($"Choose one of: {string.Join(", ", Options)}.");
        }

        return Same(option, Right) ? AnswerVerdict.Right() : AnswerVerdict.Wrong();
    }

    private static bool Same(string option, string text) =>
        string.Equals(AnswerText.Tidy(option), AnswerText.Tidy(text), StringComparison.OrdinalIgnoreCase)
        || (AnswerText.ReadNumber(AnswerText.Tidy(option)) is { } a && AnswerText.ReadNumber(AnswerText.Tidy(text)) is { } b && a.Value == b.Value
            && a.Shape == b.Shape && a.Numerator == b.Numerator && a.Denominator == b.Denominator);
}
