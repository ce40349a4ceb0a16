using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KeepUp.MtcLoad;

/// <summary>A pupil from the seeded file: the school code and PIN on their slip.</summary>
internal sealed record LoadPupil(int Number, string SchoolCode, string Pin);

/// <summary>Where one pupil is: cookies, the sign-in page's antiforgery token, the check to send.</summary>
internal sealed class PupilState(LoadPupil pupil)
{
    public LoadPupil Pupil { get; } = pupil;

    public PupilCookies Cookies { get; } = new();

    public string? Antiforgery { get; set; }

    public string? Body { get; set; }

    public int ExpectedScore { get; set; }
}

/// <summary>What a whole run counted: checks the server stored, and resends it acknowledged without storing.</summary>
internal sealed class Tally
{
    public int Stored;
    public int ResendsAcknowledged;
    public int Done;

    /// <summary>The scores the server should give the stored checks, from the answers the driver chose.</summary>
    public long ExpectedScore;
}

/// <summary>
/// One pupil taking the check, doing what the browser does: open the sign-in page (antiforgery cookie
/// and token), sign in with school code and PIN, start the check, answer all 25 questions (some right,
/// some wrong, some blank) and send it. Some pupils' devices send the finished check a second time,
/// as a device does when the first reply is lost, and must be told it was already had.
/// </summary>
internal sealed partial class PupilJourney(HttpClient http, Latencies latencies, Tally tally, double resendFraction)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The steps of a pupil's check, in order; <see cref="StepAsync"/> takes each.</summary>
    public static readonly string[] Steps = ["sign-in-page", "sign-in", "start", "submit"];

    /// <summary>The whole check for one pupil; the pupil's cookies once done (for the no-op phase), null on a failure.</summary>
    public async Task<PupilCookies?> RunAsync(LoadPupil pupil, CancellationToken cancellationToken)
    {
        var state = new PupilState(pupil);
        var whole = Stopwatch.StartNew();
        for (var step = 0; step < Steps.Length; step++)
        {
            if (!await StepAsync(step, state, cancellationToken))
            {
                return null;
            }
        }

        latencies.Add("whole pupil", whole.Elapsed.TotalMilliseconds);
        return state.Cookies;
    }

    /// <summary>One step of <see cref="Steps"/> for a pupil; false (and the failure counted) when it went wrong.</summary>
    public async Task<bool> StepAsync(int step, PupilState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var (pupil, cookies) = (state.Pupil, state.Cookies);
        try
        {
            switch (step)
            {
                case 0:
                    using (var page = await SendAsync("sign-in-page", HttpMethod.Get, "/pupil", null, cookies, cancellationToken))
                    {
                        var html = await page.Content.ReadAsStringAsync(cancellationToken);
                        if (!await OkAsync(page, HttpStatusCode.OK, pupil, "sign-in page") || TokenOnPage().Match(html) is not { Success: true } token)
                        {
                            latencies.Fail($"pupil {pupil.Number}: the sign-in page has no antiforgery token");
                            return false;
                        }

                        state.Antiforgery = WebUtility.HtmlDecode(token.Groups[1].Value);
                        return true;
                    }

                case 1:
                    var form = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["SchoolCode"] = pupil.SchoolCode, ["Pin"] = pupil.Pin, ["__RequestVerificationToken"] = state.Antiforgery ?? string.Empty,
                    });
                    using (var signedIn = await SendAsync("sign-in", HttpMethod.Post, "/pupil", form, cookies, cancellationToken))
                    {
                        if (!await OkAsync(signedIn, HttpStatusCode.Redirect, pupil, "sign-in") || !cookies.Has("keepup.pupil"))
                        {
                            latencies.Fail($"pupil {pupil.Number} ({pupil.SchoolCode} {pupil.Pin}): sign-in answered {(int)signedIn.StatusCode} without a pupil cookie");
                            return false;
                        }

                        return true;
                    }

                case 2:
                    using (var started = await SendAsync("start", HttpMethod.Post, "/api/v1/pupil/mtc/start", null, cookies, cancellationToken))
                    {
                        if (!await OkAsync(started, HttpStatusCode.OK, pupil, "start"))
                        {
                            return false;
                        }

                        var check = await started.Content.ReadFromJsonAsync<StartedCheck>(Json, cancellationToken);
                        if (check?.Questions is not { Count: 25 } questions || string.IsNullOrEmpty(check.Token))
                        {
                            latencies.Fail($"pupil {pupil.Number}: start gave no token or not 25 questions");
                            return false;
                        }

                        var answers = questions.Select((q, i) => Answer(pupil.Number, i + 1, q)).ToList();
                        state.Body = JsonSerializer.Serialize(new Submission(check.Token, answers, null), Json);
                        state.ExpectedScore = answers.Zip(questions).Count(x => x.First.Answer == (x.Second.A * x.Second.B).ToString(CultureInfo.InvariantCulture));
                        return true;
                    }

                default:
                    if (!await SubmitAsync("submit", state.Body ?? string.Empty, cookies, pupil, alreadyHad: false, cancellationToken))
                    {
                        return false;
                    }

                    Interlocked.Add(ref tally.ExpectedScore, state.ExpectedScore);

                    // A deterministic share of devices resend (every 20th pupil for 5 %).
                    if (resendFraction > 0 && pupil.Number % (int)Math.Round(1 / resendFraction) == 0 &&
                        !await SubmitAsync("resubmit", state.Body ?? string.Empty, cookies, pupil, alreadyHad: true, cancellationToken))
                    {
                        return false;
                    }

                    Interlocked.Increment(ref tally.Done);
                    return true;
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            latencies.Fail($"pupil {pupil.Number}: {Steps[Math.Min(step, Steps.Length - 1)]}: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }

    /// <summary>The no-op: a signed-in pupil asks the server to do nothing.</summary>
    public async Task<bool> PingAsync(PupilCookies cookies, CancellationToken cancellationToken)
    {
        try
        {
            using var reply = await SendAsync("ping", HttpMethod.Post, "/api/v1/pupil/ping", null, cookies, cancellationToken);
            if (reply.StatusCode == HttpStatusCode.NoContent)
            {
                return true;
            }

            latencies.Fail($"ping answered {(int)reply.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            latencies.Fail($"ping: {e.GetType().Name}: {e.Message}");
        }

        return false;
    }

    private async Task<bool> SubmitAsync(string kind, string body, PupilCookies cookies, LoadPupil pupil, bool alreadyHad, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var reply = await SendAsync(kind, HttpMethod.Post, "/api/v1/pupil/mtc/submit", content, cookies, cancellationToken);
        if (!await OkAsync(reply, HttpStatusCode.OK, pupil, kind))
        {
            return false;
        }

        var receipt = await reply.Content.ReadFromJsonAsync<Receipt>(Json, cancellationToken);
        if (receipt is null || receipt.AlreadyHad != alreadyHad)
        {
            latencies.Fail($"pupil {pupil.Number}: {kind} answered alreadyHad={receipt?.AlreadyHad}, expected {alreadyHad}");
            return false;
        }

        Interlocked.Increment(ref alreadyHad ? ref tally.ResendsAcknowledged : ref tally.Stored);
        return true;
    }

    private async Task<HttpResponseMessage> SendAsync(string kind, HttpMethod method, string path, HttpContent? content, PupilCookies cookies, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content ?? (method == HttpMethod.Post ? new ByteArrayContent([]) : null) };
        cookies.Put(request);
        var clock = Stopwatch.StartNew();
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        latencies.Add(kind, clock.Elapsed.TotalMilliseconds);
        cookies.Take(response);
        return response;
    }

    private async Task<bool> OkAsync(HttpResponseMessage response, HttpStatusCode expected, LoadPupil pupil, string what)
    {
        if (response.StatusCode == expected)
        {
            return true;
        }

        var detail = await response.Content.ReadAsStringAsync();
        latencies.Fail($"pupil {pupil.Number} ({pupil.SchoolCode} {pupil.Pin}): {what} answered {(int)response.StatusCode}: {detail[..Math.Min(200, detail.Length)]}");
        return false;
    }

    /// <summary>Mostly right; every fifth (shifted by pupil) one too many; the last blank for every seventh pupil, as when time runs out.</summary>
    private static SubmittedAnswer Answer(int pupil, int position, Question question)
    {
        var product = question.A * question.B;
        var typed = position == 25 && pupil % 7 == 0 ? string.Empty
            : (pupil + position) % 5 == 0 ? (product + 1).ToString(CultureInfo.InvariantCulture)
            : product.ToString(CultureInfo.InvariantCulture);
        return new SubmittedAnswer(position, typed, 3000.0 + (position - 1) * 9000.0 + pupil % 500, 1500 + (pupil * position % 4000), false);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex TokenOnPage();

    private sealed record Question(int A, int B);

    private sealed record StartedCheck(Guid AttemptId, string? Token, IReadOnlyList<Question>? Questions);

    private sealed record SubmittedAnswer(int Position, string Answer, double ShownAtMilliseconds, int MillisecondsOnScreen, bool ByInputAssistant);

    private sealed record Submission(string Token, IReadOnlyList<SubmittedAnswer> Answers, string? InputAssistantName);

    private sealed record Receipt(Guid AttemptId, bool AlreadyHad);
}
