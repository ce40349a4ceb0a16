using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Tests.Practice.Generators.Measurement;

/// <summary>
/// Every picture the measurement generators build can be drawn: real UK coins and notes, clock
/// hands in range, number lines with a whole number of at most 100 intervals and everything on
/// them, bars with positive sections, place-value charts with real headings in order.
/// </summary>
public sealed class MeasurementPictureTests
{
    private static readonly HashSet<int> Pieces = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
    private static readonly string[] Places = ["Thousands", "Hundreds", "Tens", "Ones", "Tenths", "Hundredths"];

    public static TheoryData<string> Steps()
    {
        var data = new TheoryData<string>();
        foreach (var id in StepIds())
        {
            data.Add(id);
        }

        return data;
    }

    private static List<string> StepIds() =>
        [.. ShippedSteps.Catalogue.StepIds.Where(id => ShippedSteps.Catalogue.For(StepId.Parse(id))!.GetType().Namespace!.EndsWith("Measurement", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Catalogue_MeasurementSteps_AllFiftyThreeHaveAGenerator()
    {
        Assert.Equal(53, StepIds().Count);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Generate_ManySeeds_EveryPictureCanBeDrawn(string stepId)
    {
        foreach (var q in FamilyRun.Step(stepId, 100).Where(q => q.Picture is not null))
        {
            var where = $"{q.StepId} seed {q.Seed} question {q.Index}: {q.Picture}";
            switch (q.Picture)
            {
                case MoneyPicture money:
                    Assert.InRange(money.Pieces.Count, 1, 30);
                    Assert.All(money.Pieces, p => Assert.Contains(p, Pieces));
                    break;
                case ClockPicture clock:
                    Assert.InRange(clock.Hour, 0, 23);
                    Assert.InRange(clock.Minute, 0, 59);
                    break;
                case NumberLinePicture line:
                    Assert.True(line.End > line.Start && line.Interval > Fraction.Zero, where);
                    var intervals = (line.End - line.Start) / line.Interval;
                    Assert.True(intervals.IsWhole && intervals.Numerator <= 100, $"{where}: {intervals} intervals.");
                    Assert.All(line.Jumps, j => Assert.True(j.From != j.To && j.From >= line.Start && j.To <= line.End && j.To >= line.Start && j.From <= line.End, where));
                    Assert.All(line.Marks, m => Assert.True(m.Value >= line.Start && m.Value <= line.End, where));
                    break;
                case BarModelPicture bars:
                    Assert.InRange(bars.Bars.Count, 1, 6);
                    Assert.All(bars.Bars, b => Assert.InRange(b.Sections.Count, 1, 20));
                    Assert.All(bars.Bars.SelectMany(b => b.Sections), s => Assert.True(s.Size > Fraction.Zero, where));
                    if (bars.Difference is not null)
                    {
                        Assert.NotEqual(Length(bars.Bars[0]), Length(bars.Bars[1]));
                    }

                    break;
                case PlaceValueChartPicture chart:
                    var positions = chart.Columns.Select(c => Array.IndexOf(Places, c.Heading)).ToList();
                    Assert.All(positions, p => Assert.True(p >= 0, where));
                    Assert.True(positions.Zip(positions.Skip(1)).All(p => p.Second == p.First + 1), where);
                    Assert.All(chart.Columns, c => Assert.InRange(c.Counters, 0, 20));
                    break;
                case BaseTenBlocksPicture blocks:
                    Assert.InRange(blocks.Ones, 0, 19);
                    break;
                default:
                    Assert.Fail($"{where}: a picture kind the measurement generators should not use.");
                    break;
            }
        }
    }

    private static Fraction Length(Bar bar) => bar.Sections.Aggregate(Fraction.Zero, (sum, s) => sum + s.Size);

    [Fact]
    public void Generate_EveryMeasurementStep_TakesWellUnderAMillisecondPerSet()
    {
        var steps = StepIds().Select(ShippedSteps.Step).ToList();
        foreach (var step in steps)
        {
            ShippedSteps.Catalogue.Generate(step, 1);
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var sets = 0;
        foreach (var step in steps)
        {
            for (var seed = 0; seed < 40; seed++)
            {
                ShippedSteps.Catalogue.Generate(step, seed * 104_729);
                sets++;
            }
        }

        // A generous bound for a shared build machine; typically far below it.
        Assert.True(watch.Elapsed.TotalMilliseconds / sets < 2, $"{watch.Elapsed.TotalMilliseconds / sets:0.000} ms per set.");
    }
}
