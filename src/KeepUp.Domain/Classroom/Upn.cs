using System;
using System.Globalization;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// A pupil's Unique Pupil Number: the DfE's 13-character identifier that follows a child from school
/// to school in England, and the key KeepUp uses at its edges (imports, exports, the API). Character 1
/// is a check letter; characters 2–12 are digits (local authority 2–4, establishment 5–8, year of
/// issue 9–10, serial 11–12); character 13 is a digit, or a letter for a temporary UPN.
/// </summary>
/// <remarks>
/// The check letter: multiply characters 2–13 by the weights 2–13, add, take the remainder on
/// dividing by 23, and read that place (from 0) in <see cref="CheckAlphabet"/>. A letter in
/// character 13 counts as its place in the same alphabet (A = 0 … Z = 22), which is why I, O and S
/// never appear in a UPN.
/// </remarks>
public readonly record struct Upn
{
    /// <summary>The 23 letters a check letter (and a temporary UPN's last character) can be.</summary>
    public const string CheckAlphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>The number of characters in every UPN.</summary>
    public const int Length = 13;

    private readonly string? value;

    private Upn(string value) => this.value = value;

    /// <summary>The UPN in capitals, e.g. <c>B801200005001</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>
    /// True for a temporary UPN (ending in a letter), which a school gives while the real one is
    /// found; it should be replaced, so a teacher may be shown which pupils still have one.
    /// </summary>
    public bool IsTemporary => Value.Length == Length && char.IsAsciiLetter(Value[^1]);

    /// <summary>
    /// Reads a UPN as typed or exported: surrounding spaces and lower case are accepted, and the
    /// UPN is stored in capitals. On failure, <paramref name="problem"/> says kindly what is wrong.
    /// </summary>
    public static bool TryCreate(string? text, out Upn upn, out string problem)
    {
        upn = default;
        var candidate = (text ?? string.Empty).Trim().ToUpperInvariant();
        problem = ProblemWith(candidate) ?? string.Empty;
        if (problem.Length > 0)
        {
            return false;
        }

        upn = new Upn(candidate);
        return true;
    }

    /// <summary>Makes a UPN the caller knows is valid (from the database or code).</summary>
    /// <exception cref="FormatException">The text is not a valid UPN.</exception>
    public static Upn Parse(string text) =>
        TryCreate(text, out var upn, out var problem) ? upn : throw new FormatException($"'{text}' is not a valid UPN: {problem}");

    /// <summary>
    /// Completes a UPN from its last 12 characters (11 digits and a digit or check-alphabet letter)
    /// by putting the right check letter in front: for demo data and tests.
    /// </summary>
    /// <exception cref="ArgumentException">The characters cannot end a UPN.</exception>
    public static Upn WithCheckLetter(string twelveCharacters)
    {
        ArgumentNullException.ThrowIfNull(twelveCharacters);
        var body = twelveCharacters.Trim().ToUpperInvariant();
        if (body.Length != Length - 1)
        {
            throw new ArgumentException($"A UPN without its check letter has 12 characters, not {body.Length}.", nameof(twelveCharacters));
        }

        var problem = BodyProblem("?" + body);
        return problem is null
            ? new Upn(CheckLetterFor(body) + body)
            : throw new ArgumentException(problem, nameof(twelveCharacters));
    }

    /// <summary>The UPN in capitals.</summary>
    public override string ToString() => Value;

    private static string? ProblemWith(string candidate)
    {
        if (candidate.Length == 0)
        {
            return "the UPN is missing.";
        }

        if (candidate.Length != Length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"a UPN has 13 characters, but '{candidate}' has {candidate.Length}.");
        }

        if (!char.IsAsciiLetter(candidate[0]))
        {
            return $"a UPN starts with its check letter, but '{candidate}' starts with '{candidate[0]}'.";
        }

        var bodyProblem = BodyProblem(candidate);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var expected = CheckLetterFor(candidate[1..]);
        return candidate[0] == expected
            ? null
            : $"the check letter should be {expected}, not {candidate[0]} — check for a mistyped digit.";
    }

    private static string? BodyProblem(string candidate)
    {
        for (var i = 1; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(candidate[i]))
            {
                return string.Create(CultureInfo.InvariantCulture, $"characters 2 to 12 of a UPN are digits, but character {i + 1} is '{candidate[i]}'.");
            }
        }

        var last = candidate[^1];
        return char.IsAsciiDigit(last) || CheckAlphabet.Contains(last, StringComparison.Ordinal)
            ? null
            : $"the last character of a UPN is a digit, or a letter other than I, O or S for a temporary UPN, not '{last}'.";
    }

    // body: characters 2–13, already known to be well formed.
    private static char CheckLetterFor(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var worth = char.IsAsciiDigit(c) ? c - '0' : CheckAlphabet.IndexOf(c, StringComparison.Ordinal);
            sum += worth * (i + 2);
        }

        return CheckAlphabet[sum % 23];
    }
}
