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

        // Time
        new("y1-m-hours-minutes-seconds", new DurationCompareGenerator(1)),
        new("y1-m-tell-time-to-the-hour", new ClockReadingGenerator(ClockPrecision.Hour)),
        new("y1-m-tell-time-to-half-past", new ClockReadingGenerator(ClockPrecision.HalfPast)),
        new("y2-m-minutes-and-hours", new TimeUnitsGenerator(2)),
        new("y2-m-o-clock-and-half-past", new ClockReadingGenerator(ClockPrecision.HalfPast)),
        new("y2-m-time-to-five-minutes", new ClockReadingGenerator(ClockPrecision.FiveMinutes)),
        new("y2-m-draw-hands-on-a-clock", new ClockHandsGenerator()),
        new("y2-m-compare-durations", new DurationCompareGenerator(2)),
        new("y2-m-sequence-and-find-intervals", new DurationGenerator(DurationTask.Intervals)),
        new("y3-m-tell-time-to-5-minutes", new ClockReadingGenerator(ClockPrecision.FiveMinutes)),
        new("y3-m-tell-time-to-the-minute", new ClockReadingGenerator(ClockPrecision.Minute)),
        new("y3-m-twenty-four-hour-clock", new TwentyFourHourGenerator(3)),
        new("y3-m-seconds-minutes-hours", new TimeUnitsGenerator(3)),
        new("y3-m-find-durations", new DurationGenerator(DurationTask.Durations)),
        new("y3-m-compare-durations", new DurationGenerator(DurationTask.StartAndEnd)),
        new("y4-m-hours-minutes-seconds", new TimeUnitsGenerator(4)),
        new("y4-m-analogue-and-digital-12-hour", new ClockReadingGenerator(ClockPrecision.Digital)),
        new("y4-m-twenty-four-hour-clock", new TwentyFourHourGenerator(4)),
        new("y4-m-time-problems", new DurationGenerator(DurationTask.Problems)),
        new("y5-m-convert-time", new TimeUnitsGenerator(5)),
        new("y6-m-convert-time", new TimeUnitsGenerator(6)),

        // Length
        new("y1-m-compare-lengths-and-heights", new LengthCompareGenerator(LengthComparison.Rods)),
        new("y1-m-measure-length-non-standard-units", new MeasureLengthGenerator(LengthTool.Cubes)),
        new("y1-m-measure-length-in-centimetres", new MeasureLengthGenerator(LengthTool.ShortRuler)),
        new("y2-m-measure-in-centimetres", new MeasureLengthGenerator(LengthTool.Ruler)),
        new("y2-m-measure-in-metres", new MeasureLengthGenerator(LengthTool.MetreStick)),
        new("y2-m-choose-units-of-length", new ChooseLengthUnitGenerator()),
        new("y2-m-compare-lengths", new LengthCompareGenerator(LengthComparison.SameUnit)),
        new("y2-m-order-lengths", new LengthCompareGenerator(LengthComparison.Order)),
        new("y3-m-measure-length-m-cm-mm", new MeasureLengthGenerator(LengthTool.Millimetres)),
        new("y3-m-equivalent-lengths", new ConvertLengthGenerator(LengthConversion.Equivalent)),
        new("y3-m-compare-lengths", new LengthCompareGenerator(LengthComparison.MixedUnits)),
        new("y4-m-kilometres-and-metres", new ConvertLengthGenerator(LengthConversion.Kilometres)),
        new("y2-m-length-problems", new LengthCalculationGenerator(2)),
        new("y3-m-add-subtract-lengths", new LengthCalculationGenerator(3)),
        new("y4-m-add-and-subtract-lengths", new LengthCalculationGenerator(4)),
        new("y5-m-convert-length", new ConvertLengthGenerator(LengthConversion.Decimals)),
        new("y5-m-imperial-units", new ImperialGenerator(5)),
        new("y6-m-miles-and-kilometres", new ImperialGenerator(6)),
    ];
}
