using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of number facts (NF).</summary>
internal static class NumberFactsSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators => [];
}
