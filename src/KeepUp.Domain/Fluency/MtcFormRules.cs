using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// What every form of the multiplication tables check must satisfy. The defaults follow the
/// published design: 25 items from the 2 to 12 tables, none repeated and never both a × b and
/// b × a; the 6, 7, 8, 9 and 12 tables have 3 or 4 items each and every other table at most 2.
/// The STA's exact bands could not be checked against the framework, so they are settings.
/// </summary>
public sealed record MtcFormRules
{
    /// <summary>The tables weighted most heavily by default: 6, 7, 8, 9 and 12.</summary>
    public static readonly IReadOnlyList<int> HeavyTables = [6, 7, 8, 9, 12];

    /// <summary>The published rules.</summary>
    public static MtcFormRules Default { get; } = new();

    /// <summary>Items per form: 25.</summary>
    public int Items { get; init; } = 25;

    /// <summary>The smallest factor: 2 (no 0 or 1 times table).</summary>
    public int MinFactor { get; init; } = 2;

    /// <summary>The largest factor: 12.</summary>
    public int MaxFactor { get; init; } = 12;

    /// <summary>The fewest and most items each table may have, by table (first factor).</summary>
    public IReadOnlyDictionary<int, (int Min, int Max)> TableLimits { get; init; } =
        Enumerable.Range(2, 11).ToDictionary(t => t, t => HeavyTables.Contains(t) ? (3, 4) : (0, 2));

    /// <summary>
    /// The most items with the same second factor (default 4), so a form does not lean on
    /// "× 12" either; our own choice, standing in for the framework's second-factor bands.
    /// </summary>
    public int MaxPerSecondFactor { get; init; } = 4;

    /// <summary>The limits for a table; a table not listed may have no items.</summary>
    public (int Min, int Max) LimitsFor(int table) => TableLimits.GetValueOrDefault(table, (0, 0));

    /// <summary>The rules' problems, empty when a form can be made (a rough check, not a proof for every setting).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MinFactor < 1 || MaxFactor > 12 || MinFactor > MaxFactor)
        {
            problems.Add(Say($"factors must run within 1 to 12, not {MinFactor} to {MaxFactor}."));
        }

        var tables = Enumerable.Range(MinFactor, Math.Max(0, MaxFactor - MinFactor + 1)).ToList();
        foreach (var (table, limits) in TableLimits.OrderBy(t => t.Key))
        {
            if (limits.Min < 0 || limits.Max < limits.Min)
            {
                problems.Add(Say($"the {table} times table's limits {limits.Min} to {limits.Max} are not a range."));
            }
            else if (!tables.Contains(table) && limits.Min > 0)
            {
                problems.Add(Say($"the {table} times table must have items but is outside the factors {MinFactor} to {MaxFactor}."));
            }
        }

        var least = tables.Sum(t => LimitsFor(t).Min);
        var most = tables.Sum(t => Math.Min(LimitsFor(t).Max, tables.Count));
        if (Items < 1 || Items < least || Items > most)
        {
            problems.Add(Say($"a form of {Items} items cannot be made when the tables allow {least} to {most} items."));
        }

        var pairs = tables.Count * (tables.Count + 1) / 2;
        if (Items > pairs)
        {
            problems.Add(Say($"{Items} items cannot all be different pairs: there are only {pairs}."));
        }

        if (MaxPerSecondFactor < 1 || MaxPerSecondFactor * tables.Count < Items)
        {
            problems.Add(Say($"at most {MaxPerSecondFactor} items per second factor cannot make {Items} items."));
        }

        return problems;
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
