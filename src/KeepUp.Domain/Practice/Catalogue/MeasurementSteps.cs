using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of money, time and length (M).</summary>
internal static class MeasurementSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators => [];
}
