using KeepUp.Domain.Programme;

namespace KeepUp.Application.Programme;

/// <summary>Where reach reports get their records (the database, in the app).</summary>
public interface IReachRecordsSource
{
    Task<ReachRecords> LoadAsync(CancellationToken cancellationToken = default);
}
