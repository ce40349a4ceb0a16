using KeepUp.Domain.Curriculum;

namespace KeepUp.Application.Curriculum;

/// <summary>
/// The validated curriculum the running program serves. It is loaded once at start-up: the
/// files change only when KeepUp is redeployed, and every page reads it.
/// </summary>
public sealed class CurriculumCatalogue(CurriculumMap map)
{
    public CurriculumMap Map { get; } = map;
}
