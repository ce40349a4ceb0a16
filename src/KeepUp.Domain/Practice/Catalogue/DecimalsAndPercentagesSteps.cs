using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the decimals and percentages steps of the fractions strand (F).</summary>
internal static class DecimalsAndPercentagesSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators => [];
}
