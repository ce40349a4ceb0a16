using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of addition and subtraction (AS, and Year 6 ASMD).</summary>
internal static class AdditionAndSubtractionSteps
{
    private const char Add = '+';
    private const char Subtract = '−';
    private const char Multiply = '×';

    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
        // Year 1
        new("y1-as-parts-and-wholes", new BondsGenerator(BondKind.PartsAndWholes)),
        new("y1-as-partition-numbers-to-5", new BondsGenerator(BondKind.UpToFive)),
        new("y1-as-partition-numbers-6-to-10", new BondsGenerator(BondKind.SixToTen)),
        new("y1-as-number-bonds-to-10", new BondsGenerator(BondKind.BondsToTen)),
        new("y1-as-odd-and-even-to-10", new OddEvenDoublesGenerator(false)),
        new("y1-as-add-parts-together", new CountingGenerator(CountingKind.PartsTogether)),
        new("y1-as-add-by-counting-on", new CountingGenerator(CountingKind.CountOn)),
        new("y1-as-addition-in-any-order", new EqualityGenerator(EqualityKind.AnyOrder)),
        new("y1-as-subtract-find-a-part", new CountingGenerator(CountingKind.FindAPart)),
        new("y1-as-subtract-take-away", new CountingGenerator(CountingKind.TakeAway)),
        new("y1-as-add-and-subtract-zero", new CountingGenerator(CountingKind.Zero)),
        new("y1-as-fact-families-within-10", new FactFamilyGenerator(1, false)),
        new("y1-as-add-by-counting-on-within-20", new CountingGenerator(CountingKind.CountOnToTwenty)),
        new("y1-as-add-ones-within-20", new ShiftFactGenerator(Add, 1, 0, 1, 1)),
        new("y1-as-subtract-ones-within-20", new ShiftFactGenerator(Subtract, 1, 0, 1, 1)),
        new("y1-as-number-bonds-within-20", new BondsGenerator(BondKind.BondsToTwenty)),
        new("y1-as-doubles-to-20", new OddEvenDoublesGenerator(true)),
        new("y1-as-add-and-subtract-across-10", new BridgingGenerator(Add, 1, 0, 0, 0)),
        new("y1-as-find-the-difference-within-20", new DifferenceGenerator(20, false)),
        new("y1-as-compare-number-sentences-within-20", new EqualityGenerator(EqualityKind.CompareSentences)),
        new("y1-as-missing-numbers-and-problems-within-20", new MissingNumberGenerator(11, 20, 3)),

        // Year 2
        new("y2-as-add-by-bridging-ten", new BridgingGenerator(Add, 1, 0, 0, 0)),
        new("y2-as-subtract-by-bridging-ten", new BridgingGenerator(Subtract, 1, 0, 1, 1)),
        new("y2-as-order-of-addition", new EqualityGenerator(EqualityKind.OrderMatters)),
        new("y2-as-add-three-numbers", new EqualityGenerator(EqualityKind.ThreeNumbers)),
        new("y2-as-add-and-subtract-ones", new AddSubtractOnePlaceGenerator(2, 1)),
        new("y2-as-make-the-next-ten", new BondsGenerator(BondKind.NextTen)),
        new("y2-as-add-ones-crossing-ten", new BridgingGenerator(Add, 1, 0, 1, 8)),
        new("y2-as-subtract-ones-crossing-ten", new BridgingGenerator(Subtract, 1, 0, 2, 9)),
        new("y2-as-add-and-subtract-tens", new AddSubtractOnePlaceGenerator(2, 10)),
        new("y2-as-add-two-digit-numbers", new PartitionGenerator(Add, false)),
        new("y2-as-add-two-digit-numbers-crossing-ten", new PartitionGenerator(Add, true)),
        new("y2-as-subtract-two-digit-numbers", new PartitionGenerator(Subtract, false)),
        new("y2-as-subtract-two-digit-numbers-crossing-ten", new PartitionGenerator(Subtract, true)),
        new("y2-as-check-with-the-inverse", new FactFamilyGenerator(2, true)),
        new("y2-as-missing-number-problems", new MissingNumberGenerator(30, 99, 11)),
        new("y2-as-solve-problems", new MissingNumberGenerator(30, 99, 11)),

