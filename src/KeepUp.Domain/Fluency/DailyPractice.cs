using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// Plans a pupil's 5–10 minute daily fact practice from their answer history. In order of
/// priority: facts answered wrongly last time (accuracy before speed), facts due back on the
/// spacing schedule, a few new facts from the pupil's own year in teaching order (so one
/// strategy family at a time), quick checks of earlier years' facts, then the longest-unseen
/// facts to fill the time. New facts stop while too many facts are going wrong.
/// </summary>
public static class DailyPractice
{
    /// <summary>
    /// Today's session for a pupil in <paramref name="year"/> (1–6). The same history, seed and
    /// day always give the same session.
    /// </summary>
    public static PracticeSession Plan(int year, IEnumerable<FactAttempt> history, int seed, int today, FluencySettings? settings = null)
    {
        settings = (settings ?? FluencySettings.Default).Validate();
        var expected = FactCatalogue.ExpectedBy(year);
        var standings = FactStandings.From(history, settings);
        var seen = expected.Where(f => standings.ContainsKey(f.Id)).Select(f => (Fact: f, Standing: standings[f.Id])).ToList();

        var chosen = new List<PracticeItem>();
        var budget = settings.MaxQuestions;
        var retries = seen.Where(s => !s.Standing.LastCorrect && s.Standing.DueDay <= today).OrderBy(s => s.Fact.Order).ToList();
        var reviews = seen.Where(s => s.Standing.LastCorrect && s.Standing.DueDay <= today)
            .OrderBy(s => s.Standing.IsSecure)
            .ThenBy(s => s.Standing.DueDay)
            .ThenBy(s => s.Fact.Order)
            .ToList();

        var goingWrong = seen.Count(s => !s.Standing.LastCorrect);
        var mayMoveOn = goingWrong < settings.MaxFactsGoingWrong;
        var unseen = expected.Where(f => !standings.ContainsKey(f.Id)).ToList();
        var ownYear = mayMoveOn ? unseen.Where(f => f.Year >= year).ToList() : [];

        // Earlier years are checked latest year first: those facts are the likeliest gaps and
        // the ones this year's facts build on (×4 before ×8, ×3 before ×6).
        var earlier = mayMoveOn ? unseen.Where(f => f.Year < year).OrderByDescending(f => f.Year).ThenBy(f => f.Order).ToList() : [];
        var newFacts = ownYear.Take(settings.NewFactsPerSession).ToList();
        var checks = earlier.Take(settings.CheckFactsPerSession).ToList();

        // Room is kept for the new facts and their second showings, so that a long review list
        // never stops a pupil from moving on.
        var reserved = (2 * newFacts.Count) + checks.Count;
        var room = Math.Max(0, budget - reserved);
        chosen.AddRange(retries.Take(room / 2).Select(r => new PracticeItem(r.Fact, PracticeReason.Retry)));
        room = Math.Max(0, budget - reserved - (2 * chosen.Count));
        chosen.AddRange(reviews.Take(room).Select(r => new PracticeItem(r.Fact, PracticeReason.Review)));
        chosen.AddRange(newFacts.Select(f => new PracticeItem(f, PracticeReason.New)));
        chosen.AddRange(checks.Select(f => new PracticeItem(f, PracticeReason.Check)));

        var inSession = chosen.Select(i => i.Fact.Id).ToHashSet(StringComparer.Ordinal);
        chosen.AddRange(seen.Where(s => !inSession.Contains(s.Fact.Id))
            .OrderBy(s => s.Standing.LastDay)
            .ThenBy(s => s.Fact.Order)
            .Take(Math.Max(0, settings.MinQuestions - Length(chosen)))
            .Select(s => new PracticeItem(s.Fact, PracticeReason.KeepWarm)));

        // A pupil with little history (the first days) has too little to review: more earlier
        // facts are checked, then more new facts met, until the session reaches its length.
        foreach (var (fact, reason) in earlier.Skip(checks.Count).Select(f => (f, PracticeReason.Check))
            .Concat(ownYear.Skip(newFacts.Count).Select(f => (f, PracticeReason.New))))
        {
            if (Length(chosen) >= settings.MinQuestions)
            {
                break;
            }

            chosen.Add(new PracticeItem(fact, reason));
        }

        var dice = new Dice(seed, $"daily-practice/{today}");
        return new PracticeSession(today, seed, Arrange(chosen, dice, settings.MaxQuestions), chosen.FirstOrDefault(i => i.Reason == PracticeReason.New)?.Fact.Family);
    }

    // The questions a choice makes: new and going-wrong facts are shown twice.
    private static int Length(List<PracticeItem> chosen) =>
        chosen.Count + chosen.Count(i => i.Reason is PracticeReason.Retry or PracticeReason.New);

    // Family by family in teaching order; inside a family the new facts first (in teaching
    // order, so the strategy builds), the rest shuffled; then second showings, shuffled, so each
    // new or going-wrong fact is retrieved again after a gap.
    private static List<PracticeItem> Arrange(List<PracticeItem> chosen, Dice dice, int max)
    {
        var blocks = chosen
            .GroupBy(i => i.Fact.Family)
            .OrderBy(g => g.Min(i => i.Fact.Order))
            .SelectMany(g => g.Where(i => i.Reason == PracticeReason.New).OrderBy(i => i.Fact.Order)
                .Concat(dice.Shuffle(g.Where(i => i.Reason != PracticeReason.New).OrderBy(i => i.Fact.Order))))
            .ToList();
        var again = dice.Shuffle(chosen.Where(i => i.Reason is PracticeReason.Retry or PracticeReason.New).OrderBy(i => i.Fact.Order))
            .Select(i => new PracticeItem(i.Fact, PracticeReason.Again));
        return blocks.Concat(again).Take(max).ToList();
    }
}
