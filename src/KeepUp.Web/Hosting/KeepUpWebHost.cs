using KeepUp.Domain.Curriculum;
using KeepUp.Storage.Curriculum;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace KeepUp.Web.Hosting;

/// <summary>
/// Builds and runs the web host. Shared by <c>dotnet run --project src/KeepUp.Web</c>,
/// <c>keepup serve</c> and the tests, so all three run the same application.
/// </summary>
public static class KeepUpWebHost
{
    /// <summary>Runs KeepUp until stopped; returns 1 without starting when the curriculum files are invalid.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args, out var problems);
        if (app is null)
        {
            await Console.Error.WriteLineAsync(problems);
            return 1;
        }

        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// Builds the application; returns null with a printable report when the curriculum is invalid,
    /// because a teacher editing a file needs the list of problems, not a stack trace.
    /// </summary>
    public static WebApplication? Build(string[] args, out string problems, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddShippedSettings(builder);
        configure?.Invoke(builder);
        var validation = CurriculumFolder.Load(builder.Configuration["curriculum"] ?? CurriculumFolder.Default);
        if (validation.Curriculum is not { } curriculum)
        {
            problems = "KeepUp cannot start. " + Report(validation.Problems);
            return null;
        }

        problems = string.Empty;
        builder.AddKeepUpWeb(curriculum);
        var app = builder.Build();
        app.UseKeepUpWeb();
        return app;
    }

    /// <summary>
    /// Started as <c>dotnet path/to/KeepUp.Web.dll</c> from another folder, the content root is that
    /// folder and the shipped appsettings.json beside the program is never read: every request and
    /// every database command was then logged to the console, which held answers up under load. The
    /// shipped file goes first, so settings from the working folder, the environment and the command
    /// line still override it.
    /// </summary>
    private static void AddShippedSettings(WebApplicationBuilder builder)
    {
        const string file = "appsettings.json";
        var programFolder = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, file)) || !File.Exists(Path.Combine(programFolder, file)))
        {
            return;
        }

        var shipped = new JsonConfigurationSource { Path = file, Optional = true, FileProvider = new PhysicalFileProvider(programFolder) };
        ((IConfigurationBuilder)builder.Configuration).Sources.Insert(0, shipped);
    }

    /// <summary>The validation report: a heading and one problem per line.</summary>
    public static string Report(IReadOnlyList<CurriculumProblem> problems) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The curriculum files have {problems.Count} problem(s):{Environment.NewLine}") +
        string.Join(Environment.NewLine, problems);
}
