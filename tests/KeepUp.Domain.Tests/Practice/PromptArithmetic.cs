using System.Text.RegularExpressions;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Tests.Practice;

/// <summary>
/// An independent oracle: where a prompt is a number sentence with one box (243 + 30 = □,
/// □ − 4 = 9, 3/4 × 8 = □, £2.50 + 75p = □), it solves the sentence itself and so checks that
/// the generator's answer is right without trusting the generator.
/// </summary>
internal static partial class PromptArithmetic
{
    /// <summary>The value that fills the box, or null when the prompt is not a simple number sentence.</summary>
    public static Fraction? Solve(string prompt)
    {
        var match = Sentence().Match(prompt);
        if (!match.Success)
        {
            return null;
        }

        var (a, op, b, c) = (match.Groups["a"].Value, match.Groups["op"].Value, match.Groups["b"].Value, match.Groups["c"].Value);
        var boxes = new[] { a, b, c }.Count(t => t == PupilNumber.Box);
        if (boxes != 1)
        {
            return null;
        }

        Fraction? Read(string t) => t == PupilNumber.Box ? null : Value(t);
        var (x, y, z) = (Read(a), Read(b), Read(c));
        if ((a != PupilNumber.Box && x is null) || (b != PupilNumber.Box && y is null) || (c != PupilNumber.Box && z is null))
        {
            return null;
        }

        return op switch
        {
            "+" => c == PupilNumber.Box ? x!.Value + y!.Value : z!.Value - (a == PupilNumber.Box ? y!.Value : x!.Value),
            "\u2212" => c == PupilNumber.Box ? x!.Value - y!.Value : a == PupilNumber.Box ? z!.Value + y!.Value : x!.Value - z!.Value,
            "\u00D7" => c == PupilNumber.Box ? x!.Value * y!.Value : z!.Value / (a == PupilNumber.Box ? y!.Value : x!.Value),
            "\u00F7" => c == PupilNumber.Box ? x!.Value / y!.Value : a == PupilNumber.Box ? z!.Value * y!.Value : x!.Value / z!.Value,
            _ => null,
        };
    }

    /// <summary>The value of an answer, when it is a number or an amount of money.</summary>
    public static Fraction? ValueOf(ExpectedAnswer answer) => answer switch
    {
        NumberAnswer n => n.Value,
        MoneyAnswer m => m.BoxUnit == MoneyUnit.Pence ? Fraction.Whole(m.Pence) : Fraction.Of(m.Pence, 100),
        _ => null,
    };

    private static Fraction? Value(string text)
    {
        text = text.Trim();
        if (text.StartsWith('£'))
        {
            return AnswerText.ReadNumber(text[1..])?.Value;
        }

        // Pence in a pounds sentence would need unit conversion the sentence does not show; skip those.
        return text.EndsWith('p') ? null : AnswerText.ReadNumber(text.Replace(PupilNumber.Minus, "-", StringComparison.Ordinal))?.Value;
    }

    [GeneratedRegex(@"^(?<a>[^=+\u2212\u00D7\u00F7]+?) (?<op>[+\u2212\u00D7\u00F7]) (?<b>[^=+\u2212\u00D7\u00F7]+?) = (?<c>[^=+\u2212\u00D7\u00F7]+)$")]
    private static partial Regex Sentence();
}
