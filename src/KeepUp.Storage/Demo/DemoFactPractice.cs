using KeepUp.Domain.Fluency;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Fluency;

namespace KeepUp.Storage.Demo;

/// <summary>
/// Two weeks of daily fact practice for the demo class, so the fluency page shows a heat map,
/// facts being secured and a readiness estimate on a first look. Each day's session is the one the
/// real planner (<see cref="DailyPractice"/>) gives that pupil from their answers so far; only
/// whether and how fast they answer is invented, from a fixed seed, the same on every fresh demo.
/// </summary>
internal static class DemoFactPractice
{
    public static void Add(KeepUpDbContext db, IReadOnlyList<Pupil> pupils, IReadOnlyList<DateOnly> days)
    {
        var dice = new Random(4242);
        for (var p = 0; p < pupils.Count; p++)
        {
            var pupil = pupils[p];
            // Most pupils know most of their facts; a few are slow and often wrong, as in any class.
            var accuracy = p % 9 == 8 ? 0.55 : 0.78 + (0.2 * ((p * 5) % 7) / 6.0);
            var quickest = p % 9 == 8 ? 3_500 : 1_200;
            var history = new List<FactAttempt>();
            foreach (var day in days)
            {
                var session = DailyPractice.Plan(pupil.YearGroup, history, seed: (p * 397) + day.DayNumber, today: day.DayNumber);
                var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 5)), SchoolTime.Zone.GetUtcOffset(day.ToDateTime(new TimeOnly(9, 5))));
                for (var i = 0; i < session.Items.Count; i++)
                {
                    var fact = session.Items[i].Fact;
                    var correct = dice.NextDouble() < accuracy;
                    var milliseconds = quickest + dice.Next(correct ? 2_500 : 6_000);
                    history.Add(new FactAttempt(fact.Id, day.DayNumber, correct, milliseconds));
                    db.FactAnswers.Add(new FactAnswer
                    {
                        Id = Guid.NewGuid(),
                        SchoolId = pupil.SchoolId,
                        PupilId = pupil.Id,
                        FactId = fact.Id,
                        Day = day,
                        Position = i + 1,
                        Correct = correct,
                        Milliseconds = milliseconds,
                        Answer = (correct ? fact.Answer : fact.Answer + 1 + dice.Next(3)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        AnsweredAt = start.AddSeconds(8 * i),
                    });
                }
            }
        }
    }
}
