using System.Net;
using System.Text.RegularExpressions;

namespace KeepUp.Web.Tests.Practice;

/// <summary>The step page's practice panel, teach mode and worksheets, over HTTP as a signed-in teacher.</summary>
[Collection(SharedServer.Name)]
public sealed partial class PracticePagesTests(KeepUpServer server)
{
    private const string Tens = "y3-as-add-subtract-tens";
    private const string NoGenerator = "y3-g-turns-and-angles";
    private const string TensStem = "The ones digit stays the same.";

    [Fact]
    public async Task StepPage_StepWithGenerator_OffersTeachingWorksheetsAndAPreview()
    {
        var page = await GetPageAsync($"/curriculum/steps/{Tens}");

        Assert.Contains($"href=\"/teach/{Tens}?seed=1\">Teach this step</a>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/worksheet/{Tens}?seed=1\">Worksheet</a>", page, StringComparison.Ordinal);
        Assert.Contains("seed 1", page, StringComparison.Ordinal);
        Assert.Matches($"href=\"/curriculum/steps/{Tens}\\?seed=\\d+#practice\">New questions</a>", page);
        Assert.Contains("839 + 10 = □", page, StringComparison.Ordinal);
        Assert.Contains("changes: the first number", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepPage_Seed_PreviewsAndPassesOnThatSeed()
    {
        var page = await GetPageAsync($"/curriculum/steps/{Tens}?seed=77");

        Assert.Contains("seed 77", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/teach/{Tens}?seed=77\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"seed\" value=\"77\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepPage_StepWithoutGenerator_SaysSoHonestly()
    {
        var page = await GetPageAsync($"/curriculum/steps/{NoGenerator}");

        Assert.Contains("No question generator for this step yet", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Teach this step", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeachPage_Step_RendersEverySlideServerSideWithTheStemSentence()
    {
        var page = await GetPageAsync($"/teach/{Tens}?seed=1");

        Assert.Contains(TensStem, page, StringComparison.Ordinal);
        Assert.Contains("Say it together", page, StringComparison.Ordinal);
        // Title, representation, worked example, five practice questions and the deepening question.
        Assert.Equal(9, SlideSection().Count(page));
        Assert.Equal(6, Regex.Count(page, "class=\"show-me\"", RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.Contains("Look deeper", page, StringComparison.Ordinal);
        Assert.Contains("What changed? <strong>the operation</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Subtracts when the sign says add.", page, StringComparison.Ordinal);
        Assert.Contains("role=\"status\"", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/teach.js\"></script>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($"/teach/{Tens}?seed=3")]
    [InlineData($"/worksheet/{Tens}?seed=3&pupils=2")]
    [InlineData($"/curriculum/steps/{Tens}")]
    public async Task PracticePages_UnderTheContentSecurityPolicy_HaveNoInlineStyleOrScript(string address)
    {
        var page = await GetPageAsync(address);

        Assert.DoesNotContain(" style=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", page, StringComparison.Ordinal);
        Assert.Empty(Regex.Matches(page, "<script(?![^>]*\\bsrc=)", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task TeachPage_StepWithoutGenerator_Answers404WithTheReason()
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync($"/teach/{NoGenerator}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("has no question generator yet", await ReadAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeachPage_SeedOutOfRange_Answers400WithTheReason()
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync($"/teach/{Tens}?seed=-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The seed -1 is out of range", await ReadAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worksheet_ClassSet_SheetsWithConsecutiveSeedsAndTheSameStructure()
    {
        var page = await GetPageAsync($"/worksheet/{Tens}?seed=10&pupils=3");

        var sheets = Sheets(page);
        Assert.Equal(3, sheets.Count);
        Assert.Contains("Sheet 1 of 3 · seed 10", sheets[0], StringComparison.Ordinal);
        Assert.Contains("Sheet 2 of 3 · seed 11", sheets[1], StringComparison.Ordinal);
        Assert.Contains("Sheet 3 of 3 · seed 12", sheets[2], StringComparison.Ordinal);
        Assert.Single(sheets.Select(Structure).Distinct());
        Assert.Equal(3, sheets.Select(s => Prompts(s).First()).Distinct().Count());
        Assert.All(sheets, sheet => Assert.Contains(TensStem, sheet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Worksheet_ClassSet_EndsWithAnAnswersPagePerSheet()
    {
        var page = await GetPageAsync($"/worksheet/{Tens}?seed=10&pupils=3");

        var answers = page[page.IndexOf("<section class=\"answers\"", StringComparison.Ordinal)..];
        Assert.True(page.LastIndexOf("<article class=\"sheet\"", StringComparison.Ordinal) < page.IndexOf("<section class=\"answers\"", StringComparison.Ordinal));
        Assert.Contains("Answers: sheet 1 of 3 <span class=\"answers-seed\">(seed 10)</span>", answers, StringComparison.Ordinal);
        Assert.Contains("Answers: sheet 3 of 3 <span class=\"answers-seed\">(seed 12)</span>", answers, StringComparison.Ordinal);
        Assert.Contains("Only the tens digit changes", answers, StringComparison.Ordinal);
        Assert.Contains("data-print", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worksheet_NoCount_IsOneSheetFromSeedOne()
    {
        var page = await GetPageAsync($"/worksheet/{Tens}");

        Assert.Single(Sheets(page));
        Assert.Contains("Sheet 1 of 1 · seed 1", page, StringComparison.Ordinal);
        Assert.Contains("Tick one.", page, StringComparison.Ordinal);
        Assert.Contains("Think deeper", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(401)]
    public async Task Worksheet_PupilsOutOfRange_Answers400KeepingTheFormAndSayingTheRange(int pupils)
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync($"/worksheet/{Tens}?pupils={pupils}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await ReadAsync(response);
        Assert.Contains("choose 1 to 400", page, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" class=\"worksheet-form\">", page, StringComparison.Ordinal);
        Assert.Empty(Sheets(page));
    }

    [Fact]
    public async Task Worksheet_StepWithoutGenerator_Answers404WithTheReason()
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync($"/worksheet/{NoGenerator}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("has no question generator yet", await ReadAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/teach/y3-no-such-step")]
    [InlineData("/worksheet/y3-no-such-step")]
    public async Task PracticePages_UnknownStep_GiveTheFriendly404(string address)
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($"/teach/{Tens}")]
    [InlineData($"/worksheet/{Tens}")]
    public async Task PracticePages_Anonymous_AreSentToSignIn(string address)
    {
        var response = await server.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<string> GetPageAsync(string address)
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    /// <summary>The page's text with Razor's character references decoded ("+" is written &amp;#x2B;).</summary>
    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static List<string> Sheets(string page) =>
        [.. page.Split("<article class=\"sheet\"").Skip(1).Select(s => s[..s.IndexOf("</article>", StringComparison.Ordinal)])];

    /// <summary>A sheet's layout without its numbers: the order of its parts and kinds of picture and answer space.</summary>
    private static string Structure(string sheet) =>
        string.Join(" ", PartClass().Matches(sheet).Select(m => m.Groups[1].Value));

    private static IEnumerable<string> Prompts(string sheet) =>
        PromptText().Matches(sheet).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<section class=\"slide[ \"]")]
    private static partial Regex SlideSection();

    [GeneratedRegex("class=\"((?:sheet|picture|answer|tick|write)-[a-z -]+)\"")]
    private static partial Regex PartClass();

    [GeneratedRegex("<p class=\"sheet-prompt\">([^<]*)</p>")]
    private static partial Regex PromptText();
}
