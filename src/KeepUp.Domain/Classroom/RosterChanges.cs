using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// What re-importing a pupil export would change, for a teacher to check before confirming: who
/// joins, who moved class or had details corrected, who has left (to be archived — never deleted,
/// so their history stays), who has come back, and who is unchanged. Pupils are matched by UPN.
/// </summary>
/// <param name="Joiners">Pupils in the file whom KeepUp has never held.</param>
/// <param name="Updated">Pupils on roll whose details differ from the file's.</param>
/// <param name="Leavers">Pupils on roll and not in the file: to be archived.</param>
/// <param name="Returners">Archived pupils back in the file: to be restored, with any changed details.</param>
/// <param name="Unchanged">Pupils on roll whose details match the file's.</param>
public sealed record RosterChanges(
    IReadOnlyList<PupilRow> Joiners,
    IReadOnlyList<PupilUpdate> Updated,
    IReadOnlyList<KnownPupil> Leavers,
    IReadOnlyList<PupilUpdate> Returners,
    IReadOnlyList<KnownPupil> Unchanged)
{
    /// <summary>The updated pupils who have moved class.</summary>
    public IReadOnlyList<PupilUpdate> Movers => [.. Updated.Where(update => update.MovedClass)];

    /// <summary>True when confirming the import would change anything.</summary>
    public bool HasChanges => Joiners.Count + Updated.Count + Leavers.Count + Returners.Count > 0;

    /// <summary>Compares the whole school's roll with a whole-school export.</summary>
    public static RosterChanges Between(IReadOnlyList<KnownPupil> current, PupilRoster incoming) =>
        Between(current, incoming, RosterScope.WholeSchool);

    /// <summary>
    /// Compares the pupils KeepUp holds for a school with an export. With
    /// <see cref="RosterScope.ClassesInFile"/> only pupils in a class the file names can leave, so
    /// importing one class's list does not archive the rest of the school.
    /// </summary>
    /// <exception cref="ArgumentException">A UPN appears twice in <paramref name="current"/>.</exception>
    public static RosterChanges Between(IReadOnlyList<KnownPupil> current, PupilRoster incoming, RosterScope scope)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(incoming);
        var known = new Dictionary<Upn, KnownPupil>(current.Count);
        foreach (var pupil in current)
        {
            if (!known.TryAdd(pupil.Upn, pupil))
            {
                throw new ArgumentException($"UPN {pupil.Upn} is held twice for one school.", nameof(current));
            }
        }

        var joiners = new List<PupilRow>();
        var updated = new List<PupilUpdate>();
        var returners = new List<PupilUpdate>();
        var unchanged = new List<KnownPupil>();
        var inFile = new HashSet<Upn>();
        foreach (var row in incoming.Pupils)
        {
            inFile.Add(row.Upn);
            if (!known.TryGetValue(row.Upn, out var pupil))
            {
                joiners.Add(row);
                continue;
            }

            var changes = PupilChanges.Between(pupil, row);
            if (pupil.Archived)
            {
                returners.Add(new PupilUpdate(pupil, row, changes));
            }
            else if (changes.Count > 0)
            {
                updated.Add(new PupilUpdate(pupil, row, changes));
            }
            else
            {
                unchanged.Add(pupil);
            }
        }

        var classesInFile = new HashSet<string>(incoming.ClassNames, StringComparer.OrdinalIgnoreCase);
        var leavers = current
            .Where(pupil => !pupil.Archived && !inFile.Contains(pupil.Upn))
            .Where(pupil => scope == RosterScope.WholeSchool || classesInFile.Contains(pupil.ClassName))
            .ToList();
        return new RosterChanges(joiners, updated, leavers, returners, unchanged);
    }

    /// <summary>E.g. "2 joining, 1 leaving (archived, history kept), 0 returning, 3 updated (1 moved class), 24 unchanged."</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Joiners.Count} joining, {Leavers.Count} leaving (archived, history kept), {Returners.Count} returning, " +
        $"{Updated.Count} updated ({Movers.Count} moved class), {Unchanged.Count} unchanged.");
}

/// <summary>Which pupils an export speaks for, and so who may be counted as leaving.</summary>
public enum RosterScope
{
    /// <summary>The export lists the whole school: anyone on roll and not in it has left.</summary>
    WholeSchool,

    /// <summary>The export lists some classes: only pupils in those classes can have left.</summary>
    ClassesInFile,
}
