// One copy, linked into each test project that reads the data set (see their .csproj files).
namespace KeepUp.Tests.Shared;

/// <summary>
/// A test on the public knowledge-tracing data in <c>shared/data/kt</c> beside the repository:
/// skipped with the reason when the folder is absent, unless <c>KEEPUP_REQUIRE_ALL=1</c> (as in CI),
/// when it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class KtDataFactAttribute : FactAttribute
{
    public KtDataFactAttribute()
    {
        if (KtData.Folder is null && Environment.GetEnvironmentVariable("KEEPUP_REQUIRE_ALL") != "1")
        {
            Skip = $"No folder shared/data/kt above {AppContext.BaseDirectory}: the knowledge-tracing data set is not on this machine";
        }
    }
}

/// <summary>Finds <c>shared/data/kt</c> by walking up from the test's folder.</summary>
internal static class KtData
{
    public static string? Folder { get; } = Find();

    public static string Require() =>
        Folder ?? throw new InvalidOperationException($"KEEPUP_REQUIRE_ALL=1 but no folder shared/data/kt was found above {AppContext.BaseDirectory}.");

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "data", "kt");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
