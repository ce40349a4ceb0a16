namespace KeepUp.Domain.Mastery;

/// <summary>
/// Starting points for EM restarts, drawn from a seed (SplitMix64, as <c>Practice.Dice</c>) so a
/// fit is repeatable: the same answers and seed always give the same parameters.
/// </summary>
internal sealed class UnitDraws(int seed)
{
    private ulong state = unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ 0x6D61737465727921UL);

    /// <summary>A number from <paramref name="low"/> up to (not including) <paramref name="high"/>.</summary>
    public double Between(double low, double high) => low + ((high - low) * Next());

    private double Next()
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
