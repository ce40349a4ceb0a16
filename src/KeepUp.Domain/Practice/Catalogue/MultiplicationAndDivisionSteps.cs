using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of multiplication and division (MD).</summary>
internal static class MultiplicationAndDivisionSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
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
