using System.Collections.Generic;
using System.Text;

namespace KeepUp.Domain.Imports;

/// <summary>Splits CSV text into records, one at a time, keeping track of line numbers for error messages.</summary>
internal sealed class CsvRecordReader(string text)
{
    private int position;
    private int line = 1;

    public bool TryRead(out int startLine, out List<string> fields, out string? error)
    {
        startLine = line;
        fields = [];
        error = null;
        if (position >= text.Length)
        {
            return false;
        }

        var field = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        while (position < text.Length)
        {
            var c = text[position++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (position < text.Length && text[position] == '"')
                    {
                        field.Append('"');
                        position++;
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    line++;
                    fields.Add(field.ToString());
                    return true;
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                default:
                    if (afterQuote && !char.IsWhiteSpace(c))
                    {
                        error = "A quoted field has text after its closing quote; put the whole field in quotes and double any quote inside it.";
                        SkipToEnd();
                        return true;
                    }

                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            error = "A quote opened on this line is never closed.";
        }

        fields.Add(field.ToString());
        return true;
    }

    private void SkipToEnd() => position = text.Length;
}
