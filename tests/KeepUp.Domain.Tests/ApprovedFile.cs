namespace KeepUp.Domain.Tests;

/// <summary>
/// Compares output with a checked-in <c>.approved</c> file beside the test. On a difference it
/// writes <c>.received</c> beside the approved file and fails with the first differing line, so
/// the change can be reviewed and, if right, approved by renaming the file.
/// </summary>
internal static class ApprovedFile
{
    public static void Verify(string actual, string relativePath)
    {
        var source = Path.Combine(ProjectFolder(), relativePath);
        var received = source.Replace(".approved.", ".received.", StringComparison.Ordinal);
        if (!File.Exists(source))
        {
            File.WriteAllText(received, actual);
            Assert.Fail($"No approved file yet. Review {received} and rename it to {Path.GetFileName(source)}.");
        }

        var expected = File.ReadAllText(source).ReplaceLineEndings("\n").TrimEnd('\n');
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        var at = line < expectedLines.Length && line < actualLines.Length
            ? Enumerable.Range(0, Math.Min(expectedLines[line].Length, actualLines[line].Length)).FirstOrDefault(i => expectedLines[line][i] != actualLines[line][i])
            : 0;
        Assert.Fail($"Output differs from {relativePath} at line {line + 1}, character {at + 1}.\n" +
            $"approved: …{Excerpt(expectedLines, line, at)}…\nreceived: …{Excerpt(actualLines, line, at)}…\nReceived output written to {received}.");
    }

    private static string Excerpt(string[] lines, int line, int at) =>
        line >= lines.Length ? "(end)" : lines[line].Substring(Math.Max(0, at - 40), Math.Min(80, lines[line].Length - Math.Max(0, at - 40)));

    private static string ProjectFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !dir.EnumerateFiles("*.csproj").Any())
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Test project folder not found.");
    }
}
