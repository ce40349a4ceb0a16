using System;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Rejects models no generator should make (11 counters in a ten frame, an hour of 25), with a
/// message that names the picture and the allowed range, so a failing generator test says why.
/// </summary>
internal static class PictureCheck
{
    public static void Range(long value, long min, long max, string what)
    {
        if (value < min || value > max)
        {
            throw Invalid($"{what} must be from {min} to {max}, but was {value}.");
        }
    }

    public static void That(bool condition, string message)
    {
        if (!condition)
        {
            throw Invalid(message);
        }
    }

    /// <summary>The exception for a model that cannot be drawn; its message is the whole story, with no parameter name tacked on.</summary>
    public static ArgumentOutOfRangeException Invalid(string message) => new(message, innerException: null);
}
