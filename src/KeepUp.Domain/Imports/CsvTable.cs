using System;
using System.Collections.Generic;
using System.Linq;
namespace KeepUp.Domain.Imports;

/// <summary>
/// A CSV file as a school information system or GIAS exports it: a header row, then one row per
/// record, fields quoted where they hold commas, quotes or line breaks (RFC 4180). Columns are found
/// by header name, so the order of columns is free and extra columns are ignored.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> columnsByName;

    private CsvTable(IReadOnlyList<string> headers, IReadOnlyList<CsvRow> rows)
    {
        Headers = headers;
        Rows = rows;
        columnsByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            columnsByName.TryAdd(headers[i].Trim(), i);
        }
    }

    /// <summary>The header row's names, as written.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows; blank lines are skipped.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>The position of a column by its header name (any case), or -1 when absent.</summary>
    public int ColumnOf(string name) => columnsByName.GetValueOrDefault(name.Trim(), -1);

    /// <summary>True when the header row has the named column.</summary>
    public bool HasColumn(string name) => ColumnOf(name) >= 0;

    /// <summary>
    /// Reads CSV text. A byte-order mark is dropped. Fails (with the line) on a quote left open or
    /// text after a closing quote, and on a file with no header row.
    /// </summary>
    public static ParseOutcome<CsvTable> Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var records = new List<(int Line, List<string> Fields)>();
        var reader = new CsvRecordReader(text);
        while (reader.TryRead(out var line, out var fields, out var error))
        {
            if (error is not null)
            {
                return ParseOutcome.Failed<CsvTable>([new ImportProblem(fileName, line, null, error)]);
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            records.Add((line, fields));
        }

        if (records.Count == 0)
        {
            return ParseOutcome.Failed<CsvTable>([new ImportProblem(fileName, 1, null, "The file is empty: it needs a header row naming its columns.")]);
        }

        var headers = records[0].Fields;
        var rows = records.Skip(1).Select(r => new CsvRow(r.Line, r.Fields)).ToList();
        return ParseOutcome.Succeeded(new CsvTable(headers, rows));
    }

    /// <summary>The header names from <paramref name="required"/> that the file lacks.</summary>
    public IReadOnlyList<string> MissingColumns(IEnumerable<string> required) =>
        [.. required.Where(name => !HasColumn(name))];

    /// <summary>A field of a row by column name: trimmed, empty when the row is short or the column is absent.</summary>
    public string Field(CsvRow row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        var index = ColumnOf(column);
        return index < 0 || index >= row.Fields.Count ? string.Empty : row.Fields[index].Trim();
    }
}

/// <summary>One data row of a CSV file, with the line it starts on (line 1 is the header).</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
