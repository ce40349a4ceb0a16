using System.CommandLine;
using KeepUp.Application;
using KeepUp.Storage;
using KeepUp.Storage.Curriculum;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KeepUp.Cli.Commands;

/// <summary>The storage services a command needs, configured exactly as the web host configures them.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(ParseResult parse)
    {
        var settings = new Dictionary<string, string?>();
        if (parse.GetValue(KeepUpCli.DataOption) is { } data)
        {
            settings["data"] = data;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        var options = StorageOptions.From(configuration);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddDataProtection()
            .SetApplicationName("KeepUp")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataFolder, "keys")));
        // Commands that seed or plan lessons need the curriculum, exactly as the web host loads it.
        var curriculum = CurriculumFolder.Load(CurriculumFolder.Default);
        services.AddKeepUpApplication(curriculum.Curriculum
            ?? throw new InvalidOperationException(KeepUpWebHost.Report(curriculum.Problems)));
        services.AddKeepUpStorage(options);
        services.AddKeepUpAccounts();
        return services.BuildServiceProvider();
    }
}
