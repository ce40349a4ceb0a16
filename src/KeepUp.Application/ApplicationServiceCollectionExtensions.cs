using KeepUp.Application.Curriculum;
using KeepUp.Application.Practice;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Catalogue;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Registers the use cases over an already validated curriculum.</summary>
    public static IServiceCollection AddKeepUpApplication(this IServiceCollection services, CurriculumMap curriculum)
    {
        services.AddSingleton(new CurriculumCatalogue(curriculum));
        services.AddSingleton<CurriculumQueries>();
        services.AddSingleton(PracticeCatalogue.Standard);
        services.AddSingleton<PracticeQueries>();
        services.AddSingleton<WorksheetQueries>();
        services.AddScoped<Programme.ReachReports>();
        return services;
    }
}
