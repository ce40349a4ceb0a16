using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Tests.Practice.Generators.DecimalsAndPercentages;

public sealed partial class DecimalsAndPercentagesGeneratorTests
{
    [Theory]
    [InlineData("y6-f-multiply-decimals-by-powers-of-ten")]
    [InlineData("y4-f-divide-by-100-to-make-hundredths")]
    [InlineData("y6-f-divide-decimals-by-integers")]
    [InlineData("y6-f-division-to-decimal-places")]
    public void Generate_ThousandSeeds_DecimalSentencesSolveByDecimalArithmetic(string stepId)
    {
        var step = ShippedSteps.Step(stepId);
        var generator = ShippedSteps.Catalogue.For(step.Id)!;
        for (var seed = 0; seed < 1000; seed++)
        {
            var first = generator.Generate(step, seed).Questions[0];
            var match = Sentence().Match(first.Prompt);
            Assert.True(match.Success, first.Prompt);
            var a = decimal.Parse(match.Groups["a"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var b = decimal.Parse(match.Groups["b"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var expected = match.Groups["op"].Value == PupilNumber.Times ? a * b : a / b;
            Assert.Equal(Fraction.FromDecimal(expected), ((NumberAnswer)first.Answer).Value);
            Assert.True(Fraction.FromDecimal(expected).HasDecimalPlaces(3), $"{first.Prompt}: at most 3 decimal places.");
        }
    }

    [Theory]
    [InlineData("y5-f-fraction-decimal-percentage-equivalents")]
    [InlineData("y6-f-fractions-to-decimals")]
    [InlineData("y4-f-halves-and-quarters-as-decimals")]
    public void Generate_ThousandSeeds_FractionEquivalentIsRight(string stepId)
    {
        var step = ShippedSteps.Step(stepId);
        var generator = ShippedSteps.Catalogue.For(step.Id)!;
        for (var seed = 0; seed < 1000; seed++)
        {
            var first = generator.Generate(step, seed).Questions[0];
            var match = FractionIs().Match(first.Prompt);
            Assert.True(match.Success, first.Prompt);
            var whole = match.Groups["w"].Success ? long.Parse(match.Groups["w"].Value, CultureInfo.InvariantCulture) : 0;
            var value = Fraction.Whole(whole) + Fraction.Of(long.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), long.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
            var expected = match.Groups["pc"].Success ? value * 100 : value;
            Assert.Equal(expected, ((NumberAnswer)first.Answer).Value);
        }
    }

    [GeneratedRegex(@"^(?<a>[\d.,]+) (?<op>[×÷]) (?<b>[\d,]+) = □$")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(?:(?<w>\d+) )?(?<n>\d+)/(?<d>\d+) = □(?<pc>%)?$")]
    private static partial Regex FractionIs();
}
