using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of addition and subtraction (AS, and Year 6 ASMD).</summary>
internal static class AdditionAndSubtractionSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
        new("y3-as-add-subtract-ones", new AddSubtractOnePlaceGenerator(3, 1)),
        new("y3-as-add-subtract-tens", new AddSubtractOnePlaceGenerator(3, 10)),
        new("y3-as-add-subtract-hundreds", new AddSubtractOnePlaceGenerator(3, 100)),
    ];
}
