using System.Globalization;
using System.Text.RegularExpressions;

namespace KeepUp.Web.Tests.Classroom;

/// <summary>The keep-up list looks back at earlier checks: the demo class has two weeks of them.</summary>
[Collection(SharedServer.Name)]
public sealed partial class KeepUpDaysTests(KeepUpServer server)
{
    [Fact]
    public async Task KeepUpList_EarlierDay_ShowsThatDaysCheckAndItsInterventions()
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var classId = ClassLink().Match(await teacher.GetStringAsync("/class")).Groups[1].Value;
        var page = await teacher.GetStringAsync($"/class/{classId}/keep-up");
        var days = DayLink().Matches(page).Select(m => DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.True(days.Count >= 9, $"Expected the demo's earlier checks as links, found {days.Count}.");

        var earliest = days.Min();
        var thatDay = await teacher.GetStringAsync($"/class/{classId}/keep-up?day={earliest:yyyy-MM-dd}");

        Assert.Contains(earliest.ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-GB")) + "&#x27;s check on", thatDay, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"date\"", thatDay, StringComparison.Ordinal);
        Assert.DoesNotContain("No check today yet", thatDay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepUpList_AnotherTeachersClass_IsNotFound()
    {
        var teacher = await server.SignedInAsTeacherAsync();

        var response = await teacher.GetAsync("/class/999999/keep-up?day=2026-11-20");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("href=\"/class/(\\d+)\"")]
    private static partial Regex ClassLink();

    [GeneratedRegex("keep-up\\?day=(\\d{4}-\\d{2}-\\d{2})\"")]
    private static partial Regex DayLink();
}
