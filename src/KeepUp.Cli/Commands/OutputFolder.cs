namespace KeepUp.Cli.Commands;

/// <summary>
/// The folder a command writes into, made if missing. <see cref="Undo"/> removes it again if the
/// command made it and then could not write, so a failed run leaves nothing behind.
/// </summary>
internal sealed class OutputFolder
{
    private readonly bool created;

    private OutputFolder(string path, bool created, string? problem)
    {
        Path = path;
        this.created = created;
        Problem = problem;
    }

    public string Path { get; }

    public string? Problem { get; }

    public static OutputFolder Prepare(string folder)
    {
        var path = System.IO.Path.GetFullPath(folder);
        if (File.Exists(path))
        {
            return new OutputFolder(path, false, $"Cannot write to {path}: it is a file, not a folder.");
        }

        var existed = Directory.Exists(path);
        try
        {
            Directory.CreateDirectory(path);
            return new OutputFolder(path, !existed, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new OutputFolder(path, false, $"Cannot write to {path}: {ex.Message}");
        }
    }

    public void Undo()
    {
        if (created && Directory.Exists(Path) && !Directory.EnumerateFileSystemEntries(Path).Any())
        {
            Directory.Delete(Path);
        }
    }
}