        // Year 3
        // Year 3
        new("y3-as-fact-families-part-whole", new FactFamilyGenerator(2, false)),
        new("y3-as-add-subtract-ones", new AddSubtractOnePlaceGenerator(3, 1)),
        new("y3-as-add-subtract-tens", new AddSubtractOnePlaceGenerator(3, 10)),
        new("y3-as-add-subtract-hundreds", new AddSubtractOnePlaceGenerator(3, 100)),
        new("y3-as-add-ones-across-ten", new BridgingGenerator(Add, 1, 0, 10, 99)),
        new("y3-as-subtract-ones-across-ten", new BridgingGenerator(Subtract, 1, 0, 10, 99)),
        new("y3-as-add-tens-across-hundred", new BridgingGenerator(Add, 10, 0, 1, 8)),
        new("y3-as-subtract-tens-across-hundred", new BridgingGenerator(Subtract, 10, 0, 2, 9)),
        new("y3-as-tens-complements-to-100", new BondsGenerator(BondKind.TensToHundred)),
        new("y3-as-complements-to-100", new BondsGenerator(BondKind.ToHundred)),
        new("y3-as-column-add-no-exchange", new ColumnGenerator(Add, 3, 3, Exchanges.None)),
        new("y3-as-column-add-one-exchange", new ColumnGenerator(Add, 3, 3, Exchanges.One)),
        new("y3-as-column-add-more-exchanges", new ColumnGenerator(Add, 3, 3, Exchanges.Several)),
        new("y3-as-column-subtract-no-exchange", new ColumnGenerator(Subtract, 3, 3, Exchanges.None)),
        new("y3-as-column-subtract-one-exchange", new ColumnGenerator(Subtract, 3, 3, Exchanges.One)),
        new("y3-as-column-subtract-more-exchanges", new ColumnGenerator(Subtract, 3, 3, Exchanges.Several)),
        new("y3-as-estimate-answers", new EstimateGenerator(3, 100, 3, Add)),
        new("y3-as-check-with-inverse", new FactFamilyGenerator(3, true)),
        new("y3-as-missing-numbers-and-problems", new MissingNumberGenerator(150, 999, 45)),

        // Year 4
        new("y4-as-add-subtract-ones-tens-hundreds-thousands", new AddSubtractOnePlaceGenerator(4, 100)),
        new("y4-as-scale-addition-facts-by-100", new ScaledFactGenerator(10, 100, true)),
        new("y4-as-column-addition-no-exchange", new ColumnGenerator(Add, 4, 4, Exchanges.None)),
        new("y4-as-column-addition-one-exchange", new ColumnGenerator(Add, 4, 4, Exchanges.One)),
        new("y4-as-column-addition-several-exchanges", new ColumnGenerator(Add, 4, 4, Exchanges.Several)),
        new("y4-as-column-subtraction-no-exchange", new ColumnGenerator(Subtract, 4, 4, Exchanges.None)),
        new("y4-as-column-subtraction-one-exchange", new ColumnGenerator(Subtract, 4, 4, Exchanges.One)),
        new("y4-as-column-subtraction-several-exchanges", new ColumnGenerator(Subtract, 4, 4, Exchanges.Several)),
        new("y4-as-subtract-across-zeros", new ColumnGenerator(Subtract, 4, 4, Exchanges.AcrossZeros)),
        new("y4-as-choose-efficient-method", new CompensationGenerator(4, 1_000, 2)),
        new("y4-as-estimate-answers", new EstimateGenerator(4, 1_000, 4, Add)),
        new("y4-as-check-with-inverse", new FactFamilyGenerator(4, true)),
        new("y4-as-two-step-problems", new MultiStepGenerator(4, false)),

