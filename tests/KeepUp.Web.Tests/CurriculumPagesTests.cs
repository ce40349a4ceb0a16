using System.Net;

namespace KeepUp.Web.Tests;

[Collection(SharedServer.Name)]
public sealed class CurriculumPagesTests(KeepUpServer server)
{
    [Fact]
    public async Task StepPage_ShowsEverythingATeacherPlansWith()
    {
        var page = await (await server.SignedInAsTeacherAsync()).GetStringAsync("/curriculum/steps/y3-npv-ten-tens-make-a-hundred");

        Assert.Contains("<h1>Ten tens make one hundred</h1>", page, StringComparison.Ordinal);
        foreach (var heading in new[] { "Key learning points", "Stem sentences", "Representations", "Misconceptions to look for", "Builds on", "Leads to" })
        {
            Assert.Contains(heading, page, StringComparison.Ordinal);
        }

        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/curriculum/steps/y4-npv-ten-hundreds-make-a-thousand\"", page, StringComparison.Ordinal);
        Assert.Contains("3NPV-1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearPage_ListsTermsBlocksAndSteps()
    {
        var page = await (await server.SignedInAsTeacherAsync()).GetStringAsync("/curriculum/year/3");

        Assert.Contains("Autumn term", page, StringComparison.Ordinal);
        Assert.Contains("Summer term", page, StringComparison.Ordinal);
        Assert.Contains("Block 1: Place value within 1,000", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/curriculum/steps/y3-npv-ten-tens-make-a-hundred\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3NPV-2", "y3-npv-partition-hundreds-tens-ones")]
    [InlineData("NC-Y4-F-3", "/curriculum/steps/y4-f-")]
    [InlineData("column subtraction", "/curriculum/steps/y3-as-")]
    public async Task Search_ByCodeOrWords_FindsSteps(string query, string expected)
    {
        var page = await (await server.SignedInAsTeacherAsync()).GetStringAsync("/curriculum/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.DoesNotContain("No steps match.", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3NPV-2")]
    [InlineData(" 3npv – 2 ")]
    public async Task Search_ByCodeAsTyped_ShowsWhatTheCodeAsksFor(string query)
    {
        var page = await (await server.SignedInAsTeacherAsync()).GetStringAsync("/curriculum/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains("<p class=\"code-gist\"><span class=\"tag\">3NPV-2</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MixedAge_Years5And6_MarksTogetherAndSeparate()
    {
        var page = await (await server.SignedInAsTeacherAsync()).GetStringAsync("/curriculum/mixed-age?younger=5&older=6");

        Assert.Contains("<tr class=\"together\">", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"separate\">", page, StringComparison.Ordinal);
        Assert.Contains("Year 6 only", page, StringComparison.Ordinal);
        Assert.Contains("data-print", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MixedAge_NotAPair_Answers400WithTheReason()
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync("/curriculum/mixed-age?younger=3&older=6");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("two consecutive year groups", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/curriculum/steps/y3-no-such-step")]
    [InlineData("/curriculum/year/9")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddress_GivesTheFriendly404(string address)
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
