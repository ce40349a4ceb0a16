using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KeepUp.Web.Tests;

/// <summary>The practice API: questions rebuilt from step and seed, and answer checking.</summary>
[Collection(SharedServer.Name)]
public sealed class PracticeApiTests(KeepUpServer server)
{
    private const string Step = "y3-as-add-subtract-tens";

    [Fact]
    public async Task Questions_ReturnTheDocumentedShape()
    {
        var client = await server.SignedInAsTeacherAsync();

        var questions = await client.GetFromJsonAsync<JsonElement>($"/api/v1/steps/{Step}/questions?seed=7");

        Assert.InRange(questions.GetArrayLength(), 5, 10);
        var first = questions[0];
        foreach (var name in new[] { "index", "stepId", "seed", "format", "prompt", "answer", "choices", "picture", "variation" })
        {
            Assert.True(first.TryGetProperty(name, out _), $"A question has no '{name}'.");
        }

        Assert.Equal(1, first.GetProperty("index").GetInt32());
        Assert.Equal(Step, first.GetProperty("stepId").GetString());
        Assert.Equal(7, first.GetProperty("seed").GetInt32());
        Assert.Equal("start", first.GetProperty("variation").GetProperty("dimension").GetString());
        Assert.StartsWith("<svg", first.GetProperty("picture").GetString(), StringComparison.Ordinal);
        Assert.Contains(first.GetProperty("choices").EnumerateArray(), c => c.GetProperty("correct").GetBoolean());
    }

    [Fact]
    public async Task Questions_SameSeed_SameQuestions()
    {
        var client = await server.SignedInAsTeacherAsync();

        var once = await client.GetStringAsync($"/api/v1/steps/{Step}/questions?seed=99");
        var again = await client.GetStringAsync($"/api/v1/steps/{Step}/questions?seed=99");
        var other = await client.GetStringAsync($"/api/v1/steps/{Step}/questions?seed=100");

        Assert.Equal(once, again);
        Assert.NotEqual(once, other);
    }

    [Theory]
    [InlineData("/api/v1/steps/y3-no-such-step/questions?seed=1", HttpStatusCode.NotFound, "step-not-found")]
    [InlineData("/api/v1/steps/y3-g-turns-and-angles/questions?seed=1", HttpStatusCode.NotFound, "no-generator-yet")]
    [InlineData("/api/v1/steps/y3-as-add-subtract-tens/questions?seed=-1", HttpStatusCode.BadRequest, "seed-out-of-range")]
    [InlineData("/api/v1/steps/y3-as-add-subtract-tens/questions?seed=2147483648", HttpStatusCode.BadRequest, "seed-out-of-range")]
    [InlineData("/api/v1/steps/y3-as-add-subtract-tens/questions", HttpStatusCode.BadRequest, "seed-required")]
    public async Task Questions_BadRequests_AnswerWithProblemDetails(string address, HttpStatusCode expected, string code)
    {
        var response = await (await server.SignedInAsTeacherAsync()).GetAsync(address);

        Assert.Equal(expected, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith(code, problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RightWrongAndMalformedAnswers_AreToldApart()
    {
        var client = await server.SignedInAsTeacherAsync();
        var questions = await client.GetFromJsonAsync<JsonElement>($"/api/v1/steps/{Step}/questions?seed=7");
        var first = questions[0];
        var answer = first.GetProperty("answer").GetString()!;
        var mistake = first.GetProperty("choices").EnumerateArray().First(c => !c.GetProperty("correct").GetBoolean());

        var right = await CheckAsync(client, answer);
        var wrong = await CheckAsync(client, mistake.GetProperty("text").GetString()!);
        var malformed = await CheckAsync(client, "twelve-ish");

        Assert.True(right.GetProperty("correct").GetBoolean());
        Assert.False(wrong.GetProperty("correct").GetBoolean());
        Assert.True(wrong.GetProperty("wellFormed").GetBoolean());
        Assert.Equal(mistake.GetProperty("misconception").GetString(), wrong.GetProperty("misconception").GetString());
        Assert.False(malformed.GetProperty("wellFormed").GetBoolean());
        Assert.False(string.IsNullOrEmpty(malformed.GetProperty("feedback").GetString()));
    }

    [Fact]
    public async Task Check_OverLongAnswerOrMissingQuestion_Answers400()
    {
        var client = await server.SignedInAsTeacherAsync();

        var tooLong = await client.PostAsJsonAsync("/api/v1/answers/check", new { stepId = Step, seed = 7, index = 1, answer = new string('9', 101) });
        var noQuestion = await client.PostAsJsonAsync("/api/v1/answers/check", new { stepId = Step, seed = 7, index = 11, answer = "3" });
        var incomplete = await client.PostAsJsonAsync("/api/v1/answers/check", new { stepId = Step, answer = "3" });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("answer-too-long", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noQuestion.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
    }

    [Fact]
    public async Task Practice_WithoutSigningIn_Answers401()
    {
        var response = await server.CreateClient().GetAsync($"/api/v1/steps/{Step}/questions?seed=1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesThePracticeApi()
    {
        var document = await server.CreateClient().GetStringAsync("/api/v1/openapi.json");

        Assert.Contains("/api/v1/steps/{id}/questions", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/answers/check", document, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> CheckAsync(HttpClient client, string answer)
    {
        var response = await client.PostAsJsonAsync("/api/v1/answers/check", new { stepId = Step, seed = 7, index = 1, answer });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
