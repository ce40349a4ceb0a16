using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Fluency;

/// <summary>A pupil's chance of answering one tables fact right within the check's 6 seconds.</summary>
/// <param name="Item">The fact, smaller factor first; its reverse shares the chance.</param>
/// <param name="Chance">Chance of a right answer in time, 0 to 1.</param>
/// <param name="Frequency">How often it (either way round) is asked on a form, on average.</param>
/// <param name="Answers">The recent answers the chance rests on (0 when it is the pupil's general rate).</param>
public sealed record MtcFactChance(MtcItem Item, double Chance, double Frequency, int Answers);

/// <summary>
/// How a Year 4 pupil would likely score on the multiplication tables check today: the expected
/// score out of 25 and a range that 8 in 10 checks would fall in, with the facts that would gain
/// most marks if practised.
/// </summary>
/// <param name="ExpectedScore">The average score over forms made like ours.</param>
/// <param name="Low">The bottom of the likely range (10th percentile, roughly).</param>
/// <param name="High">The top of the likely range (90th percentile, roughly).</param>
/// <param name="OutOf">Questions on a form: 25.</param>
/// <param name="Chances">Every fact from 2 × 2 to 12 × 12, each pair once.</param>
/// <param name="FactsToWorkOn">The ten facts costing most expected marks, the costliest first.</param>
public sealed record MtcReadiness(double ExpectedScore, double Low, double High, int OutOf, IReadOnlyList<MtcFactChance> Chances, IReadOnlyList<MtcFactChance> FactsToWorkOn);

/// <summary>
/// Estimates <see cref="MtcReadiness"/> from a pupil's fact practice.
/// <para>
/// The model. (1) For each pair of factors from 2 to 12 (7 × 8 and 8 × 7 together, since a pupil
/// who knows one nearly always knows the other), take the pupil's last
/// <see cref="RecentAnswers"/> answers to either multiplication and count those right within
/// <see cref="TimeLimitMilliseconds"/> — the check's own rule, so a right but slow answer counts
/// as a miss. Older answers are dropped because recall changes as the pupil practises.
/// (2) Shrink each pair's rate towards a prior mean m, as a beta prior worth
/// <see cref="PriorStrength"/> answers: chance = (hits + k·m) / (answers + k), so one lucky
/// answer does not make a fact certain. m blends the pupil's overall rate on the pairs they have
/// practised, r = (all hits + 1) / (all answers + 2), with ½ ("no evidence either way") by the
/// share c of the 66 pairs practised: m = c·r + (1 − c)·½. Practice starts with the easier
/// tables, so a pupil's rate on the few pairs practised so far says little about the rest: a
/// fact never practised gets ½ at first and the pupil's own rate once most tables are practised.
/// (3) Questions are marked independently, so on one form the score is a sum of 25 yes/no events:
/// its mean is the sum of their chances and its variance the sum of chance × (1 − chance). Forms
/// differ, so both are averaged over <see cref="ReferenceForms"/> forms made by
/// <see cref="MtcForms.Generate"/> (seeds 0 upwards), adding the spread between forms' means.
/// The range is the mean ± 1.28 standard deviations (a normal approximation), kept within 0–25.
/// The estimate ignores the check-day nerves and the learning still to come, so it is a reading of
/// today's recall, not a prediction of June's score.
/// </para>
/// </summary>
public static class MtcReadinessEstimate
{
    /// <summary>The check's time per question: 6,000 ms.</summary>
    public const int TimeLimitMilliseconds = 6000;

    /// <summary>Recent answers per fact pair that count: 6.</summary>
    public const int RecentAnswers = 6;

    /// <summary>The weight of the pupil's overall rate, in answers: 2.</summary>
    public const double PriorStrength = 2;

    /// <summary>Forms averaged over: 400.</summary>
    public const int ReferenceForms = 400;

    private const double TenthPercentileZ = 1.2816;

    private static readonly Lazy<List<MtcForm>> DefaultForms = new(() => FormsFor(MtcFormRules.Default));

    // How often each pair is asked depends only on the forms: worked out once, not for every pupil of a class.
    private static readonly Lazy<Dictionary<(int, int), double>> DefaultFrequency = new(() => FrequencyOver(DefaultForms.Value));