        // Year 5
        new("y5-as-mental-add-subtract-multiples", new ScaledFactGenerator(1_000, 10_000, false)),
        new("y5-as-mental-strategies", new CompensationGenerator(6, 10_000, 3)),
        new("y5-as-column-addition", new ColumnGenerator(Add, 6, 5, Exchanges.Several)),
        new("y5-as-column-subtraction", new ColumnGenerator(Subtract, 5, 5, Exchanges.Several)),
        new("y5-as-subtract-across-zeros", new ColumnGenerator(Subtract, 5, 4, Exchanges.AcrossZeros)),
        new("y5-as-inverse-to-check", new FactFamilyGenerator(5, true)),
        new("y5-as-round-to-estimate", new EstimateGenerator(6, 10_000, 6, Add)),
        new("y5-as-multi-step-problems", new MultiStepGenerator(5, false)),
        new("y5-as-add-subtract-decimals-mentally", new ShiftFactGenerator(Add, 10, 2, 1, 9)),
        new("y5-as-bridge-a-whole-with-decimals", new BridgingGenerator(Add, 1, 1, 1, 8)),
        new("y5-as-add-subtract-decimals-same-places", new ColumnGenerator(Add, 3, 3, Exchanges.One, 2)),
        new("y5-as-add-subtract-decimals-different-places", new ColumnGenerator(Subtract, 3, 3, Exchanges.Any, 2, 0)),
        new("y5-as-decimal-sequences", new SequenceGenerator()),
        new("y5-as-decimal-complements-and-problems", new BondsGenerator(BondKind.DecimalsToOne)),

        // Year 6
        new("y6-asmd-mental-add-subtract", new ScaledFactGenerator(10_000, 100_000, true)),
        new("y6-asmd-column-add-subtract-problems", new MultiStepGenerator(6, false)),
        new("y6-asmd-additive-or-multiplicative", new AdditiveMultiplicativeGenerator()),
        new("y6-asmd-derive-related-facts", new RelatedFactsGenerator(false)),
        new("y6-asmd-common-factors", new FactorsMultiplesGenerator(FactorKind.CommonFactors)),
        new("y6-asmd-common-multiples", new FactorsMultiplesGenerator(FactorKind.CommonMultiples)),
        new("y6-asmd-primes", new FactorsMultiplesGenerator(FactorKind.Primes)),
        new("y6-asmd-multiply-by-multiples-of-ten", new LongMultiplicationGenerator(0)),
        new("y6-asmd-long-multiplication-2-by-2", new LongMultiplicationGenerator(2)),
        new("y6-asmd-long-multiplication-4-by-2", new LongMultiplicationGenerator(4)),
        new("y6-asmd-short-division-by-two-digit", new DivisionGenerator(DivisionKind.Short)),
        new("y6-asmd-divide-using-factors", new DivisionGenerator(DivisionKind.UsingFactors)),
        new("y6-asmd-long-division-3-by-2", new DivisionGenerator(DivisionKind.LongThreeDigits)),
        new("y6-asmd-long-division-4-by-2", new DivisionGenerator(DivisionKind.LongFourDigits)),
        new("y6-asmd-long-division-remainders", new DivisionGenerator(DivisionKind.Remainders)),
        new("y6-asmd-order-of-operations", new OrderOfOperationsGenerator()),
        new("y6-asmd-mental-mixed-operations", new RelatedFactsGenerator(true)),
        new("y6-asmd-estimate-to-check", new EstimateGenerator(4, 0, 2, Multiply)),
        new("y6-asmd-four-operation-problems", new MultiStepGenerator(3, true)),
        new("y6-asmd-bar-models-for-two-unknowns", new TwoUnknownsGenerator(TwoUnknownsKind.BarModels)),
        new("y6-asmd-sum-and-difference", new TwoUnknownsGenerator(TwoUnknownsKind.SumAndDifference)),
        new("y6-asmd-total-and-multiplier", new TwoUnknownsGenerator(TwoUnknownsKind.TotalAndMultiplier)),
        new("y6-asmd-difference-and-multiplier", new TwoUnknownsGenerator(TwoUnknownsKind.DifferenceAndMultiplier)),
        new("y6-asmd-two-linked-facts", new LinkedFactsGenerator(false)),
        new("y6-asmd-systematic-trial", new LinkedFactsGenerator(true)),
    ];
}
