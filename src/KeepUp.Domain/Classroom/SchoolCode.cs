using System;
using System.Text;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// The short code pupils type with their PIN on a shared device, naming their school: six
/// characters such as <c>K7TRX4</c>. It has no 0, O, 1, I or L, which children mix up, and no vowels
/// at all, so a code never spells a word.
/// </summary>
public readonly record struct SchoolCode
{
    /// <summary>The characters a school code is made of.</summary>
    public const string Alphabet = "BCDFGHJKMNPQRSTVWXYZ23456789";

    /// <summary>The number of characters in a school code.</summary>
    public const int Length = 6;

    private readonly string? value;

    private SchoolCode(string value) => this.value = value;

    /// <summary>The code in capitals.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>
    /// A code from a seed the host chooses (e.g. from a secure random source); the same seed always
    /// gives the same code. Codes must be unique across schools, so on a clash the host tries another seed.
    /// </summary>
    public static SchoolCode Generate(ulong seed)
    {
        var sequence = new Dice(seed, "school-code");
        var code = new StringBuilder(Length);
        for (var i = 0; i < Length; i++)
        {
            code.Append(Alphabet[sequence.Below(Alphabet.Length)]);
        }

        return new SchoolCode(code.ToString());
    }

    /// <summary>Reads a code as a pupil types it: any case, spaces and hyphens ignored.</summary>
    public static bool TryParse(string? text, out SchoolCode code)
    {
        code = default;
        var typed = new StringBuilder(Length);
        foreach (var c in text ?? string.Empty)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || typed.Length == Length)
            {
                return false;
            }

            typed.Append(upper);
        }

        if (typed.Length != Length)
        {
            return false;
        }

        code = new SchoolCode(typed.ToString());
        return true;
    }

    /// <summary>The code in capitals.</summary>
    public override string ToString() => Value;
}
