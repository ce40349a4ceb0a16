using System.Xml.Linq;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Tests.Pictures.Representations;

/// <summary>Every model a generator may make draws without failing, as well-formed SVG with real numbers for coordinates.</summary>
public sealed class PictureRendererRangeTests
{
    [Fact]
    public void Render_EveryValidModel_IsWellFormed()
    {
        var count = 0;
        foreach (var picture in ValidModels())
        {
            var svg = PictureRenderer.Render(picture, "r");
            Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
            Assert.NotNull(XDocument.Parse(svg).Root);
            count++;
        }

        Assert.True(count > 4000, $"Only {count} models were tried.");
    }

    private static IEnumerable<Picture> ValidModels()
    {
        for (var counters = 0; counters <= 20; counters++)
        {
            yield return new TenFramePicture(counters, Frames: 2);
            if (counters <= 10)
            {
                yield return new TenFramePicture(counters);
            }

            for (var from = 1; from <= counters; from++)
            {
                yield return new TenFramePicture(counters, counters > 10 ? 2 : 1, from);
            }
        }

        for (var hour = 0; hour < 24; hour++)
        {
            for (var minute = 0; minute < 60; minute++)
            {
                yield return new ClockPicture(hour, minute, RomanNumerals: minute % 2 == 0);
            }
        }

        for (var top = 0; top <= 10; top++)
        {
            for (var bottom = 0; bottom <= 10; bottom++)
            {
                yield return new RekenrekPicture(top, bottom);
            }
        }

        for (var rows = 1; rows <= 12; rows++)
        {
            for (var columns = 1; columns <= 12; columns++)
            {
                yield return new ArrayPicture(rows, columns);
            }
        }

        for (var n = 0; n <= 19; n++)
        {
            yield return new BaseTenBlocksPicture(Math.Min(n, 9), n, 19 - n, n);
        }

        for (var parts = 1; parts <= 24; parts++)
        {
            for (var wholes = 1; wholes <= 3; wholes++)
            {
                for (var shaded = 0; shaded <= parts * wholes; shaded++)
                {
                    yield return new FractionBarPicture(parts, shaded, wholes);
                }
            }
        }

        for (var denominator = 1; denominator <= 20; denominator++)
        {
            for (var wholes = 1; wholes * denominator <= 100 && wholes <= 10; wholes++)
            {
                yield return new FractionNumberLinePicture(denominator, wholes, Fraction.Of(wholes * denominator - 1, denominator), "?", denominator % 2 == 0);
                yield return new FractionNumberLinePicture(denominator, wholes, null, string.Empty, true);
            }
        }

        int[] values = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
        foreach (var value in values)
        {
            yield return new MoneyPicture([value]);
        }

        yield return new MoneyPicture([.. Enumerable.Range(0, 30).Select(i => values[i % values.Length])]);
        string[] headings = ["Millions", "Hundred thousands", "Ten thousands", "Thousands", "Hundreds", "Tens", "Ones", "Tenths", "Hundredths", "Thousandths"];
        for (var counters = 0; counters <= 20; counters++)
        {
            yield return new PlaceValueChartPicture([.. headings.Select(h => new PlaceValueColumn(h, counters))]);
        }

        foreach (var labels in Enum.GetValues<NumberLineLabels>())
        {
            for (var intervals = 1; intervals <= 100; intervals++)
            {
                yield return new NumberLinePicture(-5, intervals * 5 - 5, 5, labels, [new NumberLineJump(-5, intervals * 5 - 5, "+")], [new NumberLineMark(Fraction.Of(intervals * 5 - 10, 2), "?")]);
            }
        }
    }
}
