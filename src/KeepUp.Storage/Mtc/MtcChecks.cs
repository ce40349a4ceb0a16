using System.Security.Cryptography;
using KeepUp.Application.Common;
using KeepUp.Domain.Fluency;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Mtc;

/// <summary>
/// The multiplication tables check: a teacher opens a window for a class, a pupil starts (and gets
/// the whole check with a signed token), the device sends it back once, and a teacher may restart a
/// pupil's check at most twice.
/// </summary>
public sealed class MtcChecks(KeepUpDbContext db, ClassAccess access, MtcCheckToken tokens, AuditLog audit, TimeProvider clock)
{
    /// <summary>Restarts per pupil per window, as in the official check: so at most three attempts.</summary>
    public const int MaxRestarts = 2;

    /// <summary>The check window open today for a class, the latest opened if several.</summary>
    public async Task<MtcWindow?> CurrentWindowAsync(int classId, CancellationToken cancellationToken = default)
    {
        var today = clock.SchoolToday();
        return await db.MtcWindows.AsNoTracking()
            .Where(w => w.ClassId == classId && w.OpensOn <= today && w.ClosesOn >= today)
            .OrderByDescending(w => w.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Opens the check for a class from one day to another (inclusive). Teachers of the class and school leads only.</summary>
    public async Task<Result<MtcWindow>> OpenWindowAsync(StaffScope scope, int classId, DateOnly opensOn, DateOnly closesOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (await access.FindAsync(scope, classId, cancellationToken) is not { } schoolClass)
        {
            return ClassroomErrors.NoSuchClass(classId);
        }

        if (scope.IsTeachingAssistant)
        {
            return MtcErrors.ReadOnly();
        }

        if (closesOn < opensOn)
        {
            return MtcErrors.BadWindow("The window closes before it opens. Choose a closing day on or after the opening day.");
        }

        if (closesOn.DayNumber - opensOn.DayNumber > 30 || closesOn < clock.SchoolToday())
        {
            return MtcErrors.BadWindow("A check window is at most 31 days and must not be over already.");
        }

        var window = new MtcWindow
        {
            SchoolId = schoolClass.SchoolId, ClassId = classId, OpensOn = opensOn, ClosesOn = closesOn,
            OpenedBy = scope.UserId, OpenedAt = clock.GetUtcNow(),
        };
        db.MtcWindows.Add(window);
        audit.Record(scope.UserId, "mtc.window-opened", $"Times tables check opened for class {classId} from {opensOn:yyyy-MM-dd} to {closesOn:yyyy-MM-dd}.", schoolClass.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return window;
    }

    /// <summary>
    /// Starts the check for a signed-in pupil: a form they have never had, their arrangements and a
    /// signed token. A started check cannot be started again; that needs the teacher's restart.
    /// </summary>
    public async Task<Result<MtcCheck>> StartAsync(Pupil pupil, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        if (pupil.ClassId is not { } classId || await CurrentWindowAsync(classId, cancellationToken) is not { } window)
        {
            return MtcErrors.NotOpen();
        }

        var earlier = await db.MtcAttempts.AsNoTracking().Where(a => a.PupilId == pupil.Id && a.SchoolId == pupil.SchoolId).ToListAsync(cancellationToken);
        if (earlier.FirstOrDefault(a => a.WindowId == window.Id && a.Status != MtcStatus.Restarted) is { } live)
        {
            return live.Status == MtcStatus.Complete ? MtcErrors.AlreadyDone() : MtcErrors.AlreadyStarted();
        }

        var arrangements = await db.MtcArrangements.AsNoTracking().FirstOrDefaultAsync(a => a.PupilId == pupil.Id, cancellationToken)
            ?? new MtcArrangements { PupilId = pupil.Id, SchoolId = pupil.SchoolId };
        var form = MtcForms.FormFor(RandomNumberGenerator.GetInt32(int.MaxValue), earlier.Select(a => a.FormSeed));
        var attempt = new MtcAttempt
        {
            Id = Guid.NewGuid(), SchoolId = pupil.SchoolId, PupilId = pupil.Id, WindowId = window.Id, FormSeed = form.Seed,
            Status = MtcStatus.InProgress, StartedAt = clock.GetUtcNow(), InputAssistant = arrangements.InputAssistant,
            ArrangementsChosen = arrangements.Describe(),
        };
        db.MtcAttempts.Add(attempt);
        audit.Record(null, "mtc.started", $"Pupil {pupil.Id} started the times tables check (attempt {attempt.Id}, form {form.Seed}).", pupil.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        var token = tokens.Issue(new MtcTokenClaims(attempt.Id, pupil.Id, form.Seed));
        return new MtcCheck(attempt.Id, token, MtcForm.PracticeQuestions, form.Questions, MtcArrangementsView.Of(arrangements), MtcTiming.Official);
    }

    /// <summary>
    /// Stores a finished check, marked here from the form rebuilt from its seed. Accepted only with a
    /// genuine token for this pupil and one answer (possibly blank) for each of the 25 positions.
    /// Exactly once: a resend is acknowledged and changes nothing.
    /// </summary>
    public async Task<Result<MtcReceipt>> SubmitAsync(Guid pupilId, MtcSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (tokens.Read(submission.Token) is not { } claims)
        {
            return MtcErrors.BadToken();
        }

        if (claims.PupilId != pupilId)
        {
            return MtcErrors.NotYourCheck();
        }

        var attempt = await db.MtcAttempts.FirstOrDefaultAsync(a => a.Id == claims.AttemptId && a.PupilId == pupilId, cancellationToken);
        if (attempt is null || attempt.FormSeed != claims.FormSeed)
        {
            return MtcErrors.BadToken();
        }

        if (attempt.Status == MtcStatus.Complete)
        {
            return new MtcReceipt(attempt.Id, AlreadyHad: true);
        }

        if (attempt.Status == MtcStatus.Restarted)
        {
            return MtcErrors.Restarted();
        }

        var form = MtcForms.Generate(attempt.FormSeed);
        if (Problem(submission, form.Questions.Count) is { } problem)
        {
            return MtcErrors.BadAnswers(problem);
        }

        var answers = submission.Answers!.OrderBy(a => a.Position).ToList();
        var result = MtcMarking.Mark(form, [.. answers.Select(a => a.Answer)]);
        db.MtcResponses.AddRange(answers.Select(a => new MtcResponse
        {
            AttemptId = attempt.Id, Position = a.Position, Answer = a.Answer ?? string.Empty, Correct = result.Items[a.Position - 1].Correct,
            ShownAtMilliseconds = a.ShownAtMilliseconds, MillisecondsOnScreen = a.MillisecondsOnScreen, ByInputAssistant = a.ByInputAssistant,
        }));
        attempt.Status = MtcStatus.Complete;
        attempt.CompletedAt = clock.GetUtcNow();
        attempt.Score = result.Score;
        attempt.InputAssistantName = string.IsNullOrWhiteSpace(submission.InputAssistantName) ? null : submission.InputAssistantName.Trim()[..Math.Min(100, submission.InputAssistantName.Trim().Length)];
        audit.Record(null, "mtc.completed", $"Pupil {pupilId} completed the times tables check (attempt {attempt.Id}): {result.Score} out of {result.OutOf}.", attempt.SchoolId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request stored the same check first (two nodes, or a retry racing the original):
            // the responses' key refused the copy, so acknowledge what is there.
            db.ChangeTracker.Clear();
            var stored = await db.MtcAttempts.AsNoTracking().FirstAsync(a => a.Id == attempt.Id, cancellationToken);
            return stored.Status == MtcStatus.Complete ? new MtcReceipt(stored.Id, AlreadyHad: true) : throw new InvalidOperationException("The check could not be stored.");
        }

        return new MtcReceipt(attempt.Id, AlreadyHad: false);
    }

    /// <summary>Restarts a pupil's check in the current window, with a reason, at most twice.</summary>
    public async Task<Result<MtcAttempt>> RestartAsync(StaffScope scope, Guid pupilId, MtcRestartReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (await access.FindPupilAsync(scope, pupilId, cancellationToken) is not { ClassId: { } classId } pupil)
        {
            return ClassroomErrors.NoSuchPupil(pupilId);
        }

        if (scope.IsTeachingAssistant)
        {
            return MtcErrors.ReadOnly();
        }

        if (!Enum.IsDefined(reason))
        {
            return MtcErrors.BadAnswers("Choose a reason for the restart.");
        }

        if (await CurrentWindowAsync(classId, cancellationToken) is not { } window)
        {
            return MtcErrors.NothingToRestart();
        }

        var attempts = await db.MtcAttempts.Where(a => a.PupilId == pupil.Id && a.WindowId == window.Id).ToListAsync(cancellationToken);
        if (attempts.Count(a => a.Status == MtcStatus.Restarted) >= MaxRestarts)
        {
            return MtcErrors.RestartLimit(MaxRestarts);
        }

        if (attempts.FirstOrDefault(a => a.Status != MtcStatus.Restarted) is not { } live)
        {
            return MtcErrors.NothingToRestart();
        }

        live.Status = MtcStatus.Restarted;
        live.RestartReason = reason;
        live.RestartedBy = scope.UserId;
        live.RestartedAt = clock.GetUtcNow();
        audit.Record(scope.UserId, "mtc.restarted", $"Times tables check of pupil {pupil.Id} restarted ({reason}); attempt {live.Id}.", pupil.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return live;
    }

    private static string? Problem(MtcSubmission submission, int questions)
    {
        if (submission.Answers is not { } answers)
        {
            return "The check has no answers.";
        }

        var outside = answers.FirstOrDefault(a => a.Position < 1 || a.Position > questions);
        if (outside is not null)
        {
            return $"Position {outside.Position} is not on the form; positions run from 1 to {questions}.";
        }

        if (answers.GroupBy(a => a.Position).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"Position {twice.Key} is answered {twice.Count()} times.";
        }

        var missing = Enumerable.Range(1, questions).Except(answers.Select(a => a.Position)).ToList();
        if (missing.Count > 0)
        {
            return $"The check has no answer for position {string.Join(", ", missing)}; send an answer (blank if nothing was typed) for every position.";
        }

        if (answers.FirstOrDefault(a => !MtcAnswer.IsWellFormed(a.Answer)) is { } bad)
        {
            return $"The answer at position {bad.Position} is not digits only (at most {MtcAnswer.MaxDigits}).";
        }

        return answers.FirstOrDefault(a => a.MillisecondsOnScreen is < 0 or > 3_600_000 || a.ShownAtMilliseconds is < 0 or > 86_400_000) is { } odd
            ? $"The timings at position {odd.Position} are out of range."
            : null;
    }
}
