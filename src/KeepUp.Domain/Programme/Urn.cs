using System.Globalization;

namespace KeepUp.Domain.Programme;

/// <summary>
/// A school's unique reference number from the DfE's Get Information About Schools register: six
/// digits, kept by the school through a change of name (a conversion to academy gives a new one).
/// </summary>
public readonly record struct Urn
{
    private Urn(int value) => Value = value;

    /// <summary>The number, 100000 to 999999.</summary>
    public int Value { get; }

    /// <summary>Reads a URN written as six digits; anything else is refused rather than guessed.</summary>
    public static bool TryParse(string? text, out Urn urn)
    {
        urn = default;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length != 6 || !int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 100000)
        {
            return false;
        }

        urn = new Urn(value);
        return true;
    }

    /// <summary>A URN from a number already known to be valid (e.g. read back from the database).</summary>
    public static Urn From(int value) =>
        value is < 100000 or > 999999 ? throw new System.ArgumentOutOfRangeException(nameof(value), value, "A URN has six digits.") : new Urn(value);

    /// <summary>The six digits.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
