using System.CommandLine;
using System.Globalization;
using KeepUp.Application.Programme;
using KeepUp.Storage;
using KeepUp.Storage.Programme;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup programme evaluation</c>: the evaluation report for a hub or the programme over a
/// period, as self-contained HTML and (through Chromium, where installed) PDF. Exit codes: 0
/// written, 2 a bad request (unknown hub, bad dates), 3 the HTML was written but the PDF could not be.
/// </summary>
internal static class ProgrammeEvaluationCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var hub = new Option<string?>("--hub") { Description = "The hub's id (default: the whole programme)." };
        var from = new Option<string>("--from") { Description = "First day of the period, e.g. 2024-09-01.", Required = true };
        var to = new Option<string>("--to") { Description = "Last day of the period, e.g. 2025-08-31.", Required = true };
        var outFolder = new Option<string>("--out") { Description = "Folder for the HTML and PDF.", Required = true };
        var command = new Command("evaluation", "Write the evaluation report (reach, evidence through four lenses, quotes, challenges, next steps) as HTML and PDF.") { hub, from, to, outFolder };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DateOnly.TryParseExact(parse.GetValue(from), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ||
                !DateOnly.TryParseExact(parse.GetValue(to), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
            {
                await error.WriteLineAsync("Write dates as YYYY-MM-DD, e.g. --from 2024-09-01 --to 2025-08-31.");
                return 2;
            }

            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var report = await scope.ServiceProvider.GetRequiredService<ImpactEvidence>().ReportAsync(parse.GetValue(hub), first, last, cancellationToken);
            if (report.Value is not { } found)
            {
                await error.WriteLineAsync(report.Error!.Message);
                return 2;
            }

            var folder = Directory.CreateDirectory(parse.GetValue(outFolder)!).FullName;
            var name = string.Create(CultureInfo.InvariantCulture, $"evaluation-{parse.GetValue(hub) ?? "programme"}-{first:yyyy-MM-dd}-to-{last:yyyy-MM-dd}");
            var html = Path.Combine(folder, name + ".html");
            await File.WriteAllTextAsync(html, EvaluationReportHtml.Document(found), cancellationToken);
            await output.WriteLineAsync($"  HTML  {html}");
            var chromium = ChromiumLocation.Find();
            if (chromium.Path is not { } path)
            {
                await error.WriteLineAsync("No PDF: " + chromium.Problem);
                return 3;
            }

            var pdf = Path.Combine(folder, name + ".pdf");
            if (await ChromiumPdf.PrintAsync(path, html, pdf, cancellationToken) is { } problem)
            {
                File.Delete(pdf);
                await error.WriteLineAsync("No PDF: " + problem);
                return 3;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  PDF   {pdf}  ({ChromiumPdf.CountPages(pdf)} A4 pages)"));
            return 0;
        });
        return command;
    }
}
