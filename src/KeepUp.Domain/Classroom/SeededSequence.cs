using System;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// A deterministic sequence (SplitMix64) from a 64-bit seed, for the classroom's codes and PINs: the
/// caller chooses the seed (from a secure source in the host), so the domain stays pure and a
/// seed always rebuilds the same codes in tests.
/// </summary>
internal sealed class SeededSequence(ulong seed, string salt)
{
    private ulong state = Mix(seed, salt);

    /// <summary>A whole number from 0 to <paramref name="count"/> − 1, without modulo bias worth measuring.</summary>
    public int Below(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)Math.BigMul(Next(), (ulong)count, out _);
    }

    private static ulong Mix(ulong seed, string salt)
    {
        var state = seed;
        foreach (var c in salt)
        {
            state = unchecked((state ^ c) * 0x100000001B3UL);
        }

        return state;
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
