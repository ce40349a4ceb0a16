namespace KeepUp.Domain.Practice.Answers;

/// <summary>
/// What the checker decided about a pupil's answer. A malformed answer (not a number, not one
/// of the choices) is told apart from a wrong one, so a child who typed "5o" is asked to try
/// writing it again rather than told their maths is wrong.
/// </summary>
/// <param name="Correct">True only when the answer is right in the form the question asks for.</param>
/// <param name="WellFormed">False when the checker could not read the answer at all.</param>
/// <param name="Feedback">Kind words a child understands.</param>
/// <param name="Misconception">For a wrong answer that matches a known wrong choice, the misconception it reveals (for the teacher).</param>
public sealed record AnswerVerdict(bool Correct, bool WellFormed, string Feedback, string? Misconception = null)
{
    /// <summary>The longest answer the checker reads.</summary>
    public const int MaximumLength = 100;

    internal static AnswerVerdict Right() => new(true, true, "Yes, that's right. Well done!");

    internal static AnswerVerdict Wrong() => new(false, true, "Not quite. Have another look and try again.");

    internal static AnswerVerdict RightValueWrongForm(string form) =>
        new(false, true, $"That has the right value. Now write it {form}.");

    internal static AnswerVerdict Unreadable(string hint) => new(false, false, hint);
}
