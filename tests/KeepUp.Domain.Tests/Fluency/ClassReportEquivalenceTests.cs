using KeepUp.Domain.Fluency;

namespace KeepUp.Domain.Tests.Fluency;

/// <summary>
/// The class fluency report reads each pupil's answers into standings once and works every part
/// from them. These tests hold the one-pass parts to the straightforward counting they replaced,
/// on a seeded year of practice for a class.
/// </summary>
public sealed class ClassReportEquivalenceTests
{
    private const int FirstDay = 740_000;

    /// <summary>A class's year: 25 facts a day for 190 days, mostly tables, times and accuracy varying by pupil.</summary>
    private static List<List<FactAttempt>> SeededClass(int seed, int pupils = 8, int days = 190)
    {
        var tables = FactCatalogue.All.Where(f => f.Operation == FactOperation.Multiply).ToList();
        var others = FactCatalogue.All.Where(f => f.Operation != FactOperation.Multiply).ToList();
        var dice = new Random(seed);
        return [.. Enumerable.Range(0, pupils).Select(_ =>
        {
            var skill = 0.5 + (0.45 * dice.NextDouble());
            return Enumerable.Range(0, days).SelectMany(d => Enumerable.Range(0, 25).Select(_ =>
            {
                var fact = dice.NextDouble() < 0.8 ? tables[dice.Next(tables.Count)] : others[dice.Next(others.Count)];
                return new FactAttempt(fact.Id, FirstDay + d, dice.NextDouble() < skill, 800 + dice.Next(6000));
            })).ToList();
        })];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ForPupils_SeededYear_SameSquaresAsCountingEachFactsAnswers(int seed)
    {
        var histories = SeededClass(seed);
        var settings = FluencySettings.Default;

        var map = TablesHeatMap.ForPupils(histories.Select(h => ((IReadOnlyList<FactAttempt>)h, FactStandings.From(h, settings))));

        var standings = histories.Select(h => FactStandings.From(h, settings)).ToList();
        foreach (var cell in map.Cells)
        {
            var id = FactCatalogue.TimesId(cell.A, cell.B);
            var answers = histories.SelectMany(h => h).Where(a => a.FactId == id).ToList();
            var times = answers.Where(a => a.Correct).Select(a => a.Milliseconds).Order().ToList();
            int? median = times.Count == 0 ? null : times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
            Assert.Equal(
                (answers.Count, times.Count, median, standings.Count(s => s.ContainsKey(id)), standings.Count(s => s.TryGetValue(id, out var f) && f.IsSecure)),
                (cell.Attempts, cell.Correct, cell.MedianMilliseconds, cell.Pupils, cell.SecurePupils));
        }

        Assert.Contains(map.Cells, c => c.SecurePupils > 0);
        Assert.Contains(map.Cells, c => c.SecurePupils < c.Pupils);
    }

    [Fact]
    public void FromStandings_SeededYear_SameAsReadingTheAnswersEachTime()
    {
        foreach (var history in SeededClass(3, pupils: 4))
        {
            var standings = FactStandings.From(history, FluencySettings.Default);
            var toDay = FirstDay + 200;

            Assert.Equal(FactProgress.SecuredOverTime(history, toDay - 89, toDay), FactProgress.SecuredOverTime(standings, toDay - 89, toDay));
            Assert.Equal(
                FactProgress.SecuredOverTime(history, toDay - 89, toDay, which: f => f.Operation == FactOperation.Multiply),
                FactProgress.SecuredOverTime(standings, toDay - 89, toDay, f => f.Operation == FactOperation.Multiply));
            var expected = FactProgress.AgainstExpectations(4, history);
            var fromStandings = FactProgress.AgainstExpectations(4, standings);
            Assert.Equal((expected.Expected, expected.Secure), (fromStandings.Expected, fromStandings.Secure));
            Assert.Equal(expected.NotYetSecure, fromStandings.NotYetSecure);
        }
    }
}
