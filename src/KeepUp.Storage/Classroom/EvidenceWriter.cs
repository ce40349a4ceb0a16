using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Storage.Classroom;

/// <summary>What happened to one request's answers: the ids stored now, or the position of an id another pupil already used.</summary>
public sealed record EvidenceWrite(IReadOnlySet<Guid> Stored, int? ForeignIdAt);

/// <summary>
/// Writes pupils' device answers in group commits. A class of thirty answering at once would
/// otherwise queue thirty transactions, each waiting for the disk; here whatever has arrived while
/// the last commit was on disk goes in the next one, and each request hears back only once its
/// answers are durably stored. Every request is all-or-nothing: an id that another pupil already
/// used refuses that request's answers, and nobody else's. Idempotent: an id already stored for the
/// same pupil is acknowledged, not stored again, even when two copies arrive in the same commit.
/// </summary>
public sealed class EvidenceWriter : IAsyncDisposable, IDisposable
{
    /// <summary>Requests per commit at most, so one commit never holds the database for long.</summary>
    private const int MostPerCommit = 256;

    private readonly Func<(KeepUpDbContext Db, IAsyncDisposable Lifetime)> open;
    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000) { SingleReader = true });
    private readonly Task writing;

    /// <summary>A writer that opens each commit's context in a scope of its own, as the web host does.</summary>
    public EvidenceWriter(IServiceScopeFactory scopes)
        : this(() =>
        {
            var scope = (scopes ?? throw new ArgumentNullException(nameof(scopes))).CreateAsyncScope();
            return (scope.ServiceProvider.GetRequiredService<KeepUpDbContext>(), scope);
        })
    {
    }

    /// <summary>A writer over contexts from <paramref name="open"/>; each is disposed with its lifetime after its commit.</summary>
    public EvidenceWriter(Func<(KeepUpDbContext Db, IAsyncDisposable Lifetime)> open)
    {
        this.open = open;
        writing = Task.Run(WriteLoopAsync);
    }

    /// <summary>Stores one request's answers (all for one pupil) and returns once they are committed.</summary>
    public async Task<EvidenceWrite> WriteAsync(IReadOnlyList<Evidence> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var pending = new Pending(answers, new TaskCompletionSource<EvidenceWrite>(TaskCreationOptions.RunContinuationsAsynchronously));
        await queue.Writer.WriteAsync(pending, cancellationToken);
        // Not cancelled with the request: once queued the answers are written, and a resend finds them.
        return await pending.Done.Task;
    }

    /// <summary>Stops taking answers and waits until every queued one is written.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writing;
    }

    /// <inheritdoc cref="DisposeAsync"/>
    public void Dispose()
    {
        queue.Writer.TryComplete();
        writing.GetAwaiter().GetResult();
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MostPerCommit);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MostPerCommit && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await CommitAsync(batch);
            }
            catch (Exception) when (batch.Count > 1)
            {
                // One request's answers broke the commit (say, a pupil erased a moment ago): write each
                // request on its own so only that one fails.
                foreach (var single in batch)
                {
                    try
                    {
                        await CommitAsync([single]);
                    }
                    catch (Exception ex)
                    {
                        single.Done.TrySetException(ex);
                    }
                }
            }
            catch (Exception ex)
            {
                batch[0].Done.TrySetException(ex);
            }

            batch.Clear();
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        var (db, lifetime) = open();
        await using var _ = lifetime;
        var ids = batch.SelectMany(p => p.Answers.Select(a => a.Id)).Distinct().ToList();
        var owners = await db.Evidence.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.PupilId })
            .ToDictionaryAsync(e => e.Id, e => e.PupilId);
        var outcomes = new List<(Pending Pending, EvidenceWrite Write)>(batch.Count);
        foreach (var pending in batch)
        {
            var stored = new HashSet<Guid>();
            var foreignAt = pending.Answers.Select((a, i) => (a, i)).FirstOrDefault(x => owners.TryGetValue(x.a.Id, out var owner) && owner != x.a.PupilId);
            if (foreignAt.a is not null)
            {
                outcomes.Add((pending, new EvidenceWrite(stored, foreignAt.i + 1)));
                continue;
            }

            foreach (var answer in pending.Answers.Where(a => owners.TryAdd(a.Id, a.PupilId)))
            {
                db.Evidence.Add(answer);
                stored.Add(answer.Id);
            }

            outcomes.Add((pending, new EvidenceWrite(stored, null)));
        }

        await db.SaveChangesAsync();
        foreach (var (pending, write) in outcomes)
        {
            pending.Done.TrySetResult(write);
        }
    }

    private sealed record Pending(IReadOnlyList<Evidence> Answers, TaskCompletionSource<EvidenceWrite> Done);
}
