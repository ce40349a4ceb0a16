using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of number and place value (NPV).</summary>
internal static class NumberAndPlaceValueSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
        // Counting in ones and in steps.
        new("y1-npv-count-forwards-backwards-within-10", new CountingSequenceGenerator([1], 0, 10, fromAnyNumber: true)),
        new("y1-npv-count-to-20", new CountingSequenceGenerator([1], 0, 20, fromAnyNumber: true)),
        new("y1-npv-count-to-50", new CountingSequenceGenerator([1], 0, 50, fromAnyNumber: true)),
        new("y1-npv-count-to-100", new CountingSequenceGenerator([1], 60, 120, fromAnyNumber: true)),
        new("y2-npv-count-in-twos-fives-threes", new CountingSequenceGenerator([2, 5, 3], 0, 100, fromAnyNumber: false)),
        new("y3-npv-count-in-hundreds", new CountingSequenceGenerator([100], 0, 1000, fromAnyNumber: false)),
        new("y4-npv-count-in-thousands", new CountingSequenceGenerator([1000], 0, 10_000, fromAnyNumber: false)),
        new("y5-npv-count-in-powers-of-ten", new CountingSequenceGenerator([1000, 10_000, 100_000], 0, 1_000_000, fromAnyNumber: true)),

        // Counting objects by seeing groups.
        new("y1-npv-count-objects-to-10", new CountObjectsGenerator(CountingGroup.Five)),
        new("y1-npv-represent-numbers-to-10", new CountObjectsGenerator(CountingGroup.Five)),
        new("y1-npv-count-objects-to-20", new CountObjectsGenerator(CountingGroup.TenThenCountOn)),
        new("y1-npv-teens-as-ten-and-ones", new CountObjectsGenerator(CountingGroup.TenAndOnes)),
        new("y2-npv-count-objects-in-tens", new CountObjectsGenerator(CountingGroup.Tens)),

        // Numerals and words.
        new("y1-npv-numerals-and-words-to-10", new ReadWriteNumbersGenerator(1, 10)),
        new("y1-npv-numerals-and-words-to-20", new ReadWriteNumbersGenerator(11, 20)),
        new("y1-npv-read-and-write-numbers-to-50", new ReadWriteNumbersGenerator(21, 50)),
        new("y2-npv-read-and-write-numbers", new ReadWriteNumbersGenerator(21, 99)),
        new("y3-npv-read-write-numbers-to-1000", new ReadWriteNumbersGenerator(101, 999)),
        new("y5-npv-numbers-to-100000", new ReadWriteNumbersGenerator(10_001, 99_999)),
        new("y5-npv-numbers-to-a-million", new ReadWriteNumbersGenerator(100_001, 999_999)),
        new("y6-npv-numbers-to-ten-million", new ReadWriteNumbersGenerator(1_000_001, 9_999_999)),

        // Representing and partitioning by place value.
        new("y1-npv-tens-and-ones-to-50", new PlaceValuePartsGenerator(21, 49)),
        new("y1-npv-tens-and-ones-to-100", new PlaceValuePartsGenerator(21, 98)),
        new("y1-npv-partition-numbers-to-100", new PlaceValuePartsGenerator(21, 98)),
        new("y2-npv-tens-and-ones", new PlaceValuePartsGenerator(12, 98)),
        new("y2-npv-partition-tens-and-ones", new PlaceValuePartsGenerator(12, 98)),
        new("y3-npv-represent-three-digit-numbers", new PlaceValuePartsGenerator(102, 987)),
        new("y3-npv-partition-hundreds-tens-ones", new PlaceValuePartsGenerator(102, 987)),
        new("y4-npv-represent-four-digit-numbers", new PlaceValuePartsGenerator(1023, 9876)),
        new("y4-npv-partition-four-digit-numbers", new PlaceValuePartsGenerator(1023, 9876)),
        new("y5-npv-partition-numbers-to-a-million", new PlaceValuePartsGenerator(102_345, 987_654)),
        new("y2-npv-partition-flexibly", new FlexiblePartitionGenerator(2, 1)),
        new("y3-npv-partition-flexibly", new FlexiblePartitionGenerator(3, 1)),
        new("y4-npv-partition-flexibly", new FlexiblePartitionGenerator(4, 1)),
        new("y6-npv-partition-large-numbers", new FlexiblePartitionGenerator(7, 10_000)),

        // A number as a count of tens, hundreds or thousands.
        new("y1-npv-ten-ones-make-a-ten", new CountObjectsGenerator(CountingGroup.TenAndOnes)),
        new("y2-npv-zero-as-a-place-holder", new GroupingUnitsGenerator(10, 90)),
        new("y3-npv-ten-tens-make-a-hundred", new GroupingUnitsGenerator(10, 990)),
        new("y3-npv-tens-in-multiples-of-ten", new GroupingUnitsGenerator(10, 990)),
        new("y4-npv-ten-hundreds-make-a-thousand", new GroupingUnitsGenerator(100, 9900)),
        new("y4-npv-hundreds-in-multiples-of-100", new GroupingUnitsGenerator(100, 9900)),

        // One, ten, a hundred or a thousand more or less.
        new("y1-npv-one-more-one-less-to-10", new MoreOrLessGenerator([1], 0, 10)),
        new("y1-npv-one-more-one-less-to-20", new MoreOrLessGenerator([1], 0, 20)),
        new("y3-npv-ten-or-hundred-more-or-less", new MoreOrLessGenerator([10, 100], 100, 999)),
        new("y4-npv-thousand-more-or-less", new MoreOrLessGenerator([1000, 100, 10, 1], 1000, 9999)),

        // Comparing and ordering.
        new("y1-npv-compare-groups", new CompareAndOrderGenerator(CompareKind.Groups, 1, 10)),
        new("y1-npv-compare-numbers-symbols", new CompareAndOrderGenerator(CompareKind.Whole, 0, 10)),
        new("y1-npv-order-numbers-on-a-number-line-to-10", new CompareAndOrderGenerator(CompareKind.Whole, 0, 10)),
        new("y1-npv-compare-and-order-to-20", new CompareAndOrderGenerator(CompareKind.Whole, 0, 20)),
        new("y1-npv-number-line-to-50", new CompareAndOrderGenerator(CompareKind.Whole, 0, 50)),
        new("y1-npv-hundred-square-and-compare-to-100", new CompareAndOrderGenerator(CompareKind.Whole, 1, 100)),
        new("y2-npv-compare-numbers", new CompareAndOrderGenerator(CompareKind.Whole, 1, 100)),
        new("y2-npv-order-numbers", new CompareAndOrderGenerator(CompareKind.Whole, 1, 100)),
        new("y3-npv-compare-numbers-to-1000", new CompareAndOrderGenerator(CompareKind.Whole, 100, 1000)),
        new("y3-npv-order-numbers-to-1000", new CompareAndOrderGenerator(CompareKind.Whole, 100, 1000)),
        new("y4-npv-compare-four-digit-numbers", new CompareAndOrderGenerator(CompareKind.Whole, 1000, 10_000)),
        new("y4-npv-order-four-digit-numbers", new CompareAndOrderGenerator(CompareKind.Whole, 1000, 10_000)),
        new("y5-npv-compare-and-order-to-a-million", new CompareAndOrderGenerator(CompareKind.Whole, 10_000, 1_000_000)),
        new("y6-npv-compare-order", new CompareAndOrderGenerator(CompareKind.Whole, 100_000, 10_000_000)),
        new("y5-npv-compare-and-order-decimals", new CompareAndOrderGenerator(CompareKind.Decimal, 0, 10)),
        new("y5-npv-compare-and-order-negative-numbers", new CompareAndOrderGenerator(CompareKind.Negative, -10, 10)),

        // Number lines and scales.
        new("y1-npv-number-line-to-100", new NumberLineGenerator(100, 10, 0)),
        new("y2-npv-tens-on-a-number-line", new NumberLineGenerator(100, 10, 0)),
        new("y2-npv-place-on-a-number-line", new NumberLineGenerator(100, 10, 0)),
        new("y2-npv-estimate-on-a-number-line", new NumberLineGenerator(100, 10, 0)),
        new("y3-npv-number-line-to-1000", new NumberLineGenerator(1000, 100, 0)),
        new("y3-npv-estimate-on-number-line", new NumberLineGenerator(1000, 100, 0)),
        new("y4-npv-four-digit-numbers-on-a-number-line", new NumberLineGenerator(10_000, 1000, 0)),
        new("y5-npv-numbers-to-a-million-on-a-number-line", new NumberLineGenerator(1_000_000, 100_000, 0)),
        new("y6-npv-number-line-ten-million", new NumberLineGenerator(10_000_000, 1_000_000, 0)),
        new("y5-npv-decimals-on-a-number-line", new NumberLineGenerator(1, 0.1m, 9)),
        new("y3-npv-divide-100-into-equal-parts", new ScaleReadingGenerator([100], 0)),
        new("y3-npv-read-scales-in-hundreds", new ScaleReadingGenerator([100], 9)),
        new("y4-npv-equal-parts-of-a-thousand", new ScaleReadingGenerator([1000], 0)),
        new("y4-npv-read-scales-in-thousands", new ScaleReadingGenerator([1000], 9)),
        new("y5-npv-split-one-into-equal-parts", new ScaleReadingGenerator([1], 0)),
        new("y5-npv-read-scales-with-decimal-intervals", new ScaleReadingGenerator([1], 9)),
        new("y6-npv-split-powers-of-ten", new ScaleReadingGenerator([0.1m, 10, 1000, 100_000, 1_000_000], 4)),

        // Rounding.
        new("y4-npv-round-to-nearest-10", new RoundingGenerator([10], 1000, 9999, 0)),
        new("y4-npv-round-to-nearest-100", new RoundingGenerator([100], 1000, 9999, 0)),
        new("y4-npv-round-to-nearest-1000", new RoundingGenerator([1000], 1000, 9999, 0)),
        new("y5-npv-round-to-10-100-1000", new RoundingGenerator([10, 100, 1000], 10_000, 99_999, 0)),
        new("y5-npv-round-to-10000-and-100000", new RoundingGenerator([10_000, 100_000], 100_000, 999_999, 0)),
        new("y6-npv-round-any-number", new RoundingGenerator([1000, 100_000, 1_000_000], 1_000_000, 9_999_999, 0)),
        new("y5-npv-round-decimals-to-whole", new RoundingGenerator([1], 1, 99, 2)),
        new("y5-npv-round-to-one-decimal-place", new RoundingGenerator([0.1m], 1, 99, 2)),

        // Roman numerals.
        new("y4-npv-roman-numerals-to-100", new RomanNumeralsGenerator(100)),
        new("y5-npv-roman-numerals-to-1000", new RomanNumeralsGenerator(1000)),

        // Negative numbers.
        new("y4-npv-count-through-zero", new NegativeNumbersGenerator(typedNegatives: false, temperatures: false)),
        new("y5-npv-negative-numbers-in-context", new NegativeNumbersGenerator(typedNegatives: true, temperatures: true)),
        new("y6-npv-negative-numbers", new NegativeNumbersGenerator(typedNegatives: true, temperatures: true)),
        new("y5-npv-difference-across-zero", new DifferenceAcrossZeroGenerator()),
        new("y6-npv-intervals-across-zero", new DifferenceAcrossZeroGenerator()),

        // Decimals, powers of ten and problems.
        new("y5-npv-tenths-and-hundredths", new DecimalUnitsGenerator()),
        new("y5-npv-decimals-to-2dp", new DecimalPlaceValueGenerator(2)),
        new("y5-npv-thousandths", new DecimalPlaceValueGenerator(3)),
        new("y6-npv-ten-times-links", new TenTimesGenerator()),
        new("y2-npv-place-value-problems", new DigitCardsGenerator()),
        new("y6-npv-round-in-context", new RoundInContextGenerator()),
    ];
}
