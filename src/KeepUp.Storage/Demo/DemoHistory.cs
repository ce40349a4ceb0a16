using KeepUp.Domain.Classroom;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Catalogue;
using KeepUp.Storage.Classroom;

namespace KeepUp.Storage.Demo;

/// <summary>
/// Two weeks of made-up lessons for the demo class, so that a first look at KeepUp shows what a
/// teacher sees after a fortnight: a heat map with colour in it, a keep-up list, interventions that
/// happened, and a few pupils the maths lead is told about. Every answer is a real question from the
/// step's generator, marked by its own answer checker; only who gets it right is invented, from a
/// fixed seed, so every fresh demo tells the same story.
/// </summary>
internal static class DemoHistory
{
    /// <summary>School days of lessons before today.</summary>
    public const int Days = 10;

    private const int Questions = 4;

    public static void Add(KeepUpDbContext db, SchoolClass maple, IReadOnlyList<Pupil> pupils, string teacherId, string assistantId,
        DateOnly today, IReadOnlyList<SmallStep> sequence, PracticeCatalogue catalogue)
    {
        var dice = new Random(2026);
        var steps = sequence.Where(s => catalogue.Generate(s, 0) is not null).Take(Days).ToList();
        var days = SchoolDaysBefore(today, steps.Count);
        DemoFactPractice.Add(db, pupils, days);
        // Most of the class keeps up; the last few find this block hard, so they need help again and again.
        var strength = pupils.Select((_, i) => i >= pupils.Count - 4 ? 0.35 : 0.7 + (0.25 * ((i * 7) % 11) / 10.0)).ToList();
        for (var d = 0; d < steps.Count; d++)
        {
            var step = steps[d];
            var day = days[d];
            var end = new DateTimeOffset(day.ToDateTime(new TimeOnly(14, 40)), SchoolTime.Zone.GetUtcOffset(day.ToDateTime(new TimeOnly(14, 40))));
            var lesson = new Lesson { Id = Guid.NewGuid(), SchoolId = maple.SchoolId, ClassId = maple.Id, StepId = step.Id.Value, Date = day, TaughtBy = teacherId };
            var sample = catalogue.Generate(step, 0)!;
            var check = new LessonCheck
            {
                Id = Guid.NewGuid(),
                SchoolId = maple.SchoolId,
                ClassId = maple.Id,
                LessonId = lesson.Id,
                StepId = step.Id.Value,
                Date = day,
                BaseSeed = 1000 + d,
                QuestionIndexes = string.Join(',', CheckPlan.Positions(sample.Questions.Count, Questions)),
                OpenedAt = end,
                ClosedAt = end.AddMinutes(15),
            };
            db.Lessons.Add(lesson);
            db.LessonChecks.Add(check);

            var struggled = new List<(Pupil Pupil, string? Misconception)>();
            for (var p = 0; p < pupils.Count; p++)
            {
                var seed = CheckPlan.SeedFor(check.BaseSeed, pupils[p].Id);
                var set = catalogue.Generate(step, seed)!;
                var wrong = 0;
                string? misconception = null;
                foreach (var index in LessonPlanner.PositionsOf(check))
                {
                    var question = set.Questions.First(q => q.Index == index);
                    var (answer, correct, why) = Answer(question, dice.NextDouble() < strength[p]);
                    wrong += correct ? 0 : 1;
                    misconception ??= why;
                    db.Evidence.Add(new Evidence
                    {
                        Id = Guid.NewGuid(),
                        SchoolId = maple.SchoolId,
                        PupilId = pupils[p].Id,
                        StepId = step.Id.Value,
                        Seed = seed,
                        QuestionIndex = index,
                        Answer = answer,
                        Correct = correct,
                        Misconception = why,
                        MillisecondsTaken = 8_000 + dice.Next(30_000),
                        Source = EvidenceSource.Device,
                        CheckId = check.Id,
                        AnsweredAt = end.AddSeconds(40 * index),
                        AnsweredOn = day,
                    });
                }

                if (wrong >= 3)
                {
                    struggled.Add((pupils[p], misconception));
                }
            }

            if (struggled.Count > 0)
            {
                db.Interventions.Add(new Intervention
                {
                    Id = Guid.NewGuid(),
                    SchoolId = maple.SchoolId,
                    ClassId = maple.Id,
                    StepId = step.Id.Value,
                    Date = day,
                    Misconception = struggled.Select(s => s.Misconception).FirstOrDefault(m => m is not null),
                    PlanSeed = 500 + d,
                    PlannedBy = teacherId,
                    HappenedAt = end.AddHours(1),
                    LedBy = assistantId,
                    Notes = "Worked through the stem sentence with the representation; all joined in.",
                    Pupils = [.. struggled.Select(s => new InterventionPupil { PupilId = s.Pupil.Id })],
                });
            }
        }
    }

    /// <summary>A right answer, or the first wrong choice with its misconception (or a wrong number when there are no choices).</summary>
    private static (string Answer, bool Correct, string? Misconception) Answer(Question question, bool right)
    {
        if (right)
        {
            return (question.Answer.Canonical, true, null);
        }

        if (question.Choices.FirstOrDefault(c => !c.Correct) is { } choice)
        {
            return (choice.Text, false, choice.Misconception);
        }

        var verdict = question.Answer.Check("0");
        return ("0", verdict.Correct, verdict.Misconception);
    }

    private static List<DateOnly> SchoolDaysBefore(DateOnly today, int count)
    {
        var days = new List<DateOnly>();
        for (var day = today.AddDays(-1); days.Count < count; day = day.AddDays(-1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(day);
            }
        }

        days.Reverse();
        return days;
    }
}
