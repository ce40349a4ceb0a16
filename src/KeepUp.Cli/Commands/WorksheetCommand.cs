using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KeepUp.Application.Practice;
using KeepUp.Web.Worksheets;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup worksheet</c>: a class set of printable sheets for one step, as PDF through Chromium
/// when it is installed, always also as one self-contained HTML file (the PDF is printed from it,
/// and it can be printed again from any browser). Exit codes: 0 written (PDF, or HTML alone when
/// Chromium is missing or fails), 1 the curriculum files have problems, 2 a bad request — nothing
/// is written then.
/// </summary>
internal static class WorksheetCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var step = new Option<string>("--step") { Description = "The step id, e.g. y3-as-add-subtract-tens.", Required = true };
        var pupils = new Option<int>("--pupils") { Description = $"How many pupils: one sheet each, 1 to {WorksheetLimits.MaximumPupils}.", DefaultValueFactory = _ => 1 };
        var seed = new Option<long>("--seed") { Description = "The first sheet's seed; sheet n uses seed + n − 1.", DefaultValueFactory = _ => 1 };
        var folder = new Option<string>("--out") { Description = "The folder to write to (made if missing).", Required = true };
        var command = new Command("worksheet", "Write printable worksheets for a step: one sheet per pupil, then the answers.") { step, pupils, seed, folder };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await ShippedCurriculum.LoadPracticeAsync(error) is not { } practice)
            {
                return 1;
            }

            var built = new WorksheetQueries(practice).Build(parse.GetValue(step)!, parse.GetValue(seed), parse.GetValue(pupils));
            if (built.Value is not { } worksheet)
            {
                await error.WriteLineAsync(built.Error!.Message);
                return 2;
            }

            return await WriteAsync(worksheet, parse.GetValue(folder)!, output, error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> WriteAsync(Worksheet worksheet, string folder, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = OutputFolder.Prepare(folder);
        if (target.Problem is { } problem)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        var html = Path.Combine(target.Path, FileName(worksheet) + ".html");
        var sheets = worksheet.Sheets.Count;
        await output.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"Rendering {sheets} {Plural(sheets, "sheet")}… "));
        var clock = Stopwatch.StartNew();
        try
        {
            await using var file = new StreamWriter(html, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await WorksheetFile.WriteAsync(worksheet, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync("failed.");
            await error.WriteLineAsync($"Cannot write {html}: {ex.Message}");
            File.Delete(html);
            target.Undo();
            return 2;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"done ({clock.Elapsed.TotalSeconds:0.0} s)."));
        var pdf = Path.ChangeExtension(html, ".pdf");
        var printed = await PrintAsync(html, pdf, output, cancellationToken);
        if (printed is not null)
        {
            await error.WriteLineAsync($"{printed}: wrote the HTML only. Open it in a browser and print it on A4.");
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {sheets} {Plural(sheets, "sheet")} ({Seeds(worksheet)}) and {Plural(sheets, "its", "their")} answers for “{worksheet.Step.Title}”:"));
        if (printed is null)
        {
            var pages = ChromiumPdf.CountPages(pdf);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  PDF   {pdf}  ({pages} A4 {Plural(pages, "page")}, {Size(pdf)})"));
        }

        await output.WriteLineAsync($"  HTML  {html}  ({Size(html)})");
        return 0;
    }

    private static async Task<string?> PrintAsync(string html, string pdf, TextWriter output, CancellationToken cancellationToken)
    {
        var chromium = ChromiumLocation.Find();
        if (chromium.Path is not { } path)
        {
            return chromium.Problem;
        }

        await output.WriteAsync("Printing PDF with Chromium… ");
        var clock = Stopwatch.StartNew();
        var problem = await ChromiumPdf.PrintAsync(path, html, pdf, cancellationToken);
        if (problem is not null)
        {
            // A half-written PDF would look like a worksheet and print as a broken one.
            File.Delete(pdf);
            await output.WriteLineAsync("failed.");
            return problem;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"done ({clock.Elapsed.TotalSeconds:0.0} s)."));
        return null;
    }

    /// <summary>Names that say what is inside: y3-as-add-subtract-tens-seed-1-30-sheets.</summary>
    private static string FileName(Worksheet worksheet) =>
        string.Create(CultureInfo.InvariantCulture, $"{worksheet.Step.Id}-seed-{worksheet.FirstSeed}-{worksheet.Sheets.Count}-{Plural(worksheet.Sheets.Count, "sheet")}");

    private static string Seeds(Worksheet worksheet) => worksheet.Sheets.Count == 1
        ? string.Create(CultureInfo.InvariantCulture, $"seed {worksheet.FirstSeed}")
        : string.Create(CultureInfo.InvariantCulture, $"seeds {worksheet.FirstSeed} to {worksheet.Sheets[^1].Set.Seed}");

    private static string Plural(int count, string one, string? many = null) => count == 1 ? one : many ?? one + "s";

    private static string Size(string path)
    {
        var bytes = new FileInfo(path).Length;
        return bytes < 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");
    }
}
