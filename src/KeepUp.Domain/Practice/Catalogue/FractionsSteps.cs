using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.Fractions;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of fractions, decimals and percentages (F).</summary>
internal static class FractionsSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
        // Year 1: halves and quarters of shapes and amounts, in words.
        new("y1-f-equal-and-unequal-parts", new EqualPartsGenerator(2, 4)),
        new("y1-f-half-of-a-shape", new EqualPartsGenerator(2, 4, named: 2)),
        new("y1-f-half-of-a-quantity", new FractionOfAmountGenerator(AmountStyle.Words, false, 10, 2)),
        new("y1-f-quarter-of-a-shape", new EqualPartsGenerator(2, 4, named: 4)),
        new("y1-f-quarter-of-a-quantity", new FractionOfAmountGenerator(AmountStyle.Words, false, 5, 4)),
        new("y1-f-halves-and-quarters-together", new CompareFractionsGenerator(FractionPair.HalvesAndQuarters, true)),

        // Year 2: halves, quarters and thirds written as fractions.
        new("y2-f-equal-and-unequal-parts", new EqualPartsGenerator(2, 6)),
        new("y2-f-halves", new EqualPartsGenerator(2, 6, named: 2, notation: true)),
        new("y2-f-half-of-an-amount", new FractionOfAmountGenerator(AmountStyle.Notation, false, 20, 2)),
        new("y2-f-quarters", new EqualPartsGenerator(2, 6, named: 4, notation: true)),
        new("y2-f-quarter-of-an-amount", new FractionOfAmountGenerator(AmountStyle.Notation, false, 10, 4)),
        new("y2-f-thirds", new EqualPartsGenerator(2, 6, named: 3, notation: true)),
        new("y2-f-third-of-an-amount", new FractionOfAmountGenerator(AmountStyle.Notation, false, 10, 3)),
        new("y2-f-non-unit-fractions", new NameTheFractionGenerator(ShadedFraction.CountedParts, 4)),
        new("y2-f-two-quarters-is-a-half", new CompareFractionsGenerator(FractionPair.HalvesAndQuarters, false)),
        new("y2-f-three-quarters-of-an-amount", new FractionOfAmountGenerator(AmountStyle.Notation, true, 10, 4)),
        new("y2-f-count-in-fractions", new CountInFractionsGenerator(CountStyle.Mixed, 5, 2, 4)),

        // Year 3.
        new("y3-f-equal-parts-of-a-whole", new EqualPartsGenerator(2, 10)),
        new("y3-f-unit-fractions", new NameTheFractionGenerator(ShadedFraction.Unit, 2, 3, 4, 5, 6, 8, 10)),
        new("y3-f-non-unit-fractions", new NameTheFractionGenerator(ShadedFraction.NonUnit, 3, 4, 5, 6, 7, 8, 9, 10)),
        new("y3-f-compare-unit-fractions", new CompareFractionsGenerator(FractionPair.UnitFractions, false, 2, 3, 4, 5, 6, 8, 10, 12)),
        new("y3-f-tenths", new NameTheFractionGenerator(ShadedFraction.CountedParts, 10)),
        new("y3-f-count-in-tenths", new CountInFractionsGenerator(CountStyle.Mixed, 3, 10)),
        new("y3-f-fractions-on-number-line", new FractionNumberLineGenerator(LineNumbers.Proper, 1, 2, 3, 4, 5, 6, 8, 10)),
        new("y3-f-unit-fractions-of-a-set", new FractionOfAmountGenerator(AmountStyle.Notation, false, 12, 2, 3, 4, 5, 8, 10)),
        new("y3-f-non-unit-fractions-of-a-set", new FractionOfAmountGenerator(AmountStyle.Notation, true, 12, 3, 4, 5, 8, 10)),
        new("y3-f-equivalent-fractions-diagrams", new EquivalentFractionsGenerator(false, false, 12, 2, 3, 4, 5, 6)),
        new("y3-f-equivalent-fractions-number-line", new EquivalentFractionsGenerator(false, true, 12, 2, 3, 4, 5, 6)),
        new("y3-f-compare-same-denominator", new CompareFractionsGenerator(FractionPair.SameDenominator, false, 5, 6, 7, 8, 9, 10, 11, 12)),
        new("y3-f-order-fractions", new OrderFractionsGenerator(false)),
        new("y3-f-add-same-denominator", new AddSubtractFractionsGenerator(Denominators.SameWithinOne, Operations.Add, 5, 7, 8, 9, 10, 11, 12)),
        new("y3-f-subtract-same-denominator", new AddSubtractFractionsGenerator(Denominators.SameWithinOne, Operations.Subtract, 5, 7, 8, 9, 10, 11, 12)),
        new("y3-f-make-a-whole", new MakeAWholeGenerator(false, 3, 4, 5, 6, 7, 8, 9, 10)),
        new("y3-f-solve-fraction-problems", new FractionProblemsGenerator(false, 10, 2, 3, 4, 5, 8, 10)),

        // Year 4.
        new("y4-f-count-beyond-one-whole", new CountInFractionsGenerator(CountStyle.Improper, 3, 3, 4, 5, 6, 8)),
        new("y4-f-mixed-numbers", new ImproperAndMixedGenerator(MixedNumberTask.Recognise, 4, 3, 4, 5, 6, 8)),
        new("y4-f-mixed-numbers-on-a-number-line", new FractionNumberLineGenerator(LineNumbers.Mixed, 4, 3, 4, 5, 6, 8, 10)),
        new("y4-f-improper-to-mixed", new ImproperAndMixedGenerator(MixedNumberTask.ToMixed, 4, 3, 4, 5, 6, 8)),
        new("y4-f-mixed-to-improper", new ImproperAndMixedGenerator(MixedNumberTask.ToImproper, 4, 3, 4, 5, 6, 8)),
        new("y4-f-equivalent-fraction-families", new EquivalentFractionsGenerator(false, false, 24, 2, 3, 4, 5, 6)),
        new("y4-f-add-fractions-beyond-one", new AddSubtractFractionsGenerator(Denominators.SameBeyondOne, Operations.Add, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
        new("y4-f-add-mixed-numbers", new MixedNumberSumsGenerator(false, Denominators.SameBeyondOne, false, 3, 4, 5, 6, 7, 8, 9, 10)),
        new("y4-f-subtract-fractions", new AddSubtractFractionsGenerator(Denominators.SameBeyondOne, Operations.Subtract, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
        new("y4-f-subtract-from-mixed-numbers", new MixedNumberSumsGenerator(true, Denominators.SameBeyondOne, true, 3, 4, 5, 6, 7, 8, 9, 10)),
        new("y4-f-fractions-of-a-quantity", new FractionOfAmountGenerator(AmountStyle.Notation, true, 12, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
        new("y4-f-tenths-on-a-number-line", new CountInFractionsGenerator(CountStyle.Decimal, 10, 10)),
        new("y4-f-hundredths", new DecimalPlaceValueGenerator(false)),
        new("y4-f-make-a-whole-with-decimals", new MakeAWholeGenerator(true)),
        new("y4-f-compare-and-order-decimals", new CompareDecimalsGenerator(false)),
        new("y4-f-round-decimals-to-whole", new RoundDecimalsGenerator(1)),
        new("y4-f-fraction-and-decimal-problems", new DecimalProblemsGenerator(false)),

        // Year 5.
        new("y5-f-improper-to-mixed", new ImproperAndMixedGenerator(MixedNumberTask.ToMixed, 6, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
        new("y5-f-mixed-to-improper", new ImproperAndMixedGenerator(MixedNumberTask.ToImproper, 6, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
        new("y5-f-compare-and-order-related-denominators", new CompareFractionsGenerator(FractionPair.RelatedDenominators, false, 2, 3, 4, 5)),
        new("y5-f-add-fractions-related-denominators", new AddSubtractFractionsGenerator(Denominators.Related, Operations.Add, 2, 3, 4, 5)),
        new("y5-f-add-mixed-numbers", new MixedNumberSumsGenerator(false, Denominators.Related, false, 2, 3, 4, 5)),
        new("y5-f-subtract-fractions-related-denominators", new AddSubtractFractionsGenerator(Denominators.Related, Operations.Subtract, 2, 3, 4, 5)),
        new("y5-f-subtract-mixed-numbers", new MixedNumberSumsGenerator(true, Denominators.Related, false, 2, 3, 4, 5)),
        new("y5-f-multiply-unit-fraction-by-whole-number", new MultiplyFractionsGenerator(Product.WholeTimesUnit, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
        new("y5-f-multiply-fraction-by-whole-number", new MultiplyFractionsGenerator(Product.WholeTimesFraction, 3, 4, 5, 6, 7, 8, 9, 10)),
        new("y5-f-unit-fraction-of-an-amount", new FractionOfAmountGenerator(AmountStyle.Notation, false, 60, 3, 4, 5, 6, 7, 8, 9)),
        new("y5-f-non-unit-fraction-of-an-amount", new FractionOfAmountGenerator(AmountStyle.Notation, true, 40, 3, 4, 5, 6, 7, 8, 9, 10)),
        new("y5-f-fraction-as-an-operator", new FractionOfAmountGenerator(AmountStyle.Operator, true, 12, 3, 4, 5, 6, 8, 10)),
        new("y5-f-fractions-of-measures", new FractionOfMeasureGenerator()),
        new("y5-f-find-the-whole", new FractionProblemsGenerator(true, 20, 3, 4, 5, 6, 7, 8, 9, 10)),
        new("y5-f-fractions-of-amounts-problems", new FractionProblemsGenerator(false, 30, 3, 4, 5, 6, 7, 8, 9, 10)),
        new("y5-f-percentage-problems", new PercentageOfAmountGenerator(false)),

        // Year 6.
        new("y6-f-fractions-on-number-line", new FractionNumberLineGenerator(LineNumbers.Improper, 3, 3, 4, 5, 6, 8)),
        new("y6-f-compare-common-denominator", new CompareFractionsGenerator(FractionPair.CommonDenominator, false, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
        new("y6-f-add-subtract-related-denominators", new AddSubtractFractionsGenerator(Denominators.Related, Operations.Both, 2, 3, 4, 5, 6)),
        new("y6-f-add-subtract-any-denominators", new AddSubtractFractionsGenerator(Denominators.Any, Operations.Both, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
        new("y6-f-multiply-fraction-by-whole", new MultiplyFractionsGenerator(Product.WholeTimesFraction, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
        new("y6-f-multiply-unit-fractions", new MultiplyFractionsGenerator(Product.UnitTimesUnit, 2, 3, 4, 5, 6, 8)),
        new("y6-f-multiply-non-unit-fractions", new MultiplyFractionsGenerator(Product.FractionTimesFraction, 3, 4, 5, 6, 8, 9, 10)),
        new("y6-f-divide-fraction-numerator-multiple", new DivideFractionGenerator(true)),
        new("y6-f-divide-fraction-any", new DivideFractionGenerator(false)),
        new("y6-f-four-operations-fractions", new FractionProblemsGenerator(true, 40, 3, 4, 5, 6, 7, 8, 9, 10, 12)),
        new("y6-f-decimal-place-value", new DecimalPlaceValueGenerator(true)),
        new("y6-f-round-decimals", new RoundDecimalsGenerator(3)),
        new("y6-f-order-fdp", new CompareDecimalsGenerator(true)),
        new("y6-f-fdp-in-context", new PercentageOfAmountGenerator(true)),
    ];
}
