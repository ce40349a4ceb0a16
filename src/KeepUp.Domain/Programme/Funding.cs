using System;
using System.Globalization;

namespace KeepUp.Domain.Programme;

/// <summary>What a school claims funding for from its Work Group.</summary>
public enum FundingKind
{
    /// <summary>Supply cover so its two teachers can attend meetings and visits.</summary>
    TeacherReleaseDays,

    /// <summary>A subsidy towards textbooks that support teaching for mastery.</summary>
    TextbookSubsidy,
}

/// <summary>Where a funding claim is: submitted by the specialist, then approved or rejected by the hub lead.</summary>
public enum ClaimStatus
{
    /// <summary>Waiting for the hub lead.</summary>
    Submitted,

    /// <summary>Approved by the hub lead.</summary>
    Approved,

    /// <summary>Rejected by the hub lead, with a reason.</summary>
    Rejected,
}

/// <summary>Funding amounts: pounds and pence, read and written the British way.</summary>
public static class FundingAmounts
{
    /// <summary>The largest single claim, in pence (£10,000): anything more is a typing slip.</summary>
    public const long MaxPence = 1_000_000;

    /// <summary>Reads "£250", "250.50" or "1,200.00" as pence; refuses negatives, more than two decimals and over £10,000.</summary>
    public static bool TryParsePence(string? text, out long pence)
    {
        pence = 0;
        var cleaned = (text ?? string.Empty).Trim().TrimStart('£').Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pounds) || decimal.Round(pounds, 2) != pounds)
        {
            return false;
        }

        pence = (long)(pounds * 100);
        return pence is > 0 and <= MaxPence;
    }

    /// <summary>"£1,250.00".</summary>
    public static string Format(long pence) => (pence / 100m).ToString("C2", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The kind's name on screen.</summary>
    public static string Name(this FundingKind kind) => kind switch
    {
        FundingKind.TeacherReleaseDays => "Teacher release days",
        FundingKind.TextbookSubsidy => "Textbook subsidy",
    };
}
