using System.Globalization;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// What a pupil typed for one check question. The check takes digits only, at most five; an
/// empty answer (nothing typed before time ran out) is allowed and marked wrong.
/// </summary>
public static class MtcAnswer
{
    /// <summary>The most digits the answer box takes: 5.</summary>
    public const int MaxDigits = 5;

    /// <summary>True for what the answer box can hold: nothing, or one to five digits 0–9.</summary>
    public static bool IsWellFormed(string? typed)
    {
        if (typed is null)
        {
            return true;
        }

        if (typed.Length > MaxDigits)
        {
            return false;
        }

        foreach (var c in typed)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the answer is not empty, well formed and its whole-number value is the product,
    /// so "042" is right for 6 × 7; blank and timed-out answers are wrong.
    /// </summary>
    public static bool IsRight(string? typed, int product) =>
        !string.IsNullOrEmpty(typed) && IsWellFormed(typed) &&
        int.Parse(typed, NumberStyles.None, CultureInfo.InvariantCulture) == product;
}
