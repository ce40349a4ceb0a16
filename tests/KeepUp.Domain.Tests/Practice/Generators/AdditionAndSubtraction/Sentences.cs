using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Tests.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// An independent oracle for the number sentences in prompts: it reads every sentence such as
/// 243 + 30 = □, (31 − 4) × 5 = □ or 7 = □ − 9 with its own parser (brackets, then × and ÷, then
/// + and − from left to right) and says whether it holds when the box is filled, never using the
/// generators' arithmetic.
/// </summary>
internal static partial class Sentences
{
    /// <summary>The number sentences (text containing =) found in a prompt.</summary>
    public static IReadOnlyList<string> In(string prompt) =>
        [.. SentenceLike().Matches(prompt.Replace("Double ", "2 \u00D7 ", StringComparison.Ordinal)).Select(m => m.Value.Trim()).Where(s => s.Contains(" = ", StringComparison.Ordinal))];

    /// <summary>True when every side of the sentence has the same value, with the box (if any) worth <paramref name="box"/>.</summary>
    public static bool Holds(string sentence, Fraction? box = null)
    {
        var sides = sentence.Split(" = ");
        var values = sides.Select(s => Evaluate(s, box)).ToList();
        return values.All(v => v == values[0]);
    }

    /// <summary>The value of an expression such as 3 + 4 × (5 − 2), with the box worth <paramref name="box"/>.</summary>
    public static Fraction Evaluate(string expression, Fraction? box = null)
    {
        var tokens = Tokens(expression, box);
        var position = 0;
        var value = Sum(tokens, ref position);
        Assert.True(position == tokens.Count, $"Could not read '{expression}'.");
        return value;
    }

    /// <summary>The value of a number written for pupils: 1,250 or 2.35 or £1.20 (in pounds).</summary>
    public static Fraction Number(string text) =>
        Fraction.FromDecimal(decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal).TrimStart('£'), CultureInfo.InvariantCulture));

    /// <summary>The numbers in a piece of text, in order.</summary>
    public static IReadOnlyList<Fraction> NumbersIn(string text) => [.. NumberToken().Matches(text).Select(m => Number(m.Value))];

    /// <summary>The value of a numeric answer.</summary>
    public static Fraction ValueOf(ExpectedAnswer answer) => answer switch
    {
        NumberAnswer n => n.Value,
        MoneyAnswer m => Fraction.Of(m.Pence, 100),
        _ => throw new InvalidOperationException($"Not a numeric answer: {answer}"),
    };

    private static List<object> Tokens(string expression, Fraction? box)
    {
        var tokens = new List<object>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c == ' ')
            {
                i++;
            }
            else if (c == '□')
            {
                Assert.True(box is not null, $"'{expression}' has a box but no value for it.");
                tokens.Add(box!.Value);
                i++;
            }
            else if (char.IsDigit(c) || c == '£')
            {
                var match = NumberToken().Match(expression, i);
                Assert.True(match.Success && match.Index == i, $"Could not read a number in '{expression}'.");
                tokens.Add(Number(match.Value));
                i += match.Length;
            }
            else
            {
                Assert.Contains(c, "+\u2212\u00D7\u00F7()");
                tokens.Add(c);
                i++;
            }
        }

        return tokens;
    }

    private static Fraction Sum(List<object> tokens, ref int position)
    {
        var value = Product(tokens, ref position);
        while (position < tokens.Count && tokens[position] is '+' or '\u2212')
        {
            var op = (char)tokens[position++];
            var next = Product(tokens, ref position);
            value = op == '+' ? value + next : value - next;
        }

        return value;
    }

    private static Fraction Product(List<object> tokens, ref int position)
    {
        var value = Atom(tokens, ref position);
        while (position < tokens.Count && tokens[position] is '\u00D7' or '\u00F7')
        {
            var op = (char)tokens[position++];
            var next = Atom(tokens, ref position);
            value = op == '\u00D7' ? value * next : value / next;
        }

        return value;
    }

    private static Fraction Atom(List<object> tokens, ref int position)
    {
        if (tokens[position] is '(')
        {
            position++;
            var inner = Sum(tokens, ref position);
            Assert.Equal(')', tokens[position++]);
            return inner;
        }

        return (Fraction)tokens[position++];
    }

    // A run of numbers, operators, brackets, boxes and equals signs, starting and ending with a number, bracket or box.
    [GeneratedRegex(@"[£\d(□][\d,.£ +\u2212\u00D7\u00F7()□=]*[\d)□]")]
    private static partial Regex SentenceLike();

    [GeneratedRegex(@"£?\d{1,3}(,\d{3})+(\.\d+)?|£?\d+(\.\d+)?")]
    private static partial Regex NumberToken();
}
