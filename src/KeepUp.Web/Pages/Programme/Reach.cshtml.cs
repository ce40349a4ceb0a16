using KeepUp.Application.Programme;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Programme;

/// <summary>Cumulative reach for the programme, a hub or a region, with every hub and region beneath.</summary>
public sealed class ReachModel(ReachReports reports, StaffDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Hub { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    public ReachReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public string Chart { get; private set; } = string.Empty;

    public IReadOnlyList<ReachSeries> Hubs { get; private set; } = [];

    public IReadOnlyList<ReachSeries> Regions { get; private set; } = [];

    /// <summary>The signed-in person's own hub id, offered as a quick choice.</summary>
    public string? OwnHub { get; private set; }

    public string Query => Hub is { Length: > 0 } ? "?hub=" + Uri.EscapeDataString(Hub) : Region is { Length: > 0 } ? "?region=" + Uri.EscapeDataString(Region) : string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (hubs, regions, records) = await reports.SeriesAsync(cancellationToken);
        (Hubs, Regions) = (hubs, regions);
        var account = await directory.FindAccountAsync(User.UserId(), cancellationToken);
        OwnHub = (await directory.FindHubAsync(account?.MathsHubId, cancellationToken))?.Key;
        var report = ReachReports.For(records, new ReachScope(Hub, Region));
        if (report.Value is not { } found)
        {
            Problem = report.Error!.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Report = found;
        Chart = ReachChart.Render(found.Years, "Cumulative reach: " + found.Title, "reach-chart");
        return Page();
    }
}
