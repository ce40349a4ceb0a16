using System.Collections.Concurrent;
using System.Globalization;

namespace KeepUp.MtcLoad;

/// <summary>Latencies per kind of request, and the requests that went wrong.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> byKind = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> failures = new();
    private int failed;

    public int Failed => failed;

    public IReadOnlyList<string> FirstFailures => [.. failures.Take(20)];

    public void Add(string kind, double milliseconds) => byKind.GetOrAdd(kind, _ => new()).Enqueue(milliseconds);

    public void Fail(string what)
    {
        Interlocked.Increment(ref failed);
        if (failures.Count < 20)
        {
            failures.Enqueue(what);
        }
    }

    public int Count(string kind) => byKind.TryGetValue(kind, out var q) ? q.Count : 0;

    /// <summary>Median, 99th percentile and maximum in milliseconds (nearest rank).</summary>
    public (double P50, double P99, double Max) Of(string kind)
    {
        if (!byKind.TryGetValue(kind, out var queue) || queue.IsEmpty)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        var sorted = queue.ToArray();
        Array.Sort(sorted);
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return (Rank(50), Rank(99), sorted[^1]);
    }

    public IEnumerable<string> Kinds => byKind.Keys.Order(StringComparer.Ordinal);

    public string Row(string kind)
    {
        var (p50, p99, max) = Of(kind);
        return string.Create(CultureInfo.InvariantCulture, $"{kind,-12} {Count(kind),8} {p50,10:0.00} {p99,10:0.00} {max,10:0.00}");
    }
}
