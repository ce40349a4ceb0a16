using KeepUp.Application.Curriculum;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Curriculum;

public sealed class YearModel(CurriculumQueries curriculum) : PageModel
{
    public YearOverview? Overview { get; private set; }

    public IActionResult OnGet(int year)
    {
        Overview = curriculum.DescribeYear(year).Value;
        return Overview is null ? NotFound() : Page();
    }
}
