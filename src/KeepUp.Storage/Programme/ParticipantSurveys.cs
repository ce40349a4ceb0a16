using System.Security.Cryptography;
using KeepUp.Application.Common;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>One question's results: a distribution for a Likert statement, the answers for free text.</summary>
public sealed record QuestionResults(SurveyQuestion Question, IReadOnlyList<int> Distribution, IReadOnlyList<string> Texts);

/// <summary>A survey's results so far.</summary>
public sealed record SurveyResults(Survey Survey, int Responses, IReadOnlyList<QuestionResults> Questions);

/// <summary>
/// Participant surveys: hub staff build them and read the results; participants answer through a
/// link without signing in, and their answers carry no name.
/// </summary>
public sealed class ParticipantSurveys(KeepUpDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MaxQuestions = 30;

    public async Task<IReadOnlyList<(Survey Survey, int Responses)>> OfHubAsync(int hubId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Surveys.AsNoTracking().Where(s => s.MathsHubId == hubId).OrderByDescending(s => s.Id)
            .Select(s => new { Survey = s, Responses = db.SurveyResponses.Count(r => r.SurveyId == s.Id) }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Survey, r.Responses))];
    }

    /// <summary>Creates a survey from Likert statements and free-text questions, one per line.</summary>
    public async Task<Result<int>> CreateAsync(string userId, int hubId, string? title, string? likert, string? freeText, CancellationToken cancellationToken = default)
    {
        static List<string> Lines(string? text) => [.. (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0)];
        var statements = Lines(likert);
        var questions = Lines(freeText);
        if (string.IsNullOrWhiteSpace(title))
        {
            return new InvalidRequestError("title-required", "Give the survey a title.");
        }

        if (statements.Count + questions.Count is 0 or > MaxQuestions)
        {
            return new InvalidRequestError("questions", $"A survey needs between 1 and {MaxQuestions} questions.");
        }

        if (statements.Concat(questions).FirstOrDefault(q => q.Length > 500) is { } tooLong)
        {
            return new InvalidRequestError("question-too-long", $"A question is longer than 500 characters: \"{tooLong[..40]}…\".");
        }

        var survey = new Survey
        {
            MathsHubId = hubId,
            Title = title.Trim(),
            Token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant(),
            Questions = [.. statements.Select(s => (s, true)).Concat(questions.Select(q => (q, false)))
                .Select((q, i) => new SurveyQuestion { Position = i + 1, Text = q.Item1, IsLikert = q.Item2 })],
        };
        db.Surveys.Add(survey);
        audit.Record(userId, "survey.created", $"{survey.Title}: {statements.Count} Likert, {questions.Count} free text.");
        await db.SaveChangesAsync(cancellationToken);
        return survey.Id;
    }

    /// <summary>The survey answered through <paramref name="token"/>, or null.</summary>
    public Task<Survey?> ByTokenAsync(string token, CancellationToken cancellationToken = default) =>
        db.Surveys.AsNoTracking().Include(s => s.Questions.OrderBy(q => q.Position)).FirstOrDefaultAsync(s => s.Token == token, cancellationToken);

    /// <summary>Stores one anonymous response. Likert answers must be 1–5; unanswered questions are skipped.</summary>
    public async Task<Result<int>> RespondAsync(string token, IReadOnlyDictionary<int, string?> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (await ByTokenAsync(token, cancellationToken) is not { } survey)
        {
            return new NotFoundError("survey-not-found", "This survey link is not valid.");
        }

        var response = new SurveyResponse { SurveyId = survey.Id, SubmittedAt = clock.GetUtcNow() };
        foreach (var question in survey.Questions)
        {
            var given = answers.GetValueOrDefault(question.Id)?.Trim();
            if (string.IsNullOrEmpty(given))
            {
                continue;
            }

            if (question.IsLikert)
            {
                if (!int.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var point) || point is < 1 or > 5)
                {
                    return new InvalidRequestError("bad-answer", $"Choose one of the five answers for \"{question.Text}\".");
                }

                response.Answers.Add(new SurveyAnswer { SurveyQuestionId = question.Id, Likert = point });
            }
            else
            {
                response.Answers.Add(new SurveyAnswer { SurveyQuestionId = question.Id, Text = given.Length > 2000 ? given[..2000] : given });
            }
        }

        if (response.Answers.Count == 0)
        {
            return new InvalidRequestError("no-answers", "Answer at least one question.");
        }

        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        return response.Id;
    }

    /// <summary>A hub's survey with every question's results; null when not the hub's.</summary>
    public async Task<SurveyResults?> ResultsAsync(int hubId, int id, CancellationToken cancellationToken = default)
    {
        var survey = await db.Surveys.AsNoTracking().Include(s => s.Questions.OrderBy(q => q.Position)).FirstOrDefaultAsync(s => s.Id == id && s.MathsHubId == hubId, cancellationToken);
        if (survey is null)
        {
            return null;
        }

        var answers = await db.SurveyAnswers.AsNoTracking().Where(a => db.SurveyResponses.Any(r => r.Id == a.SurveyResponseId && r.SurveyId == id)).ToListAsync(cancellationToken);
        var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == id, cancellationToken);
        return new SurveyResults(survey, responses, [.. survey.Questions.Select(q => new QuestionResults(q,
            LikertScale.Distribution(answers.Where(a => a.SurveyQuestionId == q.Id && a.Likert is not null).Select(a => a.Likert!.Value)),
            [.. answers.Where(a => a.SurveyQuestionId == q.Id && a.Text is not null).Select(a => a.Text!)]))]);
    }
}
