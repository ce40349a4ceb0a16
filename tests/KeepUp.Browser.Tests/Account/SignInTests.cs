using KeepUp.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Account;

[Collection(BrowserTestGroup.Name)]
public sealed class SignInTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [BrowserFact]
    public Task SignIn_WrongPassword_ShowsGenericMessage() => VisitAsync(async visitor =>
    {
        // Not the teacher: failed attempts count towards a lockout, and other tests sign in as the teacher.
        await visitor.SignInAsync("specialist@demo.keepup.school", "not-the-password");

        var alert = visitor.Page.GetByRole(Microsoft.Playwright.AriaRole.Alert);
        await Expect(alert).ToHaveTextAsync("The email or password is not right, or the account is locked for a few minutes. Please try again.");
        await Expect(visitor.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        await visitor.CheckAccessibilityAsync();
    });
}
