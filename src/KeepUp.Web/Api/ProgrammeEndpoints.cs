using KeepUp.Application.Programme;
using KeepUp.Domain.Programme;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KeepUp.Web.Api;

/// <summary>
/// The programme API for hub leads and specialists: reach as JSON or CSV. Aggregates only; no
/// pupil data is reachable from here.
/// </summary>
public static class ProgrammeEndpoints
{
    public static IEndpointRouteBuilder MapProgrammeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/programme").WithTags("Programme").RequireAuthorization(Policies.ProgrammeStaff);
        api.MapGet("/reach", GetReach).WithName("GetReach")
            .WithSummary("Cumulative reach by academic year (specialists trained, schools taken part) for the programme, a hub (?hub=ID) or a region (?region=NAME); ?format=csv for CSV.");
        api.MapGet("/reach/by-hub", GetReachByHub).WithName("GetReachByHub").WithSummary("Cumulative reach of every hub; ?format=csv for CSV.");
        api.MapGet("/reach/by-region", GetReachByRegion).WithName("GetReachByRegion").WithSummary("Cumulative reach of every region; ?format=csv for CSV.");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ReachYearDocument>>, FileContentHttpResult, ProblemHttpResult>> GetReach(
        ReachReports reports, string? hub, string? region, string? format, CancellationToken cancellationToken)
    {
        var report = await reports.ForAsync(new ReachScope(hub, region), cancellationToken);
        if (report.Value is not { } found)
        {
            return ApiProblems.From(report.Error!);
        }

        return IsCsv(format)
            ? Csv(ReachExport.Csv(found.Years), "reach.csv")
            : TypedResults.Ok(ReachYearDocument.From(found.Years));
    }

    private static async Task<Results<Ok<IEnumerable<ReachSeriesDocument>>, FileContentHttpResult>> GetReachByHub(ReachReports reports, string? format, CancellationToken cancellationToken)
    {
        var (hubs, _, _) = await reports.SeriesAsync(cancellationToken);
        return IsCsv(format) ? Csv(ReachExport.Csv(hubs, "Hub"), "reach-by-hub.csv") : TypedResults.Ok(hubs.Select(ReachSeriesDocument.From));
    }

    private static async Task<Results<Ok<IEnumerable<ReachSeriesDocument>>, FileContentHttpResult>> GetReachByRegion(ReachReports reports, string? format, CancellationToken cancellationToken)
    {
        var (_, regions, _) = await reports.SeriesAsync(cancellationToken);
        return IsCsv(format) ? Csv(ReachExport.Csv(regions, "Region"), "reach-by-region.csv") : TypedResults.Ok(regions.Select(ReachSeriesDocument.From));
    }

    private static bool IsCsv(string? format) => string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);

    private static FileContentHttpResult Csv(string text, string name) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", name);
}

/// <summary>The reach of one hub or region as JSON.</summary>
public sealed record ReachSeriesDocument(string Id, string Name, IReadOnlyList<ReachYearDocument> Years)
{
    public static ReachSeriesDocument From(ReachSeries series) => new(series.Id, series.Name, ReachYearDocument.From(series.Years));
}
