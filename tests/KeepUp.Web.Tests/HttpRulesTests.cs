using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KeepUp.Web.Tests;

/// <summary>Security headers, problem responses and limits that hold for every request.</summary>
[Collection(SharedServer.Name)]
public sealed class HttpRulesTests(KeepUpServer server)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/css/site.css")]
    public async Task Responses_CarrySecurityHeaders(string address)
    {
        var response = await server.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScript()
    {
        var page = await (await server.SignedInAsTeacherAsync()).GetStringAsync("/curriculum/mixed-age");

        Assert.DoesNotMatch("<script(?![^>]*src=)", page);
        Assert.DoesNotContain(" onclick=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Step_ReturnsTheDocumentedShape()
    {
        var step = await (await server.SignedInAsTeacherAsync()).GetFromJsonAsync<JsonElement>("/api/v1/curriculum/steps/y3-npv-ten-tens-make-a-hundred");

        Assert.Equal(["id", "year", "strand", "title", "readyToProgress", "nationalCurriculum", "prerequisites", "keyLearningPoints", "stemSentences", "representations", "misconceptions", "sequence"],
            step.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, step.GetProperty("year").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/curriculum/steps/y3-no-such-step", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/curriculum/steps?year=9", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/curriculum/steps?year=three", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/curriculum/mixed-age?younger=2&older=5", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/nothing-here", HttpStatusCode.NotFound)]
    public async Task Api_BadRequests_AnswerWithProblemDetails(string address, HttpStatusCode expected)
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync(address);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OversizedRequest_Answers400WithProblemDetails()
    {
        var client = server.CreateClient();
        using var body = new ByteArrayContent(new byte[2 * 1024 * 1024]);

        var response = await client.PostAsync("/account/sign-in", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("too large", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCurriculumApi()
    {
        var document = await server.CreateClient().GetStringAsync("/api/v1/openapi.json");

        Assert.Contains("/api/v1/curriculum/steps/{id}", document, StringComparison.Ordinal);
    }
}
