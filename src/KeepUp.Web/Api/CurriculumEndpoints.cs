using KeepUp.Application.Common;
using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KeepUp.Web.Api;

/// <summary>The curriculum API: the same steps the pages show, as JSON.</summary>
public static class CurriculumEndpoints
{
    public static IEndpointRouteBuilder MapCurriculumApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/curriculum").WithTags("Curriculum");
        api.MapGet("/steps", ListSteps).WithName("ListSteps").WithSummary("Every small step in teaching order, optionally for one year group.");
        api.MapGet("/steps/{id}", GetStep).WithName("GetStep").WithSummary("One small step by id.");
        api.MapGet("/search", Search).WithName("SearchSteps").WithSummary("Steps serving a code (3NPV-2, NC-Y4-F-3) or matching words.");
        api.MapGet("/mixed-age", PlanMixedAge).WithName("PlanMixedAge").WithSummary("Two consecutive year groups side by side, by strand.");
        return app;
    }

    private static Results<Ok<IEnumerable<StepDocument>>, ProblemHttpResult> ListSteps(CurriculumQueries curriculum, int? year)
    {
        if (year is < 1 or > 6)
        {
            return ApiProblems.From(CurriculumErrors.NoSuchYear(year.Value));
        }

        return TypedResults.Ok(curriculum.ListSteps(year).Select(StepDocument.From));
    }

    private static Results<Ok<StepDocument>, ProblemHttpResult> GetStep(CurriculumQueries curriculum, string id)
    {
        var step = curriculum.FindStep(id);
        return step.Value is { } found ? TypedResults.Ok(StepDocument.From(found)) : ApiProblems.From(step.Error!);
    }

    private static Ok<IEnumerable<StepDocument>> Search(CurriculumQueries curriculum, string? q) =>
        TypedResults.Ok(curriculum.Search(q).Select(StepDocument.From));

    private static Results<Ok<MixedAgeDocument>, ProblemHttpResult> PlanMixedAge(CurriculumQueries curriculum, int younger, int older)
    {
        var plan = curriculum.PlanMixedAge(younger, older);
        return plan.Value is { } found ? TypedResults.Ok(MixedAgeDocument.From(found)) : ApiProblems.From(plan.Error!);
    }
}

/// <summary>A mixed-age plan as JSON.</summary>
public sealed record MixedAgeDocument(int Younger, int Older, int Together, int Separate, IReadOnlyList<MixedAgeStrandDocument> Strands)
{
    public static MixedAgeDocument From(MixedAgePlan plan) => new(
        plan.YoungerYear,
        plan.OlderYear,
        plan.TogetherCount,
        plan.SeparateCount,
        [.. plan.Strands.Select(s => new MixedAgeStrandDocument(s.Strand.ToString(), [.. s.Lines.Select(l =>
            new MixedAgeLineDocument(l.Teaching.ToString(), [.. l.Younger.Select(y => y.Id.Value)], l.Older?.Id.Value))]))]);
}

public sealed record MixedAgeStrandDocument(string Strand, IReadOnlyList<MixedAgeLineDocument> Lines);

public sealed record MixedAgeLineDocument(string Teaching, IReadOnlyList<string> Younger, string? Older);

/// <summary>Maps an application error to ProblemDetails (RFC 9457), in one place.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult From(Error error) => TypedResults.Problem(
        title: error.Message,
        statusCode: error is NotFoundError ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
        type: "https://keepup.school/problems/" + error.Code);
}
