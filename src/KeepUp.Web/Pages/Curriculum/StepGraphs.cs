using System.Collections.Concurrent;
using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures;

namespace KeepUp.Web.Pages.Curriculum;

/// <summary>
/// Each step's "where it fits" picture, drawn once: the curriculum does not change while KeepUp
/// runs, and the picture is the step page's largest cost.
/// </summary>
public sealed class StepGraphs(CurriculumQueries curriculum)
{
    private readonly ConcurrentDictionary<StepId, string> pictures = new();

    public string For(SmallStep step) =>
        pictures.GetOrAdd(step.Id, _ => PrerequisiteGraphPicture.Render(curriculum.Map, step, id => "/curriculum/steps/" + id.Value));
}
