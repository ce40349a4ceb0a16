using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of multiplication and division (MD).</summary>
internal static class MultiplicationAndDivisionSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
        new("y1-md-recognise-equal-groups", new EqualGroupsGenerator(EqualGroups.Recognise, true, 2, 5, 10)),
        new("y1-md-make-equal-groups", new EqualGroupsGenerator(EqualGroups.Make, true, 2, 5, 10)),
        new("y1-md-add-equal-groups", new EqualGroupsGenerator(EqualGroups.RepeatedAddition, true, 2, 5, 10)),
        new("y1-md-make-arrays", new EqualGroupsGenerator(EqualGroups.Arrays, true, 2, 5, 10)),
        new("y1-md-doubles-as-equal-groups", new EqualGroupsGenerator(EqualGroups.Doubles, true, 2)),
        new("y2-md-equal-groups", new EqualGroupsGenerator(EqualGroups.Recognise, false, 2, 3, 5, 10)),
        new("y2-md-repeated-addition", new EqualGroupsGenerator(EqualGroups.RepeatedAddition, false, 2, 3, 5, 10)),
        new("y2-md-multiplication-sentences", new EqualGroupsGenerator(EqualGroups.Sentences, false, 2, 3, 5, 10)),
        new("y2-md-arrays", new EqualGroupsGenerator(EqualGroups.Arrays, false, 2, 3, 5, 10)),
        new("y2-md-multiplication-any-order", new EqualGroupsGenerator(EqualGroups.AnyOrder, false, 2, 5, 10)),
        new("y3-md-equal-groups-and-arrays", new EqualGroupsGenerator(EqualGroups.Arrays, false, 3, 4, 8)),
        new("y3-md-multiply-on-a-number-line", new EqualGroupsGenerator(EqualGroups.NumberLine, false, 3, 4, 8)),
        new("y4-md-commutativity", new EqualGroupsGenerator(EqualGroups.Commutativity, false, 6, 7, 9, 11, 12)),
        new("y4-md-scale-multiplication-facts-by-100", new ScaledFactGenerator(ScaledFacts.Multiplication, 100)),
        new("y4-md-multiply-by-10", new PowersOfTenGenerator(PowersOfTen.Multiply, 0, 500, 10)),
        new("y4-md-multiply-by-100", new PowersOfTenGenerator(PowersOfTen.Multiply, 0, 99, 100)),
        new("y4-md-divide-by-10", new PowersOfTenGenerator(PowersOfTen.Divide, 0, 500, 10)),
        new("y4-md-divide-by-100", new PowersOfTenGenerator(PowersOfTen.Divide, 0, 99, 100)),
        new("y5-md-multiply-by-10-100-1000", new PowersOfTenGenerator(PowersOfTen.Multiply, 0, 999, 10, 100, 1000)),
        new("y5-md-divide-by-10-100-1000", new PowersOfTenGenerator(PowersOfTen.Divide, 0, 999, 10, 100, 1000)),
        new("y5-md-multiply-and-divide-by-10-with-tenths", new PowersOfTenGenerator(PowersOfTen.Multiply, 1, 9, 10)),
        new("y5-md-multiply-decimals-by-10-100-1000", new PowersOfTenGenerator(PowersOfTen.Multiply, 2, 9, 10, 100, 1000)),
        new("y5-md-divide-by-10-100-1000-decimal-answers", new PowersOfTenGenerator(PowersOfTen.Divide, -1, 99, 10, 100, 1000)),
        new("y5-md-missing-numbers-powers-of-ten", new PowersOfTenGenerator(PowersOfTen.MissingMultiplier, 1, 9, 10)),
        new("y5-md-chains-of-multiplying-and-dividing-by-powers-of-ten", new PowersOfTenGenerator(PowersOfTen.Chains, 1, 9, 100)),
        new("y3-md-multiply-2-digit-no-exchange", new WrittenMultiplicationGenerator(Multiplying.NoExchange)),
        new("y3-md-multiply-2-digit-with-exchange", new WrittenMultiplicationGenerator(Multiplying.WithExchange)),
        new("y3-md-short-multiplication", new WrittenMultiplicationGenerator(Multiplying.ColumnTwoDigit)),
        new("y4-md-distributive-law", new WrittenMultiplicationGenerator(Multiplying.SplitFactor)),
        new("y4-md-multiply-two-digit-by-partitioning", new WrittenMultiplicationGenerator(Multiplying.Partitioning)),
        new("y4-md-short-multiplication-two-digit", new WrittenMultiplicationGenerator(Multiplying.ColumnTwoDigit)),
        new("y4-md-short-multiplication-three-digit", new WrittenMultiplicationGenerator(Multiplying.ShortThreeDigit)),
        new("y5-md-short-multiplication", new WrittenMultiplicationGenerator(Multiplying.ShortFourDigit)),
        new("y5-md-multiply-2-digit-by-2-digit-area", new WrittenMultiplicationGenerator(Multiplying.Area)),
        new("y5-md-long-multiplication-2-by-2", new WrittenMultiplicationGenerator(Multiplying.LongTwoByTwo)),
        new("y5-md-long-multiplication-larger", new WrittenMultiplicationGenerator(Multiplying.LongLarger)),
        new("y3-md-divide-2-digit-no-exchange", new WrittenDivisionGenerator(Dividing.NoExchange)),
        new("y3-md-divide-2-digit-flexible-partitioning", new WrittenDivisionGenerator(Dividing.Flexible)),
        new("y4-md-divide-two-digit-by-partitioning", new WrittenDivisionGenerator(Dividing.Flexible)),
        new("y4-md-divide-three-digit-by-one-digit", new WrittenDivisionGenerator(Dividing.ThreeDigit)),
        new("y5-md-divide-mentally", new WrittenDivisionGenerator(Dividing.Mental)),
        new("y5-md-short-division", new WrittenDivisionGenerator(Dividing.Short)),
        new("y2-md-two-times-table", new TimesTableGenerator(TableFacts.Table, 2)),
        new("y2-md-ten-times-table", new TimesTableGenerator(TableFacts.Table, 10)),
        new("y2-md-five-times-table", new TimesTableGenerator(TableFacts.Table, 5)),
        new("y2-md-how-many-groups", new DivisionFactGenerator(DivisionFacts.HowManyGroups, 2, 5, 10)),
        new("y2-md-division-order-matters", new DivisionFactGenerator(DivisionFacts.DivisionOrder, 2, 5, 10)),
        new("y3-md-fact-families-multiplication", new DivisionFactGenerator(DivisionFacts.FactFamily, 2, 3, 4, 5, 8, 10)),
        new("y3-md-missing-numbers-multiplication-division", new DivisionFactGenerator(DivisionFacts.MissingNumbers, 2, 3, 4, 5, 8, 10)),
        new("y4-md-rearrange-multiplication-and-division", new DivisionFactGenerator(DivisionFacts.Rearrange, 3, 4, 6, 7, 8, 9, 11, 12)),
    ];
}
