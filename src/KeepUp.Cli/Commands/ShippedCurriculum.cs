using KeepUp.Application.Curriculum;
using KeepUp.Application.Practice;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Catalogue;
using KeepUp.Storage.Curriculum;
using KeepUp.Web.Hosting;

namespace KeepUp.Cli.Commands;

/// <summary>Loads the curriculum KeepUp ships, reporting problems the way the web host does.</summary>
internal static class ShippedCurriculum
{
    public static async Task<CurriculumMap?> LoadAsync(TextWriter error)
    {
        var validation = CurriculumFolder.Load(CurriculumFolder.Default);
        if (validation.Curriculum is null)
        {
            await error.WriteLineAsync(KeepUpWebHost.Report(validation.Problems));
        }

        return validation.Curriculum;
    }

    public static async Task<PracticeQueries?> LoadPracticeAsync(TextWriter error) =>
        await LoadAsync(error) is { } map
            ? new PracticeQueries(new CurriculumQueries(new CurriculumCatalogue(map)), PracticeCatalogue.Standard)
            : null;
}
