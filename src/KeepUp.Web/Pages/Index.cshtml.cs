using KeepUp.Application.Curriculum;
using KeepUp.Storage.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages;

public sealed class IndexModel(CurriculumQueries curriculum) : PageModel
{
    public int StepCount => curriculum.Map.Steps.Count;

    /// <summary>One card per role: what KeepUp does for them and where their work starts.</summary>
    public IReadOnlyList<RoleCard> Cards { get; } =
    [
        new(Roles.Teacher, "Class teachers and teaching assistants", "Browse each year's sequence of small steps, open a step to see what to say and show, and plan a mixed-age class side by side.", "/class", "Go to my class"),
        new(Roles.SchoolLead, "Maths leads and headteachers", "See your school's staff and, as classes come on board, how each year group is keeping up.", "/school", "Go to my school"),
        new(Roles.MasterySpecialist, "Mastery Specialists", "Support the schools of your Work Group through readiness, development and consolidation.", "/specialist", "Go to my Work Groups"),
        new(Roles.HubLead, "Maths Hub leads", "See the schools your hub works with and the reach of the programme — never a pupil's name.", "/hub", "Go to my hub"),
    ];
}

public sealed record RoleCard(string Role, string Heading, string Text, string Link, string LinkText);
