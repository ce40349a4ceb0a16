using System.Net;
using KeepUp.Storage.Demo;

namespace KeepUp.Web.Tests;

[Collection(SharedServer.Name)]
public sealed class SignInTests(KeepUpServer server)
{
    private const string GenericMessage = "The email or password is not right";

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownUser_GivesTheSameMessage()
    {
        var wrongPassword = await KeepUpServer.SignInAsync(server.CreateClient(), "maths.lead@demo.keepup.school", "not-the-password");
        var unknownUser = await KeepUpServer.SignInAsync(server.CreateClient(), "nobody@example.org", DemoData.Password);

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownUser.StatusCode);
        Assert.Contains(GenericMessage, await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(GenericMessage, await unknownUser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        var email = await server.CreateTeacherAsync(DemoData.Password);
        var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await KeepUpServer.SignInAsync(server.CreateClient(), email, DemoData.Password)).StatusCode);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await KeepUpServer.SignInAsync(client, email, "wrong-" + attempt);
        }

        var response = await KeepUpServer.SignInAsync(client, email, DemoData.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(GenericMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefused()
    {
        var response = await server.CreateClient().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "teacher@demo.keepup.school",
            ["password"] = DemoData.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_ReturnUrlOffSite_StaysOnKeepUp()
    {
        var response = await KeepUpServer.SignInAsync(server.CreateClient(), "teacher@demo.keepup.school", DemoData.Password, "https://evil.example/");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
