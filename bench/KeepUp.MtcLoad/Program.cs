using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using KeepUp.MtcLoad;

// The multiplication tables check under load: every seeded pupil signs in, starts and sends a
// whole check, N at a time, then signed-in pupils call the no-op endpoint for comparison.
// Run by bench/load/mtc.sh; see bench/README.md.
var options = LoadOptions.Parse(args);
var pupils = ReadPupils(options.PupilsFile);
if (pupils.Count <= options.WarmUp)
{
    Console.Error.WriteLine($"{options.PupilsFile} has {pupils.Count} pupils; --warm-up {options.WarmUp} leaves none to measure.");
    return 2;
}

using var handler = new SocketsHttpHandler
{
    UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = options.Concurrency,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan, AutomaticDecompression = DecompressionMethods.None,
};
using var http = new HttpClient(handler) { BaseAddress = new Uri(options.BaseUrl), Timeout = TimeSpan.FromSeconds(120) };

// Warm-up: the first pupils take the check too (the server JITs and fills its pools); not measured.
var warm = new Latencies();
var warmTally = new Tally();
await RunPupilsAsync(pupils.Take(options.WarmUp).ToList(), new PupilJourney(http, warm, warmTally, options.Resend), options.Concurrency, []);
if (warm.Failed > 0)
{
    Console.Error.WriteLine($"Warm-up failed ({warm.Failed}): {string.Join(Environment.NewLine, warm.FirstFailures)}");
    return 1;
}

var measured = pupils.Skip(options.WarmUp).ToList();
var latencies = new Latencies();
var tally = new Tally();
var signedIn = new List<PupilCookies>();
var cpu = new ServerCpu(options.ServerPid);
Console.WriteLine($"{measured.Count} pupils, {options.Concurrency} at a time, against {options.BaseUrl} (load average {LoadAverage()})...");
var ticks = cpu.Ticks();
var wall = Stopwatch.StartNew();
var stepCpu = new List<(string Step, double? Seconds, double WallSeconds)>();
if (options.Phased)
{
    // Every pupil takes each step before any takes the next, so the server's CPU per kind of request can be read off.
    var journey = new PupilJourney(http, latencies, tally, options.Resend);
    var states = measured.Select(p => new PupilState(p)).ToList();
    for (var step = 0; step < PupilJourney.Steps.Length; step++)
    {
        var stepTicks = cpu.Ticks();
        var stepClock = Stopwatch.StartNew();
        var ready = states;
        states = await RunStepAsync(ready, journey, step, options.Concurrency);
        stepCpu.Add((PupilJourney.Steps[step], cpu.SecondsSince(stepTicks), stepClock.Elapsed.TotalSeconds));
    }

    signedIn.AddRange(states.Select(s => s.Cookies));
}
else
{
    await RunPupilsAsync(measured, new PupilJourney(http, latencies, tally, options.Resend), options.Concurrency, signedIn);
}

wall.Stop();
var checkCpu = cpu.SecondsSince(ticks);
var loadAfterChecks = LoadAverage();

Console.WriteLine($"No-op phase: POST /api/v1/pupil/ping for {options.PingSeconds} s...");
var pings = new Latencies();
ticks = cpu.Ticks();
var pingClock = Stopwatch.StartNew();
await PingAsync(new PupilJourney(http, pings, new Tally(), 0), signedIn, options.Concurrency, TimeSpan.FromSeconds(options.PingSeconds));
pingClock.Stop();
var pingCpu = cpu.SecondsSince(ticks);

