using KeepUp.Application.Common;
using KeepUp.Domain.Programme;

namespace KeepUp.Application.Programme;

/// <summary>What a reach report is about: the programme, one hub or one region.</summary>
public sealed record ReachScope(string? HubId = null, string? Region = null)
{
    public static ReachScope Programme { get; } = new();
}

/// <summary>A reach report: what it covers, and the cumulative figures year by year.</summary>
public sealed record ReachReport(string Title, IReadOnlyList<ReachYear> Years);

/// <summary>Reach reports for the programme, a hub or a region, always computed from the records.</summary>
public sealed class ReachReports(IReachRecordsSource source)
{
    public async Task<Result<ReachReport>> ForAsync(ReachScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var records = await source.LoadAsync(cancellationToken);
        return For(records, scope);
    }

    /// <summary>A report over records already loaded (e.g. a page showing several).</summary>
    public static Result<ReachReport> For(ReachRecords records, ReachScope scope)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(scope);
        if (!string.IsNullOrWhiteSpace(scope.HubId) && !string.IsNullOrWhiteSpace(scope.Region))
        {
            return ProgrammeErrors.HubAndRegion();
        }

        if (!string.IsNullOrWhiteSpace(scope.HubId))
        {
            var hub = records.Hubs.FirstOrDefault(h => string.Equals(h.Id, scope.HubId.Trim(), StringComparison.Ordinal));
            return hub is null ? ProgrammeErrors.UnknownHub(scope.HubId) : new ReachReport(hub.Name, Reach.OfHub(records, hub.Id));
        }

        if (!string.IsNullOrWhiteSpace(scope.Region))
        {
            var region = records.Hubs.Select(h => h.Region).FirstOrDefault(r => string.Equals(r, scope.Region.Trim(), StringComparison.OrdinalIgnoreCase));
            return region is null ? ProgrammeErrors.UnknownRegion(scope.Region) : new ReachReport(region, Reach.OfRegion(records, region));
        }

        return new ReachReport("The programme", Reach.Programme(records));
    }

    /// <summary>Every hub's and every region's series, for the tables under the chart.</summary>
    public async Task<(IReadOnlyList<ReachSeries> Hubs, IReadOnlyList<ReachSeries> Regions, ReachRecords Records)> SeriesAsync(CancellationToken cancellationToken = default)
    {
        var records = await source.LoadAsync(cancellationToken);
        return (Reach.ByHub(records), Reach.ByRegion(records), records);
    }
}
