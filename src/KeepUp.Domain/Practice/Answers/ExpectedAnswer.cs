using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Practice.Answers;

/// <summary>
/// The right answer to a question, with the rules for which ways of writing it count as right.
/// </summary>
public abstract record ExpectedAnswer
{
    /// <summary>The answer as a teacher would write it.</summary>
    public abstract string Canonical { get; }

    /// <summary>Checks what a pupil wrote; wrong choices let a wrong answer name its misconception.</summary>
    public AnswerVerdict Check(string? written, IReadOnlyList<Choice>? choices = null)
    {
        var text = AnswerText.Tidy(written);
        if (text.Length == 0)
        {
            return AnswerVerdict.Unreadable("Write your answer in the box first.");
        }

        if (text.Length > AnswerVerdict.MaximumLength)
        {
            return AnswerVerdict.Unreadable("That answer is too long. Write just the answer.");
        }

        var verdict = CheckTidy(text);
        if (verdict.Correct || !verdict.WellFormed || choices is null)
        {
            return verdict;
        }

        var known = choices.FirstOrDefault(c => !c.Correct && c.Misconception is not null && Matches(c.Text, text));
        return known is null ? verdict : verdict with { Misconception = known.Misconception };
    }

    /// <summary>Checks an answer that has been trimmed and is not empty.</summary>
    protected abstract AnswerVerdict CheckTidy(string text);

    /// <summary>True when a pupil's answer says the same as a wrong choice's text.</summary>
    protected virtual bool Matches(string choiceText, string written) =>
        string.Equals(AnswerText.Tidy(choiceText), written, StringComparison.OrdinalIgnoreCase);
}
