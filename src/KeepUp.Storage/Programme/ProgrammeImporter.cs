using System.Globalization;
using KeepUp.Domain.Imports;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>What an import did: rows added and rows changed, per kind of record.</summary>
public sealed record ProgrammeImportSummary(int HubsAdded, int HubsChanged, int SchoolsAdded, int SchoolsChanged,
    int SpecialistsAdded, int SpecialistsChanged, int WorkGroupsAdded, int WorkGroupsChanged, int MembershipsAdded)
{
    /// <summary>True when the import changed nothing (e.g. the same files imported again).</summary>
    public bool ChangedNothing => HubsAdded + HubsChanged + SchoolsAdded + SchoolsChanged + SpecialistsAdded + SpecialistsChanged
        + WorkGroupsAdded + WorkGroupsChanged + MembershipsAdded == 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"hubs {HubsAdded} added, {HubsChanged} changed; schools {SchoolsAdded} added, {SchoolsChanged} changed; specialists {SpecialistsAdded} added, {SpecialistsChanged} changed; Work Groups {WorkGroupsAdded} added, {WorkGroupsChanged} changed; memberships {MembershipsAdded} added");
}

/// <summary>The outcome of an import: a summary, or every problem that refused it.</summary>
public sealed record ProgrammeImportOutcome(ProgrammeImportSummary? Summary, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Imports the programme's records from CSV files, all-or-nothing: the files are checked together
/// against what is stored, and only when every row is good are they written, in one transaction.
/// Records are matched by their ids (hub, URN, specialist, Work Group), so importing the same files
/// again changes nothing, and a corrected file updates rows in place.
/// </summary>
public sealed class ProgrammeImporter(KeepUpDbContext db, AuditLog audit)
{
    /// <summary>Checks and imports; progress messages go to <paramref name="progress"/> (e.g. stderr).</summary>
    public async Task<ProgrammeImportOutcome> ImportAsync(ProgrammeFiles files, string? actorId, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        progress?.Report("Reading what is already stored…");
        var known = await KnownAsync(cancellationToken);
        progress?.Report("Checking the files…");
        var read = ProgrammeImportReader.Read(files, known);
        if (read.Value is not { } import)
        {
            return new ProgrammeImportOutcome(null, read.Problems);
        }

        progress?.Report(string.Create(CultureInfo.InvariantCulture,
            $"Files are good: {import.Hubs.Count} hubs, {import.Schools.Count} schools, {import.Specialists.Count} specialists, {import.WorkGroups.Count} Work Groups, {import.Memberships.Count} memberships."));

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var writer = new ImportWriter(db, import, progress);
            var summary = await writer.WriteAsync(cancellationToken);
            db.ChangeTracker.DetectChanges();
            audit.Record(actorId, "programme.imported", summary.ToString());
            progress?.Report("Saving…");
            await db.SaveChangesAsync(cancellationToken);
            progress?.Report("Saving memberships…");
            await writer.InsertMembershipsAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            progress?.Report("Saved: " + summary);
            return new ProgrammeImportOutcome(summary, []);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            db.ChangeTracker.Clear();
        }
    }

    private async Task<KnownProgramme> KnownAsync(CancellationToken cancellationToken)
    {
        var hubs = await db.MathsHubs.AsNoTracking().Select(h => new { h.Id, h.Code }).ToListAsync(cancellationToken);
        return new KnownProgramme(
            hubs.Select(h => h.Code ?? h.Id.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal),
            (await db.Schools.AsNoTracking().Select(s => s.Urn).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.MasterySpecialists.AsNoTracking().Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
            (await db.WorkGroups.AsNoTracking().Select(g => g.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));
    }
}
