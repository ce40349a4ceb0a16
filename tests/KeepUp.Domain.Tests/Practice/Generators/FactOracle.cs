using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Tests.Practice.Generators;

/// <summary>
/// An independent oracle for the number-fact and multiplication families: it reads a question's
/// prompt (and, for coins, its picture) with its own parser and arithmetic, and says whether the
/// generator's canonical answer is right. It never calls generator code. Null means "this prompt
/// is not one I can read", which the family tests limit to the closing questions.
/// </summary>
internal static partial class FactOracle
{
    private static readonly string[] Prefixes =
    [
        "Choose the missing number. ", "Choose the answer. ", "What number goes in the box? ", "Choose the missing factor. ",
        "Choose the missing prime factor. ", "Which number comes next? ",
    ];

    public static bool? Check(Question q)
    {
        var prompt = q.Prompt;
        foreach (var prefix in Prefixes)
        {
            if (prompt.StartsWith(prefix, StringComparison.Ordinal))
            {
                prompt = prompt[prefix.Length..];
            }
        }

        var answer = q.Answer.Canonical;
        if (CountBack().Match(prompt) is { Success: true } order)
        {
            var step = Fraction.Whole(int.Parse(order.Groups["k"].Value, CultureInfo.InvariantCulture));
            var said = answer.Split(", ").Select(t => Number(t)!.Value).ToList();
            var given = order.Groups["list"].Value.Split(", ").Select(t => Number(t)!.Value).Order().ToList();
            return said.Order().SequenceEqual(given) && said.Zip(said.Skip(1)).All(p => p.First - p.Second == step);
        }

        return Sentence(prompt, answer)
            ?? Tail(prompt, answer)
            ?? Remainder(prompt, answer)
            ?? Sequence(prompt, answer)
            ?? Compare(prompt, answer)
            ?? Words(prompt, answer, q.Picture)
            ?? Property(prompt, answer);
    }

    /// <summary>Evaluates an expression such as 3 × 40 + 2, 5², 0.2 × 1,000 ÷ 100, with □ standing for a value.</summary>
    public static Fraction? Evaluate(string expression, Fraction? box = null)
    {
        var tokens = Tokens().Matches(expression.Replace(" ", string.Empty, StringComparison.Ordinal)).Select(m => m.Value).ToList();
        if (tokens.Count == 0 || string.Concat(tokens) != expression.Replace(" ", string.Empty, StringComparison.Ordinal))
        {
            return null;
        }

        var position = 0;
        Fraction? Atom()
        {
            if (position >= tokens.Count)
            {
                return null;
            }

            var t = tokens[position++];
            Fraction? value = t == PupilNumber.Box ? box : Number(t);
            while (value is { } v && position < tokens.Count && tokens[position] is "²" or "³")
            {
                value = tokens[position++] == "²" ? v * v : v * v * v;
            }

            return value;
        }

        Fraction? Term()
        {
            var value = Atom();
            while (value is { } v && position < tokens.Count && tokens[position] is "×" or "÷")
            {
                var op = tokens[position++];
                if (Atom() is not { } right || (op == "÷" && right == Fraction.Zero))
                {
                    return null;
                }

                value = op == "×" ? v * right : v / right;
            }

            return value;
        }

        var total = Term();
        while (total is { } t && position < tokens.Count && tokens[position] is "+" or "−")
        {
            var op = tokens[position++];
            if (Term() is not { } right)
            {
                return null;
            }

            total = op == "+" ? t + right : t - right;
        }

        return position == tokens.Count ? total : null;
    }

