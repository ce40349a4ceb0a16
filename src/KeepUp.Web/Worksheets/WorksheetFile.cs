using System.Globalization;
using System.Net;
using KeepUp.Application.Practice;

namespace KeepUp.Web.Worksheets;

/// <summary>
/// A worksheet run as one self-contained HTML file (for <c>keepup worksheet</c>): the same sheets
/// as the web page, with the site's stylesheet inlined so it prints the same from a USB stick,
/// an email or Chromium's print-to-PDF, with no server and no network.
/// </summary>
public static class WorksheetFile
{
    private static readonly Lazy<string> SiteCss = new(ReadSiteCss);

    public static async Task WriteAsync(Worksheet worksheet, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(worksheet);
        ArgumentNullException.ThrowIfNull(writer);
        var title = WebUtility.HtmlEncode(worksheet.Step.Title);
        var sheets = worksheet.Sheets.Count;
        // Inline CSS is fine here: the file is opened from disk, not served under the site's CSP.
        await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{title} – worksheets – KeepUp</title>
            <style>
            {SiteCss.Value}
            </style>
            </head>
            <body class="worksheet-file">
            <main class="page">
            <h1 class="no-print">Worksheets: {title}</h1>
            <p class="no-print lead">{sheets} {(sheets == 1 ? "sheet" : "sheets")} from seed {worksheet.FirstSeed}, then the answers. Print on A4 (each sheet starts a new page).</p>

            """));
        await WorksheetHtml.WriteAsync(worksheet, writer);
        await writer.WriteAsync("\n</main>\n</body>\n</html>\n");
    }

    private static string ReadSiteCss()
    {
        using var stream = typeof(WorksheetFile).Assembly.GetManifestResourceStream("wwwroot/css/site.css")
            ?? throw new InvalidOperationException("site.css is not embedded in KeepUp.Web.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
