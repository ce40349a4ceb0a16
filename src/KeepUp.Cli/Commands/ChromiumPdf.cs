using System.Diagnostics;
using System.Text;

namespace KeepUp.Cli.Commands;

/// <summary>
/// Prints an HTML file to PDF with headless Chromium, which honours the worksheet's print CSS
/// (A4, margins, page breaks) exactly as a teacher's browser would.
/// </summary>
internal static class ChromiumPdf
{
    /// <summary>A class set of 400 sheets takes a minute or two on a school laptop; this is far beyond that.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/>; returns null on success, else what went wrong.</summary>
    public static async Task<string?> PrintAsync(string chromium, string html, string pdf, CancellationToken cancellationToken = default)
    {
        // A profile of its own, so a Chromium the teacher (or a test) already has open does not interfere.
        var profile = Directory.CreateTempSubdirectory("keepup-chromium-");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.FullName, "--print-to-pdf=" + pdf, new Uri(html).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            var errors = new StringBuilder();
            process.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
            process.OutputDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return FormattableString.Invariant($"Chromium did not finish within {Timeout.TotalMinutes:0} minutes");
            }

            return process.ExitCode == 0 && StartsWithPdfMark(pdf)
                ? null
                : FormattableString.Invariant($"Chromium exited with code {process.ExitCode}: {LastLine(errors.ToString())}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"Chromium at {chromium} could not be started: {ex.Message}";
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>Counts the pages of a PDF Chromium wrote (its page objects are not compressed).</summary>
    public static int CountPages(string pdf)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var count = 0;
        for (var at = text.IndexOf("/Type /Page", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/Type /Page", at + 1, StringComparison.Ordinal))
        {
            var next = at + "/Type /Page".Length;
            count += next < text.Length && text[next] == 's' ? 0 : 1;
        }

        return count;
    }

    private static bool StartsWithPdfMark(string pdf)
    {
        if (!File.Exists(pdf))
        {
            return false;
        }

        using var file = File.OpenRead(pdf);
        Span<byte> mark = stackalloc byte[4];
        return file.Read(mark) == 4 && mark.SequenceEqual("%PDF"u8);
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
}
