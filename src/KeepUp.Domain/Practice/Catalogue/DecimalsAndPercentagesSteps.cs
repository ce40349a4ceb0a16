using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.DecimalsAndPercentages;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the decimals and percentages steps of the fractions strand (F).</summary>
internal static class DecimalsAndPercentagesSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
        new("y6-f-multiply-decimals-by-powers-of-ten", new PowersOfTenGenerator(true, [10, 100, 1000], 3, 3)),
        new("y6-f-divide-by-powers-of-ten", new PowersOfTenGenerator(false, [10, 100, 1000], 3, 0)),
        new("y4-f-divide-by-10-to-make-tenths", new PowersOfTenGenerator(false, [10], 2, 0)),
        new("y4-f-divide-by-100-to-make-hundredths", new PowersOfTenGenerator(false, [100], 2, 0)),
    ];
}
