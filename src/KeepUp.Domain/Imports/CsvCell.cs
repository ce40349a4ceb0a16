using System;
using System.Collections.Generic;
using System.Linq;
namespace KeepUp.Domain.Imports;

/// <summary>Writing CSV that is safe to open in a spreadsheet.</summary>
public static class CsvCell
{
    /// <summary>
    /// Quotes a field when needed, and neutralises a leading = + - @ (or tab / carriage return) with
    /// an apostrophe so that a spreadsheet never runs a pupil's answer as a formula.
    /// </summary>
    public static string Write(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>A whole CSV line from its fields.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Write));
}
