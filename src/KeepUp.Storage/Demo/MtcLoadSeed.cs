using KeepUp.Application.Common;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Classroom;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Mtc;
using KeepUp.Storage.Programme;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Demo;

/// <summary>How many fictional Year 4 pupils a load run needs, and how to spread them.</summary>
/// <param name="Pupils">All pupils, 1 to 100,000.</param>
/// <param name="PupilsPerSchool">At most the PINs one school can hold (<see cref="PupilPins.Capacity"/>).</param>
/// <param name="PupilsPerClass">1 to 60.</param>
/// <param name="Seed">Decides school codes and PINs: the same seed on an empty database gives the same ones.</param>
public sealed record MtcLoadPlan(int Pupils, int PupilsPerSchool = 400, int PupilsPerClass = 30, ulong Seed = 2026);

/// <summary>One seeded pupil as a load driver signs in: the school code and PIN from their slip.</summary>
public sealed record MtcLoadPupil(string SchoolCode, string Pin, Guid PupilId, int ClassId);

/// <summary>
/// Bench tooling, never used by the web host: seeds schools of fictional Year 4 pupils for the
/// multiplication tables check load run (bench/load/mtc.sh), each class with a sign-in window for
/// the whole of today and a check window open today. School codes, PINs and UPNs come from the same
/// domain rules the real pages use (<see cref="SchoolCode"/>, <see cref="PupilPins"/>, <see cref="Upn"/>),
/// and everything is written in one transaction: all of it or none.
/// </summary>
public sealed class MtcLoadSeed(KeepUpDbContext db, TimeProvider clock)
{
    /// <summary>Load-run schools take URNs from here up, well away from the demo schools (900001…).</summary>
    public const int FirstUrn = 800_000;

    /// <summary>The most load-run schools: their URNs run from <see cref="FirstUrn"/> to FirstUrn + 998.</summary>
    public const int MaxSchools = 999;

    /// <summary>Who opened the windows, as the audit columns record it.</summary>
    public const string OpenedBy = "bench:mtc-load";

    public async Task<Result<IReadOnlyList<MtcLoadPupil>>> SeedAsync(MtcLoadPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Problem(plan) is { } problem)
        {
            return new InvalidRequestError("bench-seed-invalid", problem);
        }

        var schools = (plan.Pupils + plan.PupilsPerSchool - 1) / plan.PupilsPerSchool;
        if (await db.Schools.AnyAsync(s => s.Urn >= FirstUrn && s.Urn < FirstUrn + schools, cancellationToken))
        {
            return new InvalidRequestError("bench-seed-present", $"This database already has load-run schools (URN {FirstUrn} on); seed a fresh data folder.");
        }

        var today = clock.SchoolToday();
        var now = clock.GetUtcNow();
        var cohortStart = new DateOnly(AcademicYear.Containing(today).StartYear - 9, 9, 1);
        var codesTaken = (await db.Schools.Where(s => s.SignInCode != null).Select(s => s.SignInCode!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var codeSeed = plan.Seed;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seeded = new List<MtcLoadPupil>(plan.Pupils);
        for (var s = 0; s < schools; s++)
        {
            string code;
            do
            {
                code = SchoolCode.Generate(codeSeed++).Value;
            }
            while (!codesTaken.Add(code));

            var school = new School { Urn = FirstUrn + s, Name = $"Load-run Primary School {s + 1:000} (bench)", LocalAuthority = "Bench", SignInCode = code };
            db.Schools.Add(school);
            await db.SaveChangesAsync(cancellationToken);

            var inSchool = Math.Min(plan.PupilsPerSchool, plan.Pupils - (s * plan.PupilsPerSchool));
            var classes = new List<SchoolClass>();
            for (var c = 0; c * plan.PupilsPerClass < inSchool; c++)
            {
                classes.Add(new SchoolClass { SchoolId = school.Id, Name = $"4{c + 1:00}", YearGroup = 4 });
            }

            db.Classes.AddRange(classes);
            await db.SaveChangesAsync(cancellationToken);

            var pupils = Enumerable.Range(0, inSchool).Select(p => new Pupil
            {
                Id = Guid.NewGuid(),
                SchoolId = school.Id,
                Upn = Upn.WithCheckLetter($"9382{s:000}{p:00000}").Value,
                Forename = "Pupil",
                Surname = $"{s + 1:000}-{p + 1:000}",
                DateOfBirth = cohortStart.AddDays(p % 365),
                YearGroup = 4,
                ClassId = classes[p / plan.PupilsPerClass].Id,
                SenStatus = nameof(SenStatus.None),
            }).ToList();
            var pins = PupilPins.Issue([.. pupils.Select(p => p.Id.ToString())], new HashSet<string>(), plan.Seed + (ulong)s);
            if (!pins.IsIssued)
            {
                return new InvalidRequestError("bench-seed-invalid", pins.Problem!);
            }

            foreach (var pupil in pupils)
            {
                pupil.Pin = pins.Pins[pupil.Id.ToString()];
                seeded.Add(new MtcLoadPupil(code, pupil.Pin, pupil.Id, pupil.ClassId!.Value));
            }

            db.Pupils.AddRange(pupils);
            db.SignInWindows.AddRange(classes.Select(c => new SignInWindow { SchoolId = school.Id, ClassId = c.Id, Date = today, From = TimeOnly.MinValue, Until = TimeOnly.MaxValue, CreatedBy = OpenedBy }));
            db.MtcWindows.AddRange(classes.Select(c => new MtcWindow { SchoolId = school.Id, ClassId = c.Id, OpensOn = today, ClosesOn = today, OpenedBy = OpenedBy, OpenedAt = now }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return seeded;
    }

    private static string? Problem(MtcLoadPlan plan) =>
        plan.Pupils is < 1 or > 100_000 ? $"Seed 1 to 100,000 pupils, not {plan.Pupils}."
        : plan.PupilsPerSchool < 1 || plan.PupilsPerSchool > PupilPins.Capacity ? $"A school holds 1 to {PupilPins.Capacity:N0} pupils (one PIN each), not {plan.PupilsPerSchool}."
        : plan.PupilsPerClass is < 1 or > 60 ? $"A class holds 1 to 60 pupils, not {plan.PupilsPerClass}."
        : (plan.Pupils + plan.PupilsPerSchool - 1) / plan.PupilsPerSchool > MaxSchools ? $"At most {MaxSchools} load-run schools; put more pupils in each school."
        : null;
}
