using System.Globalization;

namespace KeepUp.MtcLoad;

/// <summary>
/// The driver's command line: <c>--pupils FILE --base URL [--concurrency 32] [--warm-up 100] [--ping-seconds 10] [--resend 0.05]
/// [--server-pid PID] [--summary FILE] [--phased true]</c>. Phased: every pupil takes each step before any takes the next.
/// </summary>
internal sealed record LoadOptions(string PupilsFile, string BaseUrl, int Concurrency, int WarmUp, int PingSeconds, double Resend, int? ServerPid, string? SummaryFile, bool Phased)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Get(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;
        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        return new LoadOptions(
            values.TryGetValue("--pupils", out var file) ? file : throw new ArgumentException("--pupils FILE is required (from keepup bench seed-mtc --out FILE)."),
            Get("--base", "http://127.0.0.1:5079"),
            Int("--concurrency", 32),
            Int("--warm-up", 100),
            Int("--ping-seconds", 10),
            double.Parse(Get("--resend", "0.05"), CultureInfo.InvariantCulture),
            values.TryGetValue("--server-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null,
            values.TryGetValue("--summary", out var summary) ? summary : null,
            Get("--phased", "false") == "true");
    }
}

/// <summary>The server's own CPU time from /proc, to tell its cost apart from waiting for a core.</summary>
internal sealed class ServerCpu(int? pid)
{
    private static readonly double TicksPerSecond = 100;

    public long? Ticks()
    {
        if (pid is not { } id || !File.Exists($"/proc/{id}/stat"))
        {
            return null;
        }

        // Fields after the command name (which may hold spaces): utime and stime are the 14th and 15th of the line.
        var stat = File.ReadAllText($"/proc/{id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    public double? SecondsSince(long? before) => before is { } b && Ticks() is { } now ? (now - b) / TicksPerSecond : null;
}

/// <summary>One kind of request in the summary, with its ratio to the no-op.</summary>
internal sealed record Kind(string Name, int Count, double P50, double P99, double Max, double P50Ratio, double P99Ratio)
{
    public static Kind Of(string name, Latencies latencies, Latencies pings)
    {
        var (p50, p99, max) = latencies.Of(name);
        var (ping50, ping99, _) = pings.Of("ping");
        return new Kind(name, latencies.Count(name), p50, p99, max, p50 / ping50, p99 / ping99);
    }
}

/// <summary>What the run measured, written as JSON for the script and the README.</summary>
internal sealed record Summary(
    int Pupils, int Concurrency, double WallSeconds, int PupilsDone, int ChecksStored, int ResendsAcknowledged, int Failures,
    int Requests, IReadOnlyList<Kind> Kinds, double PingsPerSecond, double? ServerCpuSecondsChecks, double? ServerCpuSecondsPings,
    double? ServerCpuMsPerPupil, double? ServerCpuMsPerPing, string LoadAverageAfterChecks, long ExpectedScoreAllPupils, IReadOnlyList<string> FirstFailures);
