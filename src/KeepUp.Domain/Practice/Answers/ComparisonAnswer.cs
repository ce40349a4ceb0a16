using System;

namespace KeepUp.Domain.Practice.Answers;

/// <summary>The sign that goes between two amounts: &lt;, &gt; or =. Words count too.</summary>
/// <param name="Sign">The right sign.</param>
public sealed record ComparisonAnswer(char Sign) : ExpectedAnswer
{
    /// <summary>The three signs a pupil chooses from.</summary>
    public static readonly string[] Signs = ["<", ">", "="];

    /// <inheritdoc />
    public override string Canonical => Sign.ToString();

    /// <summary>Reads a sign or its words; null when it is neither.</summary>
    public static char? ReadSign(string tidy) => tidy.ToLowerInvariant() switch
    {
        "<" or "less than" or "is less than" or "smaller than" or "fewer than" => '<',
        ">" or "greater than" or "is greater than" or "more than" or "bigger than" or "larger than" => '>',
        "=" or "equals" or "equal" or "equal to" or "is equal to" or "the same as" => '=',
        _ => null,
    };

    /// <inheritdoc />
    protected override AnswerVerdict CheckTidy(string text) => ReadSign(text) switch
    {
        null => AnswerVerdict.Unreadable("Choose one of the signs: <, > or =."),
        var sign when sign == Sign => AnswerVerdict.Right(),
        _ => AnswerVerdict.Wrong(),
    };

    /// <inheritdoc />
    protected override bool Matches(string choiceText, string written) =>
        ReadSign(AnswerText.Tidy(choiceText)) is { } choice && choice == ReadSign(written);

    /// <summary>The sign that is true between two values.</summary>
    public static char Between(Fraction left, Fraction right) => Math.Sign(left.CompareTo(right)) switch
    {
        < 0 => '<',
        > 0 => '>',
        _ => '=',
    };
}
