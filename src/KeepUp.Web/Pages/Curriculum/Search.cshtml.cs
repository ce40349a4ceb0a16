using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Curriculum;

public sealed class SearchModel(CurriculumQueries curriculum) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<SmallStep> Results { get; private set; } = [];

    /// <summary>When the query is a code, what that code asks for.</summary>
    public (string Code, string Gist)? Code { get; private set; }

    public void OnGet(string? q)
    {
        Query = q?.Trim();
        Results = curriculum.Search(Query);
        var code = Query is null ? null : StepSearch.AsCode(Query);
        if (code is not null && curriculum.Map.Criterion(code) is { } criterion)
        {
            Code = (criterion.Code, criterion.Gist);
        }
        else if (code is not null && curriculum.Map.Statement(code) is { } statement)
        {
            Code = (statement.Id, statement.Gist);
        }
    }
}
