using System.Net;
using System.Text.RegularExpressions;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Demo;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Web.Tests;

/// <summary>
/// The real KeepUp server on a loopback port with a fresh SQLite data folder (migrated and
/// seeded with the demo hub at start-up), shared by the tests of a collection.
/// </summary>
public sealed partial class KeepUpServer : IAsyncLifetime
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("keepup-web-");
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        app = KeepUpWebHost.Build(["--urls", "http://127.0.0.1:0", "--data", data.FullName], out var problems)
            ?? throw new InvalidOperationException(problems);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
    {
        BaseAddress = BaseAddress,
    };

    /// <summary>Signs in through the real form (with its anti-forgery token) as the demo account of a role.</summary>
    public async Task<HttpClient> SignedInAsync(string role)
    {
        var client = CreateClient();
        var response = await SignInAsync(client, DemoData.Logins.Single(l => l.Role == role).Email, DemoData.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<HttpClient> SignedInAsTeacherAsync() => SignedInAsync(Roles.Teacher);

    /// <summary>Posts the sign-in form as a person would: fetch it, then submit it with its token.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string returnUrl = "")
    {
        var form = await client.GetStringAsync("/account/sign-in");
        var token = Token().Match(form).Groups[1].Value;
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Adds a teacher account of this test's own, so lockout tests do not lock a shared demo account.</summary>
    public async Task<string> CreateTeacherAsync(string password)
    {
        await using var scope = app!.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffAccount>>();
        var email = $"teacher-{Guid.NewGuid():N}@test.keepup.school";
        var account = new StaffAccount { UserName = email, Email = email, DisplayName = "Test Teacher", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(account, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(account, Roles.Teacher)).Succeeded);
        return email;
    }

    /// <summary>Reads the server's database directly, for tests that check what a request changed.</summary>
    public async Task<T> QueryDatabaseAsync<T>(Func<KeepUp.Storage.KeepUpDbContext, Task<T>> query)
    {
        await using var scope = app!.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KeepUp.Storage.KeepUpDbContext>());
    }

    /// <summary>Posts a form as a browser would: fetches the page for its anti-forgery token first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = Token().Match(html).Groups[1].Value;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[CollectionDefinition(Name)]
public sealed class SharedServer : ICollectionFixture<KeepUpServer>
{
    public const string Name = "KeepUp server";
}
