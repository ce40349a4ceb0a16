using System.Security.Cryptography;
using System.Text;
using KeepUp.Application.Common;
using KeepUp.Application.Practice;
using KeepUp.Domain.Classroom;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>One answer sent from a pupil's device; its id is made on the device, so a resend is recognised.</summary>
public sealed record DeviceAnswer(Guid Id, int Index, string? Answer, int? MillisecondsTaken);

/// <summary>A teacher's mark for one question of one pupil's paper: right, wrong, or cleared (null).</summary>
public sealed record PaperMark(Guid PupilId, int Index, bool? Correct);

/// <summary>How a batch of answers went: how many were new and how many had already arrived.</summary>
public sealed record RecordedAnswers(int Stored, int AlreadyHad, IReadOnlyList<Guid> Acknowledged);

/// <summary>
/// Stores answers as evidence. Device answers are marked here, on the server, from the question
/// rebuilt from step and seed: a device says what the pupil typed, never whether it was right.
/// Every write is idempotent, because a tablet on school Wi-Fi will resend.
/// </summary>
public sealed class EvidenceRecorder(KeepUpDbContext db, PracticeQueries practice, EvidenceWriter writer, AuditLog audit, TimeProvider clock)
{
    /// <summary>The most answers one request may carry: a check is at most six questions, resent a few times over.</summary>
    public const int MaximumBatch = 50;

    /// <summary>Records a pupil's answers to their class's check. Answers to a closed check are still kept: nothing a pupil answered is lost.</summary>
    public async Task<Result<RecordedAnswers>> RecordFromDeviceAsync(Pupil pupil, LessonCheck check, IReadOnlyList<DeviceAnswer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count > MaximumBatch)
        {
            return ClassroomErrors.TooManyAnswers(answers.Count, MaximumBatch);
        }

        var positions = LessonPlanner.PositionsOf(check);
        var seed = CheckPlan.SeedFor(check.BaseSeed, pupil.Id);
        var generated = practice.Generate(check.StepId, seed);
        if (generated.Value is not { } set)
        {
            return ClassroomErrors.BadAnswer(1, generated.Error!.Message);
        }

        var now = clock.GetUtcNow();
        var rows = new List<Evidence>(answers.Count);
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            if (!positions.Contains(answer.Index))
            {
                return ClassroomErrors.BadAnswer(i + 1, $"question {answer.Index} is not in this check.");
            }

            if (answer.MillisecondsTaken is < 0 or > 3_600_000)
            {
                return ClassroomErrors.BadAnswer(i + 1, "the time taken must be between 0 and one hour.");
            }

            var verdict = PracticeQueries.Check(set, answer.Index, answer.Answer ?? string.Empty);
            if (verdict.Value is not { } marked)
            {
                return ClassroomErrors.BadAnswer(i + 1, verdict.Error!.Message);
            }

            rows.Add(new Evidence
            {
                Id = answer.Id,
                SchoolId = pupil.SchoolId,
                PupilId = pupil.Id,
                StepId = check.StepId,
                Seed = seed,
                QuestionIndex = answer.Index,
                Answer = answer.Answer,
                Correct = marked.Correct,
                Misconception = marked.Misconception,
                MillisecondsTaken = answer.MillisecondsTaken,
                Source = EvidenceSource.Device,
                CheckId = check.Id,
                AnsweredAt = now,
                AnsweredOn = SchoolTime.DateOf(now),
            });
        }

        var written = await writer.WriteAsync(rows, cancellationToken);
        if (written.ForeignIdAt is { } at)
        {
            return ClassroomErrors.BadAnswer(at, "this answer id belongs to another answer.");
        }

        return new RecordedAnswers(written.Stored.Count, answers.Count - written.Stored.Count, [.. answers.Select(a => a.Id)]);
    }

    /// <summary>
    /// Records a teacher's marks from paper. Each pupil-and-question cell has one paper mark, so marking
    /// a cell again corrects it, and clearing it removes the mark; device answers are never touched.
    /// </summary>
    public async Task<Result<int>> RecordPaperMarksAsync(StaffScope scope, LessonCheck check, IReadOnlyCollection<Guid> classPupils, IReadOnlyList<PaperMark> marks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(classPupils);
        ArgumentNullException.ThrowIfNull(marks);
        var positions = LessonPlanner.PositionsOf(check);
        for (var i = 0; i < marks.Count; i++)
        {
            if (!classPupils.Contains(marks[i].PupilId))
            {
                return ClassroomErrors.BadAnswer(i + 1, "that pupil is not in this class.");
            }

            if (!positions.Contains(marks[i].Index))
            {
                return ClassroomErrors.BadAnswer(i + 1, $"question {marks[i].Index} is not in this check.");
            }
        }

        var now = clock.GetUtcNow();
        var changed = await ApplyMarksAsync(check.Id, marks, scope.UserId, (mark, correct) => new Evidence
        {
            SchoolId = check.SchoolId,
            PupilId = mark.PupilId,
            StepId = check.StepId,
            Seed = CheckPlan.SeedFor(check.BaseSeed, mark.PupilId),
            QuestionIndex = mark.Index,
            Correct = correct,
            Source = EvidenceSource.Paper,
            CheckId = check.Id,
            AnsweredAt = now,
            AnsweredOn = check.Date,
        }, cancellationToken);
        if (changed > 0)
        {
            audit.Record(scope.UserId, "check.marked", $"{changed} paper marks on the check of {check.StepId} ({check.Date:yyyy-MM-dd}).", scope.SchoolId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>
    /// Applies marks made by an adult, one per cell (what was marked, pupil, question): a new mark is
    /// added, a changed one corrected, a cleared one removed; untouched cells stay as they are. Used for
    /// paper checks and intervention follow-ups alike. Saved with the caller's SaveChanges.
    /// </summary>
    /// <returns>How many cells changed.</returns>
    internal async Task<int> ApplyMarksAsync(Guid markedId, IReadOnlyList<PaperMark> marks, string recordedBy, Func<PaperMark, bool, Evidence> create, CancellationToken cancellationToken)
    {
        var ids = marks.Select(m => PaperId(markedId, m.PupilId, m.Index)).ToList();
        var existing = await db.Evidence.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var changed = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            existing.TryGetValue(ids[i], out var evidence);
            if (marks[i].Correct is not { } correct)
            {
                if (evidence is not null)
                {
                    db.Evidence.Remove(evidence);
                    changed++;
                }
            }
            else if (evidence is null)
            {
                var added = create(marks[i], correct);
                added.Id = ids[i];
                added.RecordedBy = recordedBy;
                db.Evidence.Add(added);
                changed++;
            }
            else if (evidence.Correct != correct)
            {
                evidence.Correct = correct;
                evidence.RecordedBy = recordedBy;
                changed++;
            }
        }

        return changed;
    }

    /// <summary>The id of a paper mark: fixed by check, pupil and question, so a cell is marked once.</summary>
    public static Guid PaperId(Guid checkId, Guid pupilId, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"paper:{checkId:N}:{pupilId:N}:{index}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
