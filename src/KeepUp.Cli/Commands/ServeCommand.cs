using System.CommandLine;
using KeepUp.Web.Hosting;

namespace KeepUp.Cli.Commands;

/// <summary><c>keepup serve</c>: runs the web host, exactly as <c>dotnet run --project src/KeepUp.Web</c> does.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, e.g. http://127.0.0.1:5000." };
        var command = new Command("serve", "Run the KeepUp web site.") { urls };
        command.SetAction(async (parse, _) =>
        {
            var args = new List<string>();
            if (parse.GetValue(KeepUpCli.DataOption) is { } data)
            {
                args.AddRange(["--data", data]);
            }

            if (parse.GetValue(urls) is { } addresses)
            {
                args.AddRange(["--urls", addresses]);
            }

            return await KeepUpWebHost.RunAsync([.. args]);
        });
        return command;
    }
}
