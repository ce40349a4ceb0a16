using KeepUp.Application.Common;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>A piece of evidence as the form sends it.</summary>
public sealed record EvidenceForm(DateOnly Date, EvidenceSource Source, ImpactCategory Category, string? Themes, string? Summary, int? SchoolUrn, string? Quote, string? Attribution, bool ForPublication);

/// <summary>A hub's impact evidence and evaluation notes: recorded by its staff, audited.</summary>
public sealed class ImpactEvidence(KeepUpDbContext db, AuditLog audit)
{
    /// <summary>The hub's evidence, newest first.</summary>
    public async Task<IReadOnlyList<EvidenceItem>> OfHubAsync(int hubId, CancellationToken cancellationToken = default) =>
        await db.EvidenceItems.AsNoTracking().Include(e => e.School).Where(e => e.MathsHubId == hubId)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);

    /// <summary>The hub's challenges and next steps, newest first.</summary>
    public async Task<IReadOnlyList<ImpactNote>> NotesOfHubAsync(int hubId, CancellationToken cancellationToken = default) =>
        await db.ImpactNotes.AsNoTracking().Where(n => n.MathsHubId == hubId).OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).ToListAsync(cancellationToken);

    public async Task<Result<int>> AddAsync(string userId, int hubId, EvidenceForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrWhiteSpace(form.Summary))
        {
            return new InvalidRequestError("summary-required", "Summarise the evidence: what was seen or said.");
        }

        if (form.ForPublication && string.IsNullOrWhiteSpace(form.Quote))
        {
            return new InvalidRequestError("quote-required", "Only a quote can be marked for publication: add the quote, or untick the box.");
        }

        int? schoolId = null;
        if (form.SchoolUrn is { } urn)
        {
            schoolId = await db.Schools.Where(s => s.Urn == urn).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (schoolId is null)
            {
                return WorkGroupErrorsFor.UnknownSchool(urn);
            }
        }

        var item = new EvidenceItem
        {
            MathsHubId = hubId,
            SchoolId = schoolId,
            Date = form.Date,
            Source = form.Source,
            Category = form.Category,
            Themes = string.Join(", ", EvaluationNames.Themes(form.Themes)),
            Summary = form.Summary.Trim(),
            Quote = string.IsNullOrWhiteSpace(form.Quote) ? null : form.Quote.Trim(),
            Attribution = string.IsNullOrWhiteSpace(form.Attribution) ? null : form.Attribution.Trim(),
            QuoteForPublication = form.ForPublication,
            RecordedBy = userId,
        };
        db.EvidenceItems.Add(item);
        audit.Record(userId, "evidence.added", $"{form.Source.Name()} on {form.Date:yyyy-MM-dd}: {form.Category.Name()}.", schoolId);
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    public async Task<Result<int>> AddNoteAsync(string userId, int hubId, DateOnly date, ImpactCategory? category, bool isNextStep, string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new InvalidRequestError("note-required", "Write the challenge or next step.");
        }

        var note = new ImpactNote { MathsHubId = hubId, Date = date, Category = category, IsNextStep = isNextStep, Text = text.Trim() };
        db.ImpactNotes.Add(note);
        audit.Record(userId, isNextStep ? "evaluation.next-step-added" : "evaluation.challenge-added", note.Text.Length > 200 ? note.Text[..200] : note.Text);
        await db.SaveChangesAsync(cancellationToken);
        return note.Id;
    }

    /// <summary>The evaluation report for one hub (by its id in reports) or, with null, the programme.</summary>
    public async Task<Result<EvaluationReport>> ReportAsync(string? hubKey, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (to < from)
        {
            return new InvalidRequestError("bad-period", "The period ends before it starts.");
        }

        var records = await new ReachQueries(db).LoadAsync(cancellationToken);
        var hubs = await db.MathsHubs.AsNoTracking().Select(h => new { h.Id, h.Code, h.Name }).ToListAsync(cancellationToken);
        var hub = hubKey is null ? null : hubs.FirstOrDefault(h => (h.Code ?? h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) == hubKey);
        if (hubKey is not null && hub is null)
        {
            return KeepUp.Application.Programme.ProgrammeErrors.UnknownHub(hubKey);
        }

        var evidence = db.EvidenceItems.AsNoTracking().Where(e => e.Date >= from && e.Date <= to);
        var notes = db.ImpactNotes.AsNoTracking().Where(n => n.Date >= from && n.Date <= to);
        if (hub is not null)
        {
            evidence = evidence.Where(e => e.MathsHubId == hub.Id);
            notes = notes.Where(n => n.MathsHubId == hub.Id);
        }

        var reach = hubKey is null ? Reach.Programme(records) : Reach.OfHub(records, hubKey);
        return EvaluationReport.Build(hub?.Name ?? "The Teaching for Mastery programme", from, to, reach,
            (await evidence.ToListAsync(cancellationToken)).Select(e => e.ToEntry()),
            (await notes.ToListAsync(cancellationToken)).Select(n => n.ToNote()));
    }
}

/// <summary>Shares the school-not-found wording with Work Groups.</summary>
internal static class WorkGroupErrorsFor
{
    public static Error UnknownSchool(int urn) => KeepUp.Application.Programme.WorkGroupErrors.UnknownSchool(urn);
}
