using KeepUp.Application.Practice;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace KeepUp.Web.Worksheets;

/// <summary>
/// Renders a worksheet run to HTML outside any request, so the web page and <c>keepup worksheet</c>
/// print exactly the same sheets from one set of templates.
/// </summary>
public static class WorksheetHtml
{
    // The components need no services; an empty provider keeps the output independent of the host.
    private static readonly IServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    /// <summary>The sheets and answer pages as an HTML fragment.</summary>
    public static async Task<string> RenderAsync(Worksheet worksheet)
    {
        await using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        await WriteAsync(worksheet, writer);
        return writer.ToString();
    }

    /// <summary>Writes the sheets and answer pages to <paramref name="writer"/>.</summary>
    public static async Task WriteAsync(Worksheet worksheet, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(worksheet);
        ArgumentNullException.ThrowIfNull(writer);
        await using var renderer = new HtmlRenderer(NoServices, NullLoggerFactory.Instance);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(WorksheetBody.Worksheet)] = worksheet });
            var output = await renderer.RenderComponentAsync<WorksheetBody>(parameters);
            output.WriteHtmlTo(writer);
        });
    }
}