    /// <summary>The estimate for a pupil's answer history (any facts; only the tables from 2 × 2 to 12 × 12 are read).</summary>
    public static MtcReadiness For(IEnumerable<FactAttempt> history, MtcFormRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var usesDefault = rules is null || rules == MtcFormRules.Default;
        var forms = usesDefault ? DefaultForms.Value : FormsFor(rules!);
        rules ??= MtcFormRules.Default;

        var recent = RecentByPair(history, rules);
        var hits = recent.Values.Sum(r => r.Hits);
        var answers = recent.Values.Sum(r => r.Answers);
        var pairs = (rules.MaxFactor - rules.MinFactor + 1) * (rules.MaxFactor - rules.MinFactor + 2) / 2;
        var covered = (double)recent.Count / pairs;
        var overall = (covered * (hits + 1.0) / (answers + 2.0)) + ((1 - covered) * 0.5);

        var frequency = usesDefault ? DefaultFrequency.Value : FrequencyOver(forms);
        var chances = new Dictionary<(int, int), MtcFactChance>();
        for (var low = rules.MinFactor; low <= rules.MaxFactor; low++)
        {
            for (var high = low; high <= rules.MaxFactor; high++)
            {
                var (h, n) = recent.GetValueOrDefault((low, high));
                var chance = (h + (PriorStrength * overall)) / (n + PriorStrength);
                chances[(low, high)] = new MtcFactChance(new MtcItem(low, high), chance, frequency.GetValueOrDefault((low, high)), n);
            }
        }

        var means = new List<double>(forms.Count);
        var variances = new List<double>(forms.Count);
        foreach (var form in forms)
        {
            var ps = form.Questions.Select(q => chances[q.Pair].Chance).ToList();
            means.Add(ps.Sum());
            variances.Add(ps.Sum(p => p * (1 - p)));
        }

        var expected = means.Average();
        var spread = Math.Sqrt(variances.Average() + means.Average(m => (m - expected) * (m - expected)));
        var all = chances.Values.OrderBy(c => c.Item.A).ThenBy(c => c.Item.B).ToList();
        var toWorkOn = all.Where(c => c.Frequency > 0)
            .OrderByDescending(c => c.Frequency * (1 - c.Chance))
            .ThenBy(c => c.Item.A).ThenBy(c => c.Item.B)
            .Take(10)
            .ToList();
        return new MtcReadiness(
            expected,
            Math.Max(0, expected - (TenthPercentileZ * spread)),
            Math.Min(rules.Items, expected + (TenthPercentileZ * spread)),
            rules.Items,
            all,
            toWorkOn);
    }

    private static Dictionary<(int, int), (int Hits, int Answers)> RecentByPair(IEnumerable<FactAttempt> history, MtcFormRules rules)
    {
        var byPair = new Dictionary<(int, int), List<FactAttempt>>();
        foreach (var (attempt, _) in history.Select((a, i) => (a, i)).OrderBy(x => x.a.Day).ThenBy(x => x.i))
        {
            if (FactCatalogue.Find(attempt.FactId) is not { Operation: FactOperation.Multiply } fact)
            {
                continue;
            }

            var (a, b) = (fact.Operands[0], fact.Operands[1]);
            if (a < rules.MinFactor || a > rules.MaxFactor || b < rules.MinFactor || b > rules.MaxFactor)
            {
                continue;
            }

            var pair = new MtcItem(a, b).Pair;
            if (!byPair.TryGetValue(pair, out var list))
            {
                byPair[pair] = list = [];
            }

            list.Add(attempt);
        }

        return byPair.ToDictionary(
            p => p.Key,
            p => p.Value.TakeLast(RecentAnswers) is var last
                ? (last.Count(x => x.Correct && x.Milliseconds <= TimeLimitMilliseconds), last.Count())
                : default);
    }

    private static Dictionary<(int, int), double> FrequencyOver(List<MtcForm> forms) =>
        forms.SelectMany(f => f.Questions).GroupBy(q => q.Pair).ToDictionary(g => g.Key, g => (double)g.Count() / forms.Count);

    private static List<MtcForm> FormsFor(MtcFormRules rules) =>
        Enumerable.Range(0, ReferenceForms).Select(seed => MtcForms.Generate(seed, rules)).ToList();
}
