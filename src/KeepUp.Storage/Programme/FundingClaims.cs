using System.Globalization;
using KeepUp.Application.Common;
using KeepUp.Application.Programme;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>
/// Funding claims per school: a specialist submits them for schools of their own Work Groups; the
/// hub lead of the group's hub approves or rejects them. Every step is audited.
/// </summary>
public sealed class FundingClaims(KeepUpDbContext db, AuditLog audit, TimeProvider clock)
{
    private DateOnly Today => clock.SchoolToday();

    /// <summary>The claims of one of the specialist's own groups (empty when not theirs).</summary>
    public async Task<IReadOnlyList<FundingClaim>> OfWorkGroupAsync(string userId, int workGroupId, CancellationToken cancellationToken = default) =>
        await db.FundingClaims.AsNoTracking().Include(c => c.School)
            .Where(c => c.WorkGroupId == workGroupId && c.WorkGroup!.LeadSpecialist!.AccountId == userId)
            .OrderByDescending(c => c.SubmittedOn).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>Every claim of a hub's Work Groups, waiting ones first.</summary>
    public async Task<IReadOnlyList<FundingClaim>> OfHubAsync(int hubId, CancellationToken cancellationToken = default) =>
        await db.FundingClaims.AsNoTracking().Include(c => c.School).Include(c => c.WorkGroup)
            .Where(c => c.WorkGroup!.MathsHubId == hubId)
            .OrderBy(c => c.Status == ClaimStatus.Submitted ? 0 : 1).ThenByDescending(c => c.SubmittedOn).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);

    public async Task<Result<int>> SubmitAsync(string userId, int workGroupId, int schoolId, FundingKind kind, string? days, string? amount, CancellationToken cancellationToken = default)
    {
        var group = await db.WorkGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == workGroupId && g.LeadSpecialist!.AccountId == userId, cancellationToken);
        if (group is null)
        {
            return WorkGroupErrors.NotYours(workGroupId);
        }

        if (!await db.WorkGroupMembers.AnyAsync(m => m.WorkGroupId == workGroupId && m.SchoolId == schoolId, cancellationToken))
        {
            return new InvalidRequestError("not-a-member", "Funding is claimed for the schools of this Work Group; choose one of its schools.");
        }

        decimal? releaseDays = null;
        if (kind == FundingKind.TeacherReleaseDays)
        {
            if (!decimal.TryParse(days, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0 || parsed > 20 || parsed * 2 != decimal.Truncate(parsed * 2))
            {
                return new InvalidRequestError("bad-days", "Release days are a number of days from 0.5 to 20, in halves.");
            }

            releaseDays = parsed;
        }

        if (!FundingAmounts.TryParsePence(amount, out var pence))
        {
            return new InvalidRequestError("bad-amount", $"\"{amount}\" is not an amount from £0.01 to {FundingAmounts.Format(FundingAmounts.MaxPence)}; write it like 250.00.");
        }

        var claim = new FundingClaim { WorkGroupId = workGroupId, SchoolId = schoolId, Kind = kind, Days = releaseDays, AmountPence = pence, Status = ClaimStatus.Submitted, SubmittedOn = Today, SubmittedBy = userId };
        db.FundingClaims.Add(claim);
        audit.Record(userId, "funding.submitted", $"{group.Code}: {kind.Name()} {FundingAmounts.Format(pence)}.", schoolId);
        await db.SaveChangesAsync(cancellationToken);
        return claim.Id;
    }

    /// <summary>The hub lead approves or rejects a waiting claim of their own hub; a rejection needs a reason.</summary>
    public async Task<Result<int>> DecideAsync(string userId, string approverName, int hubId, int claimId, bool approve, string? note, CancellationToken cancellationToken = default)
    {
        var claim = await db.FundingClaims.Include(c => c.WorkGroup).FirstOrDefaultAsync(c => c.Id == claimId && c.WorkGroup!.MathsHubId == hubId, cancellationToken);
        if (claim is null)
        {
            return new NotFoundError("claim-not-found", string.Create(CultureInfo.InvariantCulture, $"Claim {claimId} is not a claim of your hub."));
        }

        if (claim.Status != ClaimStatus.Submitted)
        {
            return new InvalidRequestError("already-decided", $"This claim was already {claim.Status.ToString().ToLowerInvariant()}.");
        }

        if (!approve && string.IsNullOrWhiteSpace(note))
        {
            return new InvalidRequestError("reason-required", "Give a reason when rejecting a claim, so the school knows what to change.");
        }

        (claim.Status, claim.ApproverId, claim.ApproverName, claim.DecidedOn, claim.Note) =
            (approve ? ClaimStatus.Approved : ClaimStatus.Rejected, userId, approverName, Today, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        audit.Record(userId, approve ? "funding.approved" : "funding.rejected", $"{claim.WorkGroup!.Code}: {claim.Kind.Name()} {FundingAmounts.Format(claim.AmountPence)}.", claim.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return claim.Id;
    }
}
