using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace KeepUp.Storage.Mtc;

/// <summary>What a check token vouches for: this attempt, by this pupil, on this form.</summary>
public sealed record MtcTokenClaims(Guid AttemptId, Guid PupilId, int FormSeed);

/// <summary>
/// The signed token a device sends back with a finished check. It is made with ASP.NET Data
/// Protection, whose keys every web node shares, so a device cannot invent an attempt, swap in
/// another pupil or another form, and any node can check the token.
/// </summary>
public sealed class MtcCheckToken(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("KeepUp.Mtc.CheckToken.v1");

    public string Issue(MtcTokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{claims.AttemptId:N}|{claims.PupilId:N}|{claims.FormSeed}"));
    }

    /// <summary>The claims of a genuine token; null for a missing, altered or foreign one.</summary>
    public MtcTokenClaims? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        string text;
        try
        {
            text = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = text.Split('|');
        return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var attempt) && Guid.TryParseExact(parts[1], "N", out var pupil) &&
            int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? new MtcTokenClaims(attempt, pupil, seed)
            : null;
    }
}
