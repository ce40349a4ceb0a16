using System;
using System.Collections.Generic;

namespace KeepUp.Domain.Practice;

/// <summary>
/// The only source of choice in a generator: a small deterministic sequence (SplitMix64) fed by
/// the question's seed, so the same step, generator version and seed always rebuild the same
/// questions — on the whiteboard, on a worksheet and when an answer is checked days later.
/// </summary>
public sealed class Dice
{
    private ulong state;

    /// <summary>Starts the sequence for a seed; the salt keeps different uses of one seed apart.</summary>
    public Dice(int seed, string salt = "")
        : this(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL), salt)
    {
    }

    /// <summary>
    /// Starts the sequence from a full 64-bit seed, for classroom codes and PINs, whose seed comes
    /// from a secure source in the host and needs every bit, not an int's worth.
    /// </summary>
    internal Dice(ulong seed, string salt)
    {
        state = seed;
        foreach (var c in salt)
        {
            state = unchecked((state ^ c) * 0x100000001B3UL);
        }
    }

    /// <summary>A whole number from <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    public int Between(int low, int high)
    {
        if (high < low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), $"Empty range {low}..{high}.");
        }

        var span = (ulong)((long)high - low + 1);
        return (int)(low + (long)(Next() % span));
    }

    /// <summary>A whole number from 0 to <paramref name="count"/> − 1, without modulo bias worth measuring.</summary>
    internal int Below(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)Math.BigMul(Next(), (ulong)count, out _);
    }

    /// <summary>One of the items.</summary>
    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[Between(0, items.Count - 1)];
    }

    /// <summary>True with the given chance in a hundred.</summary>
    public bool Chance(int percent) => Between(1, 100) <= percent;

    /// <summary>The items in a new order.</summary>
    public IReadOnlyList<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = new List<T>(items);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Between(0, i);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private ulong Next()
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