var requests = latencies.Kinds.Where(k => k != "whole pupil").Sum(latencies.Count);
var summary = new Summary(
    measured.Count, options.Concurrency, wall.Elapsed.TotalSeconds, tally.Done, tally.Stored, tally.ResendsAcknowledged, latencies.Failed + pings.Failed,
    requests, [.. latencies.Kinds.Concat(pings.Kinds).Select(k => Kind.Of(k, k == "ping" ? pings : latencies, pings))],
    pings.Count("ping") / pingClock.Elapsed.TotalSeconds, checkCpu, pingCpu,
    checkCpu is { } c ? 1000 * c / measured.Count : null, pingCpu is { } p ? 1000 * p / Math.Max(1, pings.Count("ping")) : null,
    loadAfterChecks, tally.ExpectedScore + warmTally.ExpectedScore, [.. latencies.FirstFailures.Concat(pings.FirstFailures)]);

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pupils done {tally.Done} of {measured.Count} in {summary.WallSeconds:0.0} s ({measured.Count / summary.WallSeconds:0.0} pupils/s, {requests / summary.WallSeconds:0} requests/s)"));
Console.WriteLine($"checks stored {tally.Stored}; resends acknowledged as already had {tally.ResendsAcknowledged}; failures {summary.Failures}");
Console.WriteLine($"{"request",-12} {"count",8} {"p50 ms",10} {"p99 ms",10} {"max ms",10} {"p50 ×ping",10} {"p99 ×ping",10}");
foreach (var kind in summary.Kinds)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind.Name,-12} {kind.Count,8} {kind.P50,10:0.00} {kind.P99,10:0.00} {kind.Max,10:0.00} {kind.P50Ratio,10:0.0} {kind.P99Ratio,10:0.0}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"no-op: {summary.PingsPerSecond:0} requests/s"));
if (summary.ServerCpuMsPerPupil is { } perPupil)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server CPU: {perPupil:0.00} ms per pupil ({checkCpu:0.0} s for the checks), {summary.ServerCpuMsPerPing:0.000} ms per no-op"));
}

foreach (var (step, seconds, stepWall) in stepCpu)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"step {step,-12} {stepWall,6:0.0} s wall, server CPU {1000 * seconds / measured.Count:0.00} ms per pupil"));
}

foreach (var failure in summary.FirstFailures)
{
    Console.Error.WriteLine("FAILED: " + failure);
}

if (options.SummaryFile is { } file)
{
    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(summary, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
}

return summary.Failures == 0 && tally.Done == measured.Count && tally.Stored == measured.Count ? 0 : 1;

static async Task RunPupilsAsync(List<LoadPupil> pupils, PupilJourney journey, int concurrency, List<PupilCookies> signedIn)
{
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < pupils.Count)
        {
            if (await journey.RunAsync(pupils[i], CancellationToken.None) is { } cookies)
            {
                lock (signedIn)
                {
                    signedIn.Add(cookies);
                }
            }
        }
    }));
}

static async Task<List<PupilState>> RunStepAsync(List<PupilState> pupils, PupilJourney journey, int step, int concurrency)
{
    var next = -1;
    var passed = new bool[pupils.Count];
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < pupils.Count)
        {
            passed[i] = await journey.StepAsync(step, pupils[i], CancellationToken.None);
        }
    }));
    return [.. pupils.Where((_, i) => passed[i])];
}

static async Task PingAsync(PupilJourney journey, List<PupilCookies> signedIn, int concurrency, TimeSpan duration)
{
    if (signedIn.Count == 0)
    {
        return;
    }

    var until = Stopwatch.StartNew();
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (until.Elapsed < duration)
        {
            await journey.PingAsync(signedIn[(int)((uint)Interlocked.Increment(ref next) % (uint)signedIn.Count)], CancellationToken.None);
        }
    }));
}

static List<LoadPupil> ReadPupils(string path)
{
    var lines = File.ReadAllLines(path);
    var header = lines[0].Split(',');
    int code = Array.IndexOf(header, "SchoolCode"), pin = Array.IndexOf(header, "Pin");
    if (code < 0 || pin < 0)
    {
        throw new InvalidDataException($"{path}, row 1: the columns SchoolCode and Pin are missing (keepup bench seed-mtc writes them).");
    }

    return [.. lines.Skip(1).Where(l => l.Length > 0).Select((l, i) => l.Split(',')).Select((cells, i) => new LoadPupil(i + 1, cells[code], cells[pin]))];
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
