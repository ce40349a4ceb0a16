using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of number facts (NF).</summary>
internal static class NumberFactsSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
        new("y1-nf-count-in-10s", new CountingGenerator(Counting.InSteps, 10)),
        new("y1-nf-count-in-2s", new CountingGenerator(Counting.InSteps, 2)),
        new("y1-nf-count-in-5s", new CountingGenerator(Counting.InSteps, 5)),
        new("y1-nf-patterns-in-counting-in-2s-5s-10s", new CountingGenerator(Counting.Patterns, 0)),
        new("y1-nf-keep-track-of-the-count", new CountingGenerator(Counting.KeepTrack, 0)),
        new("y1-nf-choose-how-to-count", new CountingGenerator(Counting.Collections, 10)),
        new("y2-nf-odd-and-even", new FactorsAndMultiplesGenerator(NumberProperty.OddEven)),
        new("y3-nf-multiples-of-2-5-10", new FactorsAndMultiplesGenerator(NumberProperty.MultiplesOfTwoFiveTen)),
        new("y4-nf-divide-with-remainders", new RemainderGenerator(Remainders.Divide, 100)),
        new("y4-nf-interpret-remainders", new RemainderGenerator(Remainders.Interpret, 100)),
        new("y1-nf-add-and-subtract-1-and-2", new AdditiveFactGenerator(AdditiveFacts.OneOrTwoMore)),
        new("y1-nf-facts-using-five", new AdditiveFactGenerator(AdditiveFacts.UsingFive)),
        new("y1-nf-doubles-within-10", new DoublesGenerator(DoubleFacts.DoublesWithinTen)),
        new("y1-nf-near-doubles-within-10", new DoublesGenerator(DoubleFacts.NearDoublesWithinTen)),
        new("y1-nf-subtract-from-ten", new AdditiveFactGenerator(AdditiveFacts.SubtractFromTen)),
        new("y1-nf-subtract-by-thinking-addition", new AdditiveFactGenerator(AdditiveFacts.SubtractByAdding)),
        new("y1-nf-choose-a-strategy-within-10", new DoublesGenerator(DoubleFacts.ChooseStrategy)),
        new("y2-nf-bonds-within-ten", new AdditiveFactGenerator(AdditiveFacts.BondsWithinTen)),
        new("y2-nf-subtraction-facts-within-ten", new AdditiveFactGenerator(AdditiveFacts.SubtractionWithinTen)),
        new("y2-nf-doubles-and-near-doubles", new DoublesGenerator(DoubleFacts.DoublesToTwenty)),
        new("y2-nf-bonds-to-twenty", new AdditiveFactGenerator(AdditiveFacts.BondsToTwenty)),
        new("y2-nf-missing-numbers-in-facts-to-20", new AdditiveFactGenerator(AdditiveFacts.MissingNumbersToTwenty)),
        new("y3-nf-add-bridging-ten", new BridgingTenGenerator(BridgingFacts.Add)),
        new("y3-nf-subtract-bridging-ten", new BridgingTenGenerator(BridgingFacts.Subtract)),
        new("y3-nf-bridging-fact-families", new BridgingTenGenerator(BridgingFacts.Families)),
        new("y2-nf-related-facts-in-tens", new ScaledFactGenerator(ScaledFacts.Addition, 10)),
        new("y3-nf-scale-addition-facts-by-ten", new ScaledFactGenerator(ScaledFacts.Addition, 10)),
        new("y3-nf-scale-subtraction-facts-by-ten", new ScaledFactGenerator(ScaledFacts.Subtraction, 10)),
        new("y3-nf-missing-multiples-of-ten", new ScaledFactGenerator(ScaledFacts.MissingNumber, 10)),
        new("y3-nf-scale-multiplication-facts-by-ten", new ScaledFactGenerator(ScaledFacts.Multiplication, 10)),
        new("y5-nf-scale-facts-by-10-and-100", new ScaledFactGenerator(ScaledFacts.Multiplication, 10, 100)),
        new("y5-nf-scale-additive-facts-by-a-tenth", new ScaledFactGenerator(ScaledFacts.Addition, Fraction.Of(1, 10))),
        new("y5-nf-scale-additive-facts-by-a-hundredth", new ScaledFactGenerator(ScaledFacts.Addition, Fraction.Of(1, 100))),
        new("y5-nf-scale-facts-by-a-tenth", new ScaledFactGenerator(ScaledFacts.Multiplication, Fraction.Of(1, 10))),
        new("y5-nf-scale-facts-by-a-hundredth", new ScaledFactGenerator(ScaledFacts.Multiplication, Fraction.Of(1, 100))),
        new("y5-nf-family-of-scaled-facts", new ScaledFactGenerator(ScaledFacts.Multiplication, 10, Fraction.Of(1, 10), Fraction.Of(1, 100))),
        new("y2-nf-recall-multiplication-facts", new TimesTableGenerator(TableFacts.Recall, 2, 5, 10)),
        new("y2-nf-links-between-5-and-10-times-tables", new TimesTableGenerator(TableFacts.LinksFiveAndTen, 5)),
        new("y2-nf-related-division-facts", new DivisionFactGenerator(DivisionFacts.Related, 2, 5, 10)),
        new("y2-nf-missing-factors", new DivisionFactGenerator(DivisionFacts.MissingFactor, 2, 5, 10)),
        new("y2-nf-double-and-halve", new TimesTableGenerator(TableFacts.DoubleAndHalve, 2)),
        new("y3-nf-four-times-table", new TimesTableGenerator(TableFacts.Table, 4)),
        new("y3-nf-eight-times-table", new TimesTableGenerator(TableFacts.Table, 8)),
        new("y3-nf-divide-by-4-and-8", new DivisionFactGenerator(DivisionFacts.Related, 4, 8)),
        new("y3-nf-links-between-2-4-8", new TimesTableGenerator(TableFacts.LinksTwoFourEight, 2)),
        new("y3-nf-three-times-table", new TimesTableGenerator(TableFacts.Table, 3)),
        new("y4-nf-multiply-and-divide-by-1-and-0", new TimesTableGenerator(TableFacts.TimesOneAndZero, 1)),
        new("y4-nf-six-times-table", new TimesTableGenerator(TableFacts.Table, 6)),
        new("y4-nf-nine-times-table", new TimesTableGenerator(TableFacts.Table, 9)),
        new("y4-nf-seven-times-table", new TimesTableGenerator(TableFacts.Table, 7)),
        new("y4-nf-eleven-times-table", new TimesTableGenerator(TableFacts.Table, 11)),
        new("y4-nf-twelve-times-table", new TimesTableGenerator(TableFacts.Table, 12)),
        new("y4-nf-products-as-multiples", new DivisionFactGenerator(DivisionFacts.ProductsAsMultiples, 3, 4, 6, 7, 8, 9, 11, 12)),
        new("y5-nf-recall-table-facts", new TimesTableGenerator(TableFacts.Recall, 3, 4, 6, 7, 8, 9, 11, 12)),
        new("y5-nf-derive-facts-by-doubling-and-halving", new TimesTableGenerator(TableFacts.DeriveByDoubling, 2)),
        new("y5-nf-related-division-facts", new DivisionFactGenerator(DivisionFacts.Related, 3, 4, 6, 7, 8, 9, 12)),
        new("y5-nf-multiply-by-5-25-and-50", new WrittenMultiplicationGenerator(Multiplying.ByFiveTwentyFiveFifty)),
        new("y5-nf-multiply-mentally-by-partitioning", new WrittenMultiplicationGenerator(Multiplying.Partitioning)),
        new("y5-nf-scaled-facts-in-measures", new ScalingProblemGenerator(Problems.Measures)),
    ];
}
