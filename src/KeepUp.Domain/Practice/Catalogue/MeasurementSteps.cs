using System.Collections.Generic;
using KeepUp.Domain.Practice.Generators;
using KeepUp.Domain.Practice.Generators.Measurement;

namespace KeepUp.Domain.Practice.Catalogue;

/// <summary>The generators for the steps of money, time and length (M).</summary>
internal static class MeasurementSteps
{
    /// <summary>Each step id with the generator set up for it.</summary>
    public static IEnumerable<KeyValuePair<string, QuestionGenerator>> Generators =>
    [
        // Money
        new("y1-m-recognise-coins", new CoinValueGenerator(CoinTask.Recognise)),
        new("y1-m-count-in-coins", new CoinValueGenerator(CoinTask.SameCoins)),
        new("y2-m-count-money-in-pence", new CoinValueGenerator(CoinTask.Pence)),
        new("y2-m-count-money-in-pounds", new CoinValueGenerator(CoinTask.Pounds)),
        new("y2-m-pounds-and-pence", new PoundsAndPenceGenerator(PoundsAndPenceForm.PoundsAndPence)),
        new("y3-m-pounds-and-pence", new PoundsAndPenceGenerator(PoundsAndPenceForm.InPence)),
        new("y4-m-pounds-and-pence", new PoundsAndPenceGenerator(PoundsAndPenceForm.Decimal)),
        new("y2-m-compare-amounts-of-money", new MoneyCompareGenerator(2)),
        new("y4-m-compare-and-estimate-money", new MoneyCompareGenerator(4)),
        new("y3-m-add-money", new MoneyCalculationGenerator(MoneyCalculation.Add)),
        new("y3-m-subtract-money", new MoneyCalculationGenerator(MoneyCalculation.Subtract)),
        new("y4-m-calculate-with-money", new MoneyCalculationGenerator(MoneyCalculation.Calculate)),
        new("y2-m-money-problems", new MoneyProblemGenerator(2)),
        new("y4-m-money-problems", new MoneyProblemGenerator(4)),
    ];
}
