using KeepUp.Application.Curriculum;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages;

public sealed class IndexModel(CurriculumQueries curriculum) : PageModel
{
    public int StepCount => curriculum.Map.Steps.Count;
}