    public static Fraction? Number(string text)
    {
        text = text.Replace("£", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? Fraction.FromDecimal(d) : null;
    }

    private static bool? Sentence(string prompt, string answer)
    {
        var match = Equation().Match(prompt);
        if (!match.Success || prompt.Count(c => c.ToString() == PupilNumber.Box) != 1 || Number(answer) is not { } value)
        {
            return null;
        }

        var (left, right) = (Evaluate(match.Groups["l"].Value, value), Evaluate(match.Groups["r"].Value, value));
        return left is null || right is null ? null : left == right;
    }

    private static bool? Tail(string prompt, string answer)
    {
        var match = WhatIs().Match(prompt);
        return match.Success && Evaluate(match.Groups["e"].Value) is { } value && Number(answer) is { } given ? value == given : null;
    }

    private static bool? Remainder(string prompt, string answer)
    {
        var match = RemainderSentence().Match(prompt);
        if (!match.Success || Number(answer) is not { } value)
        {
            return null;
        }

        Fraction Read(string t) => t == PupilNumber.Box ? value : Number(t)!.Value;
        var (n, d, q, r) = (Read(match.Groups["n"].Value), Read(match.Groups["d"].Value), Read(match.Groups["q"].Value), Read(match.Groups["r"].Value));
        return n == d * q + r && r < d && r > Fraction.Zero;
    }

    private static bool? Sequence(string prompt, string answer)
    {
        var match = SequenceText().Match(prompt);
        if (!match.Success || Number(answer) is not { } value)
        {
            return null;
        }

        var terms = match.Groups["terms"].Value.Split(", ").Select(t => Number(t)!.Value).Append(value).ToList();
        var step = terms[1] - terms[0];
        return terms.Zip(terms.Skip(1)).All(p => p.Second - p.First == step);
    }

    private static bool? Compare(string prompt, string answer)
    {
        var match = Comparison().Match(prompt);
        if (!match.Success || Evaluate(match.Groups["l"].Value) is not { } l || Evaluate(match.Groups["r"].Value) is not { } r)
        {
            return null;
        }

        return answer == (l < r ? "<" : l > r ? ">" : "=");
    }

    private static bool? Words(string prompt, string answer, Picture? picture)
    {
        var plain = prompt.Replace("from 0", "from zero", StringComparison.Ordinal).Replace("starting at 0", "starting at zero", StringComparison.Ordinal);
        var numbers = NumberInText().Matches(plain).Select(m => Number(m.Value)!.Value).ToList();
        if (Number(answer) is not { } value)
        {
            return null;
        }

        if (DoubleOf().Match(prompt) is { Success: true } twice)
        {
            return value == Number(twice.Groups["n"].Value)!.Value * Fraction.Whole(2);
        }

        Fraction W(int i) => numbers[i];
        bool Is(string pattern) => Regex.IsMatch(prompt, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        if (Is(@"How many pence are there in these \d+p coins\?") && picture is MoneyPicture coins)
        {
            return value == Fraction.Whole(coins.Pieces.Sum());
        }

        if (prompt == "How many are there altogether in the picture?")
        {
            return picture switch
            {
                ArrayPicture array => value == Fraction.Whole(array.Rows * array.Columns),
                NumberLinePicture line => value == line.Jumps[^1].To,
                BarModelPicture bar => value == bar.Bars[0].Sections.Aggregate(Fraction.Zero, (sum, section) => sum + Number(section.Label!)!.Value),
                _ => null,
            };
        }

        if (numbers.Count == 2)
        {
            var (a, b) = (W(0), W(1));
            return prompt switch
            {
                _ when Is(@"^There are \d+ (equal groups|rows|\w+ with) .*(altogether|in each)") => value == a * b,
                _ when Is(@"^Make \d+ (groups|jumps)") => value == a * b,
                    _ when Is(@"makes \d+ jumps of \d+ from 0") => value == a * b,
                _ when Is(@"landed on \d+ after jumps of \d+") => value == a / b,
                _ when Is(@"^There are \d+ \w+\. They are put into \w+ of \d+") => value == a / b,
                _ when Is(@"shared equally between \d+") => value == a / b,
                _ when Is(@"going on a trip\. Each \w+ holds \d+\. How many") => value == Ceiling(a / b),
                _ when Is(@"packed into \w+ of \d+\. How many full") => value == Floor(a / b),
                _ when Is(@"packed into \w+ of \d+\. How many \w+ are left over") => value == a - Floor(a / b) * b,
                _ when Is(@"^How many groups of \d+ make \d+\?") => value == b / a,
                _ when Is(@"times as long\. How long is the red") => value == a * b,
                _ when Is(@"is \d+ cm long and a red ribbon is \d+ cm long\. How many times") => value == b / a,
                _ when Is(@"It is \d+ times as long as a blue ribbon") => value == a / b,
                _ when Is(@"A café has \d+ sandwiches and \d+ drinks") => value == a * b,
                _ when Is(@"A café makes \d+ different meals") => value == a / b,
                _ when Is(@"for each box\. How much do \d+ boxes") => value == a * b,
                _ when Is(@"for each box\. \w+ paid") => value == b / a,
                _ when Is(@"boxes of apples cost") => value == b / a,
                _ when Is(@"A bottle holds [\d.]+ litres\. How many litres do") => value == a * b,
                _ when Is(@"Some bottles of [\d.]+ litres hold") => value == b / a,
                _ when Is(@"equal bottles hold") => value == b / a,
                _ when Is(@"One paper clip weighs [\d.]+ g\. How many grams do") => value == a * b,
                _ when Is(@"paper clips weigh [\d,.]+ g\. How many grams does one") => value == b / a,
                _ when Is(@"^What is the greatest common factor of") => value == Fraction.Whole(Gcd(a, b)),
                _ when Is(@"^Choose the greatest common factor of") => value == Fraction.Whole(Gcd(a, b)),
                _ when Is(@"^(What is|Choose) the smallest common multiple of") => value == a * b / Fraction.Whole(Gcd(a, b)),
                _ when Is(@"^How many common factors do") => value == Fraction.Whole(Divisors(Gcd(a, b)).Count),
                _ when Is(@"^What is the nearest multiple of \d+ below") => value == Floor(b / a) * a,
                _ => null,
            };
        }

        if (numbers.Count == 1)
        {
            var a = W(0);
            return prompt switch
            {
                _ when Is(@"^What is double") => value == a * Fraction.Whole(2),
                _ when Is(@"^What is half of") => value * Fraction.Whole(2) == a,
                _ when Is(@"^How many factor pairs does") => value == Fraction.Whole(Divisors((long)a.Numerator).Count(d => d * d <= a.Numerator)),
                _ => null,
            };
        }

        return null;
    }

    private static bool? Property(string prompt, string answer)
    {
        var numbers = NumberInText().Matches(prompt).Select(m => (long)Number(m.Value)!.Value.Numerator).ToList();
        bool Is(string pattern) => Regex.IsMatch(prompt, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        bool Say(bool truth) => answer is "True" or "Yes" ? truth : answer is "False" or "No" ? !truth : throw new InvalidOperationException(answer);
        return prompt switch
        {
            _ when Is(@"^Is \d+ odd or even\?") => answer == (numbers[0] % 2 == 0 ? "Even" : "Odd"),
            _ when Is(@"^True or false\? \d+ is even\.") => Say(numbers[0] % 2 == 0),
            _ when Is(@"can be made into pairs with one left over") => Say(numbers[0] % 2 == 1),
            _ when Is(@"^(True or false\? )?\d+ is a multiple of \d+\.$") => Say(numbers[0] % numbers[1] == 0),
            _ when Is(@"^Is [\d,]+ a multiple of \d+\?") => Say(numbers[0] % numbers[1] == 0),
            _ when Is(@"^Is \d+ in the count of \d+s from zero\?") => Say(numbers[0] % numbers[1] == 0),
            _ when Is(@"^When you count in (2|5|10)s from zero, does every number end in") => Say(true),
            _ when Is(@"^Is this a true way to write it\? ") => Say(prompt[(prompt.IndexOf('?', StringComparison.Ordinal) + 2)..].Split(" = ").Select(e => Evaluate(e)).Distinct().Count() == 1),
            _ when Is(@"^Is \d+ prime or composite\?") => answer == (Divisors(numbers[0]).Count == 2 ? "Prime" : "Composite"),
            _ when Is(@"^True or false\? \d+ is a prime number\.") => Say(Divisors(numbers[0]).Count == 2),
            _ when Is(@"^True or false\? \d+ has exactly two factors\.") => Say(Divisors(numbers[0]).Count == 2),
            _ when Is(@"^True or false\? \d+ can be divided exactly by \d+\.") => Say(numbers[0] % numbers[1] == 0),
            _ when Is(@"^Which of these is a prime factor of \d+\?") => numbers[0] % long.Parse(answer, CultureInfo.InvariantCulture) == 0 && Divisors(long.Parse(answer, CultureInfo.InvariantCulture)).Count == 2,
            _ when Is(@"^Which of these is a common multiple of \d+ and \d+\?") => Number(answer) is { } v && v.Numerator % numbers[0] == 0 && v.Numerator % numbers[1] == 0,
            _ => null,
        };
    }

    public static List<long> Divisors(long n) => [.. Enumerable.Range(1, (int)n).Where(d => n % d == 0).Select(d => (long)d)];

    private static long Gcd(Fraction a, Fraction b)
    {
        var (x, y) = (a.Numerator, b.Numerator);
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }

        return x;
    }

    private static Fraction Floor(Fraction f) => Fraction.Whole(f.Numerator / f.Denominator);

    private static Fraction Ceiling(Fraction f) => f.IsWhole ? f : Floor(f) + Fraction.Whole(1);

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[+−×÷²³□]")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"^(?<l>[^=a-zA-Z?]+) = (?<r>[^=a-zA-Z?]+)$")]
    private static partial Regex Equation();

    [GeneratedRegex(@"^(?<n>[\d,]+|□) ÷ (?<d>\d+) = (?<q>[\d,]+|□) r (?<r>\d+|□)$")]
    private static partial Regex RemainderSentence();

    [GeneratedRegex(@"^(?<terms>\d+(?:, \d+)+), □$")]
    private static partial Regex SequenceText();

    [GeneratedRegex(@"^(?<l>[^□]+) □ (?<r>[^□]+)$")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")]
    private static partial Regex NumberInText();

    [GeneratedRegex(@"What is (?<e>[^?a-zA-Z]+)\?$")]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"^Put these numbers in the order you say them when you count back in (?<k>\d+)s: (?<list>[\d, ]+)$")]
    private static partial Regex CountBack();

    [GeneratedRegex(@"What is double (?<n>\d+)\?$")]
    private static partial Regex DoubleOf();
}
