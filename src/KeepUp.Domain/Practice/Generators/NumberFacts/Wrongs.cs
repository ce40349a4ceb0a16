using System.Collections.Generic;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>Turns wrong values into wrong answers pupils could really give.</summary>
internal static class Wrongs
{
    /// <summary>
    /// The wrong answers, written as pupils write numbers; negative values and values with long
    /// decimals are left out because no pupil would write them.
    /// </summary>
    public static IEnumerable<WrongAnswer> Of(IEnumerable<(Fraction Value, string Why)> values)
    {
        // A list rather than an iterator: the compiler's iterators read the managed thread id
        // from System.Environment, which the domain's purity rules forbid.
        var wrong = new List<WrongAnswer>();
        foreach (var (value, why) in values)
        {
            if (!value.IsNegative && value.HasDecimalPlaces(4))
            {
                wrong.Add(new WrongAnswer(NumberSentence.Write(value), why));
            }
        }

        return wrong;
    }

    /// <summary>One wrong value, or nothing when no pupil would write it.</summary>
    public static IEnumerable<WrongAnswer> Of(Fraction value, string why) => Of([(value, why)]);
}
