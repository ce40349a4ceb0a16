using KeepUp.Application.Common;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>One area of an audit as a form sends it.</summary>
public sealed record ReadinessAnswer(ReadinessArea Area, int Rating, string? Evidence);

/// <summary>A school's readiness audits: recorded by its own maths lead, read by its hub's staff.</summary>
public sealed class ReadinessAudits(KeepUpDbContext db, AuditLog audit)
{
    /// <summary>Every audit of a school, oldest first.</summary>
    public async Task<IReadOnlyList<ReadinessAudit>> OfSchoolAsync(int schoolId, CancellationToken cancellationToken = default) =>
        await db.ReadinessAudits.AsNoTracking().Where(a => a.SchoolId == schoolId).OrderBy(a => a.Date).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>Records an audit for the school; every area needs a rating from 1 to 4.</summary>
    public async Task<Result<int>> RecordAsync(string userId, int schoolId, DateOnly date, IReadOnlyList<ReadinessAnswer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var area in ReadinessRatings.Areas)
        {
            var answer = answers.FirstOrDefault(a => a.Area == area);
            if (answer is null || answer.Rating is < ReadinessRatings.Lowest or > ReadinessRatings.Highest)
            {
                return new InvalidRequestError("rating-missing", $"Rate \"{area.Name()}\" from 1 (not yet in place) to 4 (firmly in place).");
            }
        }

        string Evidence(ReadinessArea area) => answers.First(a => a.Area == area).Evidence?.Trim() ?? string.Empty;
        int Rating(ReadinessArea area) => answers.First(a => a.Area == area).Rating;
        var record = new ReadinessAudit
        {
            SchoolId = schoolId,
            Date = date,
            RecordedBy = userId,
            VisionAndCulture = Rating(ReadinessArea.VisionAndCulture),
            MathematicalMindsets = Rating(ReadinessArea.MathematicalMindsets),
            SubjectExpertise = Rating(ReadinessArea.SubjectExpertise),
            SchoolSystems = Rating(ReadinessArea.SchoolSystems),
            ArithmeticalProficiency = Rating(ReadinessArea.ArithmeticalProficiency),
            VisionAndCultureEvidence = Evidence(ReadinessArea.VisionAndCulture),
            MathematicalMindsetsEvidence = Evidence(ReadinessArea.MathematicalMindsets),
            SubjectExpertiseEvidence = Evidence(ReadinessArea.SubjectExpertise),
            SchoolSystemsEvidence = Evidence(ReadinessArea.SchoolSystems),
            ArithmeticalProficiencyEvidence = Evidence(ReadinessArea.ArithmeticalProficiency),
        };
        db.ReadinessAudits.Add(record);
        audit.Record(userId, "readiness.audited", $"Readiness audit of {date:yyyy-MM-dd}: " + string.Join(", ", ReadinessRatings.Areas.Select(a => $"{a.Name()} {Rating(a)}")), schoolId);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }
}
