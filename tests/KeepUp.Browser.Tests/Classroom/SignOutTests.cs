using KeepUp.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Classroom;

/// <summary>On a shared laptop the next person must not inherit the last one's pupils: Sign out has to work.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SignOutTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [BrowserFact]
    public Task SignOut_TeacherPressesSignOut_ClassPagesAskForSignInAgain() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();
        await teacher.GoToAsync("/class");

        await teacher.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(teacher.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        await teacher.Page.GotoAsync("/class");
        await Expect(teacher.Heading).ToHaveTextAsync("Sign in");
    });
}
