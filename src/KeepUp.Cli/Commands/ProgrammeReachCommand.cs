using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KeepUp.Application.Programme;
using KeepUp.Domain.Programme;
using KeepUp.Storage;
using KeepUp.Storage.Programme;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup programme reach</c>: cumulative reach by academic year, for the programme, a hub, a
/// region, or every hub or region. Exit codes: 0 printed, 2 unknown hub or region.
/// </summary>
internal static class ProgrammeReachCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var hub = new Option<string?>("--hub") { Description = "Only this hub (its id, e.g. jurassic)." };
        var region = new Option<string?>("--region") { Description = "Only the hubs of this region, e.g. \"South West\"." };
        var by = new Option<string?>("--by") { Description = "One series per hub or per region: hub | region." };
        by.AcceptOnlyFromAmong("hub", "region");
        var json = new Option<bool>("--json") { Description = "Print JSON: [{\"academicYear\": \"2015/16\", \"specialists\": N, \"schools\": N}, …]." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV with a header row." };
        var command = new Command("reach", "Cumulative reach by academic year: specialists trained and schools that have taken part.") { hub, region, by, json, csv };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var records = await scope.ServiceProvider.GetRequiredService<ReachQueries>().LoadAsync(cancellationToken);
            if (parse.GetValue(by) is { } kind)
            {
                var series = kind == "hub" ? Reach.ByHub(records) : Reach.ByRegion(records);
                await output.WriteAsync(parse.GetValue(json)
                    ? JsonSerializer.Serialize(series.Select(s => new { id = s.Id, name = s.Name, years = ReachYearDocument.From(s.Years) }), CliJson.Indented) + Environment.NewLine
                    : ReachExport.Csv(series, kind == "hub" ? "Hub" : "Region"));
                return 0;
            }

            var report = ReachReports.For(records, new ReachScope(parse.GetValue(hub), parse.GetValue(region)));
            if (report.Value is not { } found)
            {
                await error.WriteLineAsync(report.Error!.Message);
                return 2;
            }

            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ReachYearDocument.From(found.Years), CliJson.Indented));
            }
            else if (parse.GetValue(csv))
            {
                await output.WriteAsync(ReachExport.Csv(found.Years));
            }
            else
            {
                await output.WriteLineAsync($"Cumulative reach: {found.Title}");
                await output.WriteLineAsync("Year      Specialists   Schools");
                foreach (var year in found.Years)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{year.Year}   {year.Specialists,11:N0}   {year.Schools,7:N0}"));
                }
            }

            return 0;
        });
        return command;
    }
}
