using KeepUp.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>A look behind the pages, for tests that must count what the server stored (an answer exactly once).</summary>
public sealed partial class KeepUpSite
{
    public async Task<T> QueryDatabaseAsync<T>(Func<KeepUpDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = (app ?? throw NotStarted()).Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KeepUpDbContext>());
    }
}
