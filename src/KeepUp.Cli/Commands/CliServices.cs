using System.CommandLine;
using KeepUp.Storage;
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
        services.AddKeepUpStorage(options);
        services.AddKeepUpAccounts();
        return services.BuildServiceProvider();
    }
}
