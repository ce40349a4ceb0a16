using KeepUp.Application.Common;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>
/// Pupils sign in on shared devices with their school's code and a 4-digit PIN, only inside the
/// window their teacher set. With 4,096 possible PINs guessing is the threat, so failures are
/// counted per school and per address in the database (shared by every web node) and both lock out.
/// Every attempt is audited.
/// </summary>
public sealed class PupilSignIn(KeepUpDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>How far back failures count.</summary>
    public static readonly TimeSpan LockoutSpan = TimeSpan.FromMinutes(15);

    /// <summary>Failures from one address before it is locked out: enough for a few mistyped PINs.</summary>
    public const int FailuresPerAddress = 10;

    /// <summary>Failures against one school before it is locked out: a class of 30 mistyping twice each.</summary>
    public const int FailuresPerSchool = 60;

    public async Task<Result<Pupil>> SignInAsync(string? schoolCode, string? pin, string address, CancellationToken cancellationToken = default)
    {
        var code = new string((schoolCode ?? string.Empty).Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        var typedPin = (pin ?? string.Empty).Trim();
        address = address.Length > 64 ? address[..64] : address;
        var now = clock.GetUtcNow();
        var since = now.Add(-LockoutSpan).ToUnixTimeMilliseconds();
        if (code.Length is 0 or > 20)
        {
            return SignInErrors.BadCode();
        }

        // "Succeeded = @failed", not "NOT Succeeded": SQLite uses the (address or code, succeeded, time)
        // index only for an equality, so the count reads the failures alone, never the day's successes.
        var failed = false;
        var addressFailures = await db.SignInAttempts.CountAsync(a => a.Address == address && a.Succeeded == failed && a.AtUnixMilliseconds >= since, cancellationToken);
        var schoolFailures = await db.SignInAttempts.CountAsync(a => a.SchoolCode == code && a.Succeeded == failed && a.AtUnixMilliseconds >= since, cancellationToken);
        if (addressFailures >= FailuresPerAddress || schoolFailures >= FailuresPerSchool)
        {
            audit.Record(null, "pupil.sign-in-locked", $"School code {code}: sign-in refused, too many wrong PINs ({addressFailures} from this device, {schoolFailures} for the school).");
            await db.SaveChangesAsync(cancellationToken);
            return SignInErrors.LockedOut(LockoutSpan);
        }

        var school = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.SignInCode == code, cancellationToken);
        Pupil? pupil = null;
        if (school is not null && typedPin.Length == 4)
        {
            pupil = await db.Pupils.AsNoTracking().FirstOrDefaultAsync(p => p.SchoolId == school.Id && p.Pin == typedPin && p.ArchivedOn == null, cancellationToken);
        }

        var inWindow = pupil is not null && await IsInWindowAsync(pupil, now, cancellationToken);
        var succeeded = inWindow;
        db.SignInAttempts.Add(new SignInAttempt { SchoolCode = code, Address = address, AtUnixMilliseconds = now.ToUnixTimeMilliseconds(), Succeeded = succeeded });
        audit.Record(
            null,
            succeeded ? "pupil.signed-in" : "pupil.sign-in-failed",
            succeeded ? $"Pupil {pupil!.Id} signed in." : $"School code {code}: {(pupil is null ? "wrong code or PIN" : "PIN used outside its sign-in window")}.",
            school?.Id);
        await db.SaveChangesAsync(cancellationToken);
        if (pupil is null)
        {
            return SignInErrors.WrongCodeOrPin();
        }

        return inWindow ? pupil : SignInErrors.OutsideWindow();
    }

    private async Task<bool> IsInWindowAsync(Pupil pupil, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (pupil.ClassId is not { } classId)
        {
            return false;
        }

        var local = TimeZoneInfo.ConvertTime(now, SchoolTime.Zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return await db.SignInWindows.AnyAsync(w => w.ClassId == classId && w.Date == today && w.From <= time && w.Until > time, cancellationToken);
    }
}

/// <summary>What a pupil is told when sign-in fails: short words a seven-year-old can act on.</summary>
public static class SignInErrors
{
    public static InvalidRequestError BadCode() => new("sign-in-failed", "Type your school code, then your PIN.");

    public static InvalidRequestError WrongCodeOrPin() => new("sign-in-failed", "That school code and PIN do not match. Check your PIN slip and try again.");

    public static InvalidRequestError OutsideWindow() => new("sign-in-closed", "Your PIN only works when your teacher has opened sign-in. Ask your teacher.");

    public static InvalidRequestError LockedOut(TimeSpan span) =>
        new("sign-in-locked", $"Too many wrong PINs. Please wait {span.TotalMinutes:0} minutes, or ask your teacher.");
}
