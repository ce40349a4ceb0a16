using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>
/// The real KeepUp server on a loopback port, with a fresh SQLite database and the demo accounts,
/// and one headless Chromium for every browser test. Started only when Chromium is there to use it.
/// </summary>
public sealed partial class KeepUpSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "keepup-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private Uri? address;

    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => address ?? throw NotStarted();

    public IBrowser Browser => browser ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        if (!ChromiumLocation.IsInstalled)
        {
            return;
        }

        Directory.CreateDirectory(dataFolder);
        app = KeepUpWebHost.Build(
            ["--urls", "http://127.0.0.1:0", "--data", dataFolder],
            out var problems,
            builder => builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning))
            ?? throw new InvalidOperationException(problems);
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Single()
            ?? throw new InvalidOperationException("The server did not report the address it listens on.");
        address = new Uri(bound.TrimEnd('/') + "/");

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocation.Path,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static InvalidOperationException NotStarted() => new(ChromiumLocation.IsInstalled
        ? "The KeepUp site fixture did not start."
        : ChromiumLocation.MissingReason);
}
