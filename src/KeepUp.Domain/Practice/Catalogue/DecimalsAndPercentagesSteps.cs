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
        new("y6-f-fraction-as-division", new EquivalenceGenerator(Form.Division, Form.Fraction, [2, 3, 4, 5, 6, 8], 2, false)),
        new("y6-f-fractions-to-decimals", new EquivalenceGenerator(Form.Fraction, Form.Decimal, [4, 5, 8, 20, 25, 40, 50], 0, false)),
        new("y6-f-decimals-to-fractions", new EquivalenceGenerator(Form.Decimal, Form.Fraction, [4, 5, 8, 20, 25, 50], 0, true)),
        new("y6-f-fdp-equivalences", new EquivalenceGenerator(Form.Fraction, Form.Percent, [4, 5, 20, 25, 50], 0, true)),
        new("y5-f-decimals-as-fractions", new EquivalenceGenerator(Form.Decimal, Form.Fraction, [10, 100], 0, false)),
        new("y5-f-decimal-equivalents-of-fractions", new EquivalenceGenerator(Form.Fraction, Form.Decimal, [2, 4, 5, 10], 1, false)),
        new("y5-f-understand-percentages", new EquivalenceGenerator(Form.Fraction, Form.Percent, [100], 0, false)),
        new("y5-f-percentages-as-fractions-and-decimals", new EquivalenceGenerator(Form.Percent, Form.Decimal, [100], 0, false)),
        new("y5-f-fraction-decimal-percentage-equivalents", new EquivalenceGenerator(Form.Fraction, Form.Percent, [2, 4, 5, 10, 20, 25, 50], 0, false)),
        new("y4-f-halves-and-quarters-as-decimals", new EquivalenceGenerator(Form.Fraction, Form.Decimal, [2, 4], 3, false)),
        new("y4-f-tenths-as-decimals", new EquivalenceGenerator(Form.Fraction, Form.Decimal, [10], 0, false)),
        new("y4-f-hundredths-as-decimals", new EquivalenceGenerator(Form.Fraction, Form.Decimal, [100], 0, false)),
        new("y6-f-multiply-decimals-by-integers", new DecimalByIntegerGenerator(true, 2, false)),
        new("y6-f-divide-decimals-by-integers", new DecimalByIntegerGenerator(false, 2, false)),
        new("y6-f-division-to-decimal-places", new DecimalByIntegerGenerator(false, 2, true)),
        new("y6-f-decimal-problems", new DecimalByIntegerGenerator(true, 1, false)),
    ];
}
