using KeepUp.Web.Hosting;

namespace KeepUp.Web.Tests;

public sealed class StartupTests
{
    [Fact]
    public void Build_MalformedCurriculum_RefusesToStartWithTheReport()
    {
        var folder = Directory.CreateTempSubdirectory("keepup-bad-curriculum-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "ready-to-progress.yaml"), "criteria: [");

            var app = KeepUpWebHost.Build(["--curriculum", folder.FullName, "--data", folder.FullName], out var problems);

            Assert.Null(app);
            Assert.StartsWith("KeepUp cannot start. The curriculum files have 2 problem(s):", problems, StringComparison.Ordinal);
            Assert.Matches(@"ready-to-progress.yaml: line \d+, column \d+: ", problems);
            Assert.Contains("national-curriculum.yaml: The file is missing.", problems, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", problems, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Build_StartedFromAnotherFolder_ReadsTheShippedSettingsAndTheCommandLineStillWins()
    {
        var folder = Directory.CreateTempSubdirectory("keepup-elsewhere-");
        try
        {
            await using var app = KeepUpWebHost.Build(
                ["--contentRoot", folder.FullName, "--data", folder.FullName, "--Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error"], out var problems);

            Assert.NotNull(app);
            Assert.Equal(folder.FullName.TrimEnd('/'), app.Environment.ContentRootPath.TrimEnd('/'));
            Assert.Equal("Warning", app.Configuration["Logging:LogLevel:Microsoft.AspNetCore"]);
            Assert.Equal("Error", app.Configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
