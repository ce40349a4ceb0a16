using KeepUp.Domain.Programme;

namespace KeepUp.Storage.Programme;

/// <summary>The 40 Maths Hubs of England, shipped beside the program as an import file.</summary>
public static class ReferenceHubs
{
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "content", "programme", "maths-hubs.csv");

    /// <summary>The shipped hubs file, ready for <see cref="ProgrammeImporter"/>.</summary>
    public static ImportFile Load() => new("maths-hubs.csv", File.ReadAllText(FilePath));
}
