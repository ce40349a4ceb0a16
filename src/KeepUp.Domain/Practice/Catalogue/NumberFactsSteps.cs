using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of number facts (NF).</summary>
internal static class NumberFactsSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
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
    ];
}
