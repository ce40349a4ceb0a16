using KeepUp.Storage;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KeepUp.Web.Hosting;

/// <summary>Once the server listens, prints where KeepUp is and how to sign in to the demo.</summary>
internal static class StartupBanner
{
    public static void Register(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => Print(app));

    private static void Print(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var storage = app.Services.GetRequiredService<StorageOptions>();
        using var scope = app.Services.CreateScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoData>().IsPresentAsync().GetAwaiter().GetResult();
        var lines = new List<string> { string.Empty, "KeepUp is running.", $"  Open: {string.Join("  ", addresses)}", $"  Data: {storage.Describe()}" };
        if (demo)
        {
            lines.Add($"  Demo logins (password for all: {DemoData.Password}):");
            lines.AddRange(DemoData.Logins.Select(l => $"    {Roles.Title(l.Role),-26} {l.Email}"));
            lines.Add($"  Pupils sign in at /pupil with school code {DemoData.PupilSchoolCode} and a PIN (class page → Sign-in PINs).");
        }

        lines.Add("  Press Ctrl+C to stop.");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
