using KeepUp.Domain.Programme;

namespace KeepUp.Storage.Programme;

/// <summary>A school's claim for Work Group funding: release days or a textbook subsidy, approved by the hub lead.</summary>
public sealed class FundingClaim
{
    public int Id { get; set; }

    public int WorkGroupId { get; set; }

    public WorkGroup? WorkGroup { get; set; }

    public int SchoolId { get; set; }

    public School? School { get; set; }

    public FundingKind Kind { get; set; }

    /// <summary>Release days claimed (halves allowed); null for a textbook subsidy.</summary>
    public decimal? Days { get; set; }

    public long AmountPence { get; set; }

    public ClaimStatus Status { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public string? SubmittedBy { get; set; }

    /// <summary>The hub lead who approved or rejected it.</summary>
    public string? ApproverId { get; set; }

    public string? ApproverName { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Note { get; set; }
}
