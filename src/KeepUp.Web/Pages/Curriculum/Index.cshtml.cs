using KeepUp.Application.Curriculum;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Curriculum;

public sealed class IndexModel(CurriculumQueries curriculum) : PageModel
{
    public IReadOnlyList<(int Year, int StepCount, int BlockCount)> Years { get; } =
        [.. Enumerable.Range(1, 6).Select(y => (y, curriculum.Map.StepsOf(y).Count(), curriculum.Map.BlocksOf(y).Count()))];
}
