using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Web.Tests;

/// <summary>The running application's services, for tests that set up their own people and classes or read the route table.</summary>
public sealed partial class KeepUpServer
{
    /// <summary>The application's root services (singletons such as the endpoint data source).</summary>
    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The KeepUp server has not started.");

    /// <summary>Runs <paramref name="work"/> in a fresh request-like scope, as a page handler would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
