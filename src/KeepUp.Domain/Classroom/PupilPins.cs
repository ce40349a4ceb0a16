using System;
using System.Collections.Generic;
using System.Globalization;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// The 4-digit PINs pupils type, with their school code, to sign in on a shared device during a
/// window the teacher opens. Only the digits 2–9 are used, because young children confuse 0 with O
/// and 1 with I or l. A PIN is unique in the school, so a PIN and school code name one pupil.
/// PINs anyone would try first — one digit four times (2222) and straight runs up or down (2345,
/// 5432) — are never issued.
/// </summary>
public static class PupilPins
{
    /// <summary>The number of digits in a PIN.</summary>
    public const int Length = 4;

    private const string Digits = "23456789";

    private static readonly string[] Usable = BuildUsable();

    /// <summary>How many different PINs can be issued in one school (8⁴ less the easily guessed ones).</summary>
    public static int Capacity => Usable.Length;

    /// <summary>
    /// Gives each pupil a PIN that is not in <paramref name="pinsTakenElsewhere"/> (PINs other
    /// classes in the school already hold) and differs from every other PIN issued here. The same
    /// keys, taken PINs and seed always give the same PINs. Refused, with the reason, when there
    /// are not enough PINs left.
    /// </summary>
    /// <param name="pupilKeys">The pupils (e.g. their ids or UPNs), each once.</param>
    /// <param name="pinsTakenElsewhere">PINs already held by other pupils in the school.</param>
    /// <param name="seed">Chosen by the host, e.g. from a secure random source.</param>
    /// <exception cref="ArgumentException">A pupil key is repeated.</exception>
    public static PinIssue Issue(IReadOnlyList<string> pupilKeys, IReadOnlySet<string> pinsTakenElsewhere, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(pupilKeys);
        ArgumentNullException.ThrowIfNull(pinsTakenElsewhere);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in pupilKeys)
        {
            if (!keys.Add(key ?? throw new ArgumentException("A pupil key is missing.", nameof(pupilKeys))))
            {
                throw new ArgumentException($"The pupil '{key}' is listed twice.", nameof(pupilKeys));
            }
        }

        var free = new List<string>(Usable.Length);
        foreach (var pin in Usable)
        {
            if (!pinsTakenElsewhere.Contains(pin))
            {
                free.Add(pin);
            }
        }

        if (pupilKeys.Count > free.Count)
        {
            return PinIssue.Refused(string.Create(CultureInfo.InvariantCulture,
                $"{pupilKeys.Count:N0} pupils need a PIN but only {free.Count:N0} PINs are free in this school; close another class's sign-in window first."));
        }

        // A partial Fisher–Yates shuffle: the first n places are a random choice of n distinct PINs.
        var sequence = new Dice(seed, "pupil-pins");
        var pins = new Dictionary<string, string>(pupilKeys.Count, StringComparer.Ordinal);
        for (var i = 0; i < pupilKeys.Count; i++)
        {
            var j = i + sequence.Below(free.Count - i);
            (free[i], free[j]) = (free[j], free[i]);
            pins[pupilKeys[i]] = free[i];
        }

        return PinIssue.Issued(pins);
    }

    /// <summary>True when the text could be a PIN: four digits from 2 to 9 (spaces around are ignored).</summary>
    public static bool IsWellFormed(string? text)
    {
        var pin = (text ?? string.Empty).Trim();
        return pin.Length == Length && pin.AsSpan().IndexOfAnyExceptInRange('2', '9') < 0;
    }

    /// <summary>True for a PIN that is never issued because it is easy to guess: 2222, 2345, 5432.</summary>
    public static bool IsEasilyGuessed(string pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        if (pin.Length != Length)
        {
            return false;
        }

        var step = pin[1] - pin[0];
        for (var i = 2; i < pin.Length; i++)
        {
            if (pin[i] - pin[i - 1] != step)
            {
                return false;
            }
        }

        return step is 0 or 1 or -1;
    }

    private static string[] BuildUsable()
    {
        var usable = new List<string>();
        foreach (var a in Digits)
        {
            foreach (var b in Digits)
            {
                foreach (var c in Digits)
                {
                    foreach (var d in Digits)
                    {
                        var pin = new string([a, b, c, d]);
                        if (!IsEasilyGuessed(pin))
                        {
                            usable.Add(pin);
                        }
                    }
                }
            }
        }

        return [.. usable];
    }
}
