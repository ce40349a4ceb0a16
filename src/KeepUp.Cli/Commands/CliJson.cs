using System.Text.Encodings.Web;
using System.Text.Json;

namespace KeepUp.Cli.Commands;

/// <summary>The JSON settings every command's <c>--json</c> output uses.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Keep "×", "−", "□" and "£" readable in the output rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Lines = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
