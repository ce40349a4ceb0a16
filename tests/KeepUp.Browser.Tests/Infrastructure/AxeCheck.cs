using System.Text.Json;
using Microsoft.Playwright;

namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>
/// Runs axe-core in a page. The script is evaluated through DevTools rather than added as a script
/// tag: the site's Content-Security-Policy forbids inline script, and the tests keep that policy on.
/// </summary>
internal static class AxeCheck
{
    private const string RunAxe = """
        async (enhancedContrast) => {
          const rules = enhancedContrast ? { "color-contrast-enhanced": { enabled: true } } : {};
          const result = await axe.run(document, { resultTypes: ["violations"], rules });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(" ")),
          })));
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<string> Source = new(ReadSource);

    /// <summary>
    /// Runs axe-core. <paramref name="enhancedContrast"/> adds the WCAG AAA contrast rule (7:1 for
    /// text), which teach mode must meet to be read from the back of a classroom.
    /// </summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, bool enhancedContrast = false)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(RunAxe, enhancedContrast);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, Json) ?? [];
    }

    private static string ReadSource()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"axe-core is missing at {path}: run `npm ci --prefix tests/KeepUp.Browser.Tests` and build again.", path);
    }
}
