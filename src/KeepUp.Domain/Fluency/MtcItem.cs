namespace KeepUp.Domain.Fluency;

/// <summary>One question of the multiplication tables check: a × b, in the a times table.</summary>
/// <param name="A">The first factor, which names the table.</param>
/// <param name="B">The second factor.</param>
public readonly record struct MtcItem(int A, int B)
{
    /// <summary>The right answer.</summary>
    public int Product => A * B;

    /// <summary>The table the item belongs to: its first factor.</summary>
    public int Table => A;

    /// <summary>The matching <see cref="Fact.Id"/>, e.g. "7x8".</summary>
    public string FactId => FactCatalogue.TimesId(A, B);

    /// <summary>The same pair either way round: 3 × 8 and 8 × 3 share it.</summary>
    internal (int Low, int High) Pair => A <= B ? (A, B) : (B, A);
}
