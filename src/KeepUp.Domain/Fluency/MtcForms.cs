using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// Makes forms of the multiplication tables check from a seed, checks a form against the rules,
/// and picks a form a pupil has not had before.
/// </summary>
public static class MtcForms
{
    // Attempts before giving up: with the default rules a draw almost never fails (see the
    // property tests), so running out means the rules themselves are too tight.
    private const int MaxDraws = 1000;

    /// <summary>The form for a seed (0 or more); the same seed and rules always give the same form.</summary>
    public static MtcForm Generate(int seed, MtcFormRules? rules = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        rules ??= MtcFormRules.Default;
        if (rules.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException($"The check form rules cannot be met: {string.Join(" ", problems)}", nameof(rules));
        }

        var dice = new Dice(seed, "mtc-form");
        for (var draw = 0; draw < MaxDraws; draw++)
        {
            if (TryDraw(rules, dice) is { } items)
            {
                return new MtcForm(seed, Order(items, dice));
            }
        }

        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No form met the rules in {MaxDraws} draws from seed {seed}; loosen the rules."));
    }

    /// <summary>
    /// A form for a pupil who has already had the forms made from <paramref name="usedForms"/>:
    /// the form for <paramref name="seed"/> if it is new to them, else the form for the next seed
    /// up whose items differ from every form they have had.
    /// </summary>
    public static MtcForm FormFor(int seed, IEnumerable<int> usedForms, MtcFormRules? rules = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        ArgumentNullException.ThrowIfNull(usedForms);
        var used = usedForms.ToHashSet();
        var usedItems = used.Where(s => s >= 0).Select(s => Generate(s, rules)).ToList();
        for (long candidate = seed, tries = 0; tries <= used.Count + MaxDraws; candidate++, tries++)
        {
            var next = (int)(candidate % ((long)int.MaxValue + 1));
            if (used.Contains(next))
            {
                continue;
            }

            var form = Generate(next, rules);
            if (!usedItems.Any(form.SameItemsAs))
            {
                return form;
            }
        }

        throw new InvalidOperationException("Every form tried has already been used by this pupil.");
    }

    /// <summary>Everything wrong with a form under the rules, in words; empty when it is a valid form.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<MtcItem> questions, MtcFormRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(questions);
        rules ??= MtcFormRules.Default;
        var problems = new List<string>();
        if (questions.Count != rules.Items)
        {
            problems.Add(Say($"the form has {questions.Count} items, not {rules.Items}."));
        }

        for (var i = 0; i < questions.Count; i++)
        {
            var (a, b) = (questions[i].A, questions[i].B);
            if (a < rules.MinFactor || a > rules.MaxFactor || b < rules.MinFactor || b > rules.MaxFactor)
            {
                problems.Add(Say($"item {i + 1}, {a} × {b}, uses a factor outside {rules.MinFactor} to {rules.MaxFactor}."));
            }
        }

        foreach (var pair in questions.GroupBy(q => q.Pair).Where(g => g.Count() > 1))
        {
            problems.Add(Say($"{pair.Key.Low} × {pair.Key.High} is asked {pair.Count()} times (counting {pair.Key.High} × {pair.Key.Low})."));
        }

        foreach (var table in Enumerable.Range(1, 12))
        {
            var count = questions.Count(q => q.Table == table);
            var (min, max) = rules.LimitsFor(table);
            if (count < min || count > max)
            {
                problems.Add(Say($"the {table} times table has {count} items; it needs {min} to {max}."));
            }
        }

        foreach (var second in questions.GroupBy(q => q.B).Where(g => g.Count() > rules.MaxPerSecondFactor))
        {
            problems.Add(Say($"{second.Count()} items multiply by {second.Key}; at most {rules.MaxPerSecondFactor} may."));
        }

        return problems;
    }

    private static List<MtcItem>? TryDraw(MtcFormRules rules, Dice dice)
    {
        var factors = Enumerable.Range(rules.MinFactor, rules.MaxFactor - rules.MinFactor + 1).ToList();
        var counts = factors.ToDictionary(t => t, t => rules.LimitsFor(t).Min);
        for (var left = rules.Items - counts.Values.Sum(); left > 0; left--)
        {
            var open = factors.Where(t => counts[t] < Math.Min(rules.LimitsFor(t).Max, factors.Count)).ToList();
            if (open.Count == 0)
            {
                return null;
            }

            counts[dice.Pick(open)]++;
        }

        var pairs = new HashSet<(int, int)>();
        var perSecond = factors.ToDictionary(b => b, _ => 0);
        var items = new List<MtcItem>(rules.Items);

        // The tables with most items choose first, while most second factors are still free.
        foreach (var table in dice.Shuffle(factors).OrderByDescending(t => counts[t]))
        {
            var options = dice.Shuffle(factors)
                .Select(b => new MtcItem(table, b))
                .Where(item => !pairs.Contains(item.Pair) && perSecond[item.B] < rules.MaxPerSecondFactor);
            var picked = options.Take(counts[table]).ToList();
            if (picked.Count < counts[table])
            {
                return null;
            }

            foreach (var item in picked)
            {
                pairs.Add(item.Pair);
                perSecond[item.B]++;
                items.Add(item);
            }
        }

        return items;
    }

    // The order of asking is shuffled, avoiding two questions from one table in a row where a
    // few reshuffles can, so that a pupil is not drilled on one table mid-check.
    private static List<MtcItem> Order(List<MtcItem> items, Dice dice)
    {
        var order = dice.Shuffle(items).ToList();
        for (var tries = 0; tries < 50 && HasRun(order); tries++)
        {
            order = dice.Shuffle(items).ToList();
        }

        return order;
    }

    private static bool HasRun(List<MtcItem> order)
    {
        for (var i = 1; i < order.Count; i++)
        {
            if (order[i].Table == order[i - 1].Table)
            {
                return true;
            }
        }

        return false;
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
