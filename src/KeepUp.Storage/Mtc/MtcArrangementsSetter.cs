using KeepUp.Application.Common;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Mtc;

/// <summary>What a teacher chooses for a pupil's check.</summary>
public sealed record MtcArrangementsChoice(
    bool AudibleAlert, bool ReadAloud, string ColourScheme, string FontSize, bool InputAssistant, bool NextBetweenQuestions, bool RemoveNumberPad);

/// <summary>Sets a pupil's access arrangements; teachers of the class and school leads only.</summary>
public sealed class MtcArrangementsSetter(KeepUpDbContext db, ClassAccess access, AuditLog audit)
{
    public async Task<Result<MtcArrangements>> SetAsync(StaffScope scope, Guid pupilId, MtcArrangementsChoice choice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(choice);
        if (await access.FindPupilAsync(scope, pupilId, cancellationToken) is not { } pupil)
        {
            return ClassroomErrors.NoSuchPupil(pupilId);
        }

        if (scope.IsTeachingAssistant)
        {
            return MtcErrors.ReadOnly();
        }

        if (!MtcArrangements.ColourSchemes.Contains(choice.ColourScheme))
        {
            return MtcErrors.BadArrangements($"'{choice.ColourScheme}' is not a colour scheme; choose one of {string.Join(", ", MtcArrangements.ColourSchemes)}.");
        }

        if (!MtcArrangements.FontSizes.Contains(choice.FontSize))
        {
            return MtcErrors.BadArrangements($"'{choice.FontSize}' is not a font size; choose one of {string.Join(", ", MtcArrangements.FontSizes)}.");
        }

        var arrangements = await db.MtcArrangements.FirstOrDefaultAsync(a => a.PupilId == pupil.Id, cancellationToken);
        if (arrangements is null)
        {
            arrangements = new MtcArrangements { PupilId = pupil.Id, SchoolId = pupil.SchoolId };
            db.MtcArrangements.Add(arrangements);
        }

        arrangements.AudibleAlert = choice.AudibleAlert;
        arrangements.ReadAloud = choice.ReadAloud;
        arrangements.ColourScheme = choice.ColourScheme;
        arrangements.FontSize = choice.FontSize;
        arrangements.InputAssistant = choice.InputAssistant;
        arrangements.NextBetweenQuestions = choice.NextBetweenQuestions;
        arrangements.RemoveNumberPad = choice.RemoveNumberPad;
        arrangements.UpdatedBy = scope.UserId;
        audit.Record(scope.UserId, "mtc.arrangements-set", $"Access arrangements for pupil {pupil.Id}: {arrangements.Describe()}.", pupil.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return arrangements;
    }
}
