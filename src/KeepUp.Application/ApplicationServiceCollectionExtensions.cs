using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Registers the use cases over an already validated curriculum.</summary>
    public static IServiceCollection AddKeepUpApplication(this IServiceCollection services, CurriculumMap curriculum)
    {
        services.AddSingleton(new CurriculumCatalogue(curriculum));
        services.AddSingleton<CurriculumQueries>();
        return services;
    }
}
