using System.Text.RegularExpressions;

namespace KeepUp.Domain.Practice.Answers;

/// <summary>
/// An amount of money. "£2.50", "£2.5" and "250p" are all right; a bare number is read in the
/// unit the question shows beside the box.
/// </summary>
/// <param name="Pence">The right amount in pence.</param>
/// <param name="BoxUnit">The unit printed beside the answer box, which a bare number is read in.</param>
public sealed partial record MoneyAnswer(long Pence, MoneyUnit BoxUnit = MoneyUnit.Pounds) : ExpectedAnswer
{
    /// <inheritdoc />
    public override string Canonical => BoxUnit == MoneyUnit.Pence ? PupilNumber.Whole(Pence) + "p" : PupilNumber.Pounds(Pence);

    /// <summary>Reads an amount of money in pence; null when it is not one.</summary>
    public static long? ReadPence(string tidy, MoneyUnit boxUnit)
    {
        var match = Amount().Match(tidy.ToLowerInvariant());
        if (!match.Success || (match.Groups["pound"].Success && match.Groups["p"].Success))
        {
            return null;
        }

        var number = AnswerText.ReadNumber(match.Groups["n"].Value);
        if (number is null || number.Shape is NumberShape.Fraction or NumberShape.MixedNumber)
        {
            return null;
        }

        var inPounds = match.Groups["pound"].Success || (!match.Groups["p"].Success && boxUnit == MoneyUnit.Pounds);
        var pence = inPounds ? number.Value * Fraction.Whole(100) : number.Value;
        return pence.IsWhole ? pence.Numerator : null;
    }

    /// <inheritdoc />
    protected override AnswerVerdict CheckTidy(string text)
    {
        var pence = ReadPence(text, BoxUnit);
        if (pence is null)
        {
            return AnswerVerdict.Unreadable("Write an amount of money, like £2.50 or 250p.");
        }

        return pence == Pence ? AnswerVerdict.Right() : AnswerVerdict.Wrong();
    }

    /// <inheritdoc />
    protected override bool Matches(string choiceText, string written) =>
        ReadPence(AnswerText.Tidy(choiceText), BoxUnit) is { } choice && choice == ReadPence(written, BoxUnit);

    [GeneratedRegex(@"^(?<pound>£ ?)?(?<n>[0-9][0-9,]*(\.[0-9]*)?|\.[0-9]+) ?(?<p>p|pence)?$")]
    private static partial Regex Amount();
}

/// <summary>The unit printed beside a money answer box.</summary>
public enum MoneyUnit
{
    /// <summary>£ □</summary>
    Pounds,

    /// <summary>□ p</summary>
    Pence,
}
