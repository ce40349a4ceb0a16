using Microsoft.Extensions.Caching.Memory;

namespace KeepUp.Storage.Classroom;

/// <summary>
/// Remembers for a minute which pupil and check recent answers belonged to. A pupil sends each
/// answer as it is made, so a class of thirty asks the same thirty lookups over and over in a
/// lesson; the database is asked once a minute instead. What can go stale is harmless: a check
/// never changes the pupil it belongs to or its questions (closing it still lets late answers in),
/// and a pupil archived in that minute only has answers kept, which is what we want anyway.
/// Erasure is the exception, so it forgets everything at once.
/// </summary>
public sealed class RecentAnswerLookups : IDisposable
{
    /// <summary>How long a lookup is trusted.</summary>
    public static readonly TimeSpan Trusted = TimeSpan.FromMinutes(1);

    private readonly MemoryCache remembered = new(new MemoryCacheOptions { SizeLimit = 50_000, CompactionPercentage = 0.25 });

    /// <summary>The lookup, when it was made in the last minute.</summary>
    public PupilAndCheck? Find(Guid pupilId, int schoolId, Guid checkId) =>
        remembered.TryGetValue((pupilId, schoolId, checkId), out PupilAndCheck? found) ? found : null;

    /// <summary>Keeps a lookup that found both the pupil and the check.</summary>
    public void Remember(int schoolId, PupilAndCheck found)
    {
        ArgumentNullException.ThrowIfNull(found);
        if (found.Check is { } check)
        {
            remembered.Set((found.Pupil.Id, schoolId, check.Id), found, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Trusted });
        }
    }

    /// <summary>Forgets every lookup: called when a pupil is erased, so no answer is taken for a pupil who no longer exists.</summary>
    public void ForgetAll() => remembered.Compact(1.0);

    /// <inheritdoc/>
    public void Dispose() => remembered.Dispose();
}
