using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// Every number fact KeepUp practises, in teaching order: addition and subtraction within 10
/// and 20, bonds to 10, 20 and 100 (in tens), doubles and halves, and the multiplication tables
/// from 0 × 0 to 12 × 12 with their division facts. Built once; the ids never change.
/// </summary>
public static class FactCatalogue
{
    private static readonly Lazy<Catalogue> Built = new(Build);

    /// <summary>All the facts, in teaching order (see <see cref="Fact.Order"/>).</summary>
    public static IReadOnlyList<Fact> All => Built.Value.Facts;

    /// <summary>The fact with this id, or null when there is none.</summary>
    public static Fact? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Built.Value.ById.GetValueOrDefault(id);
    }

    /// <summary>The fact with this id; throws when there is none (use <see cref="Find"/> for ids from outside).</summary>
    public static Fact Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"There is no number fact with the id \"{id}\".");

    /// <summary>The multiplication fact a × b (0 ≤ a, b ≤ 12).</summary>
    public static Fact Times(int a, int b) => Get(TimesId(a, b));

    /// <summary>The id of the multiplication fact a × b, e.g. "7x8".</summary>
    public static string TimesId(int a, int b) => string.Create(CultureInfo.InvariantCulture, $"{a}x{b}");

    /// <summary>
    /// The facts a pupil in <paramref name="year"/> (1–6) should recall: everything expected by
    /// the end of that year, earlier years included. From Year 4 on that is every fact.
    /// </summary>
    public static IReadOnlyList<Fact> ExpectedBy(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 6);
        return Built.Value.Facts.Where(f => f.Year <= year).ToList();
    }

    private static Catalogue Build()
    {
        var drafts = new List<Draft>();
        AddAdditive(drafts);
        AddBonds(drafts);
        AddDoublesAndHalves(drafts);
        AddMultiplicative(drafts);

        var ids = drafts.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var ordered = drafts
            .OrderBy(d => d.Year)
            .ThenBy(d => d.Family)
            .ThenBy(d => Math.Min(d.PartA, d.PartB))
            .ThenBy(d => Math.Max(d.PartA, d.PartB))
            .ThenBy(d => d.Group)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select((d, i) => new Fact
            {
                Id = d.Id,
                Operation = d.Operation,
                Group = d.Group,
                Operands = d.Operands,
                Answer = d.Answer,
                Family = d.Family,
                Year = d.Year,
                CommutativePartnerId = d.Commutative is { } c && c != d.Id && ids.Contains(c) ? c : null,
                InversePartnerIds = d.Inverses.Where(ids.Contains).Distinct(StringComparer.Ordinal).ToList(),
                Order = i,
            })
            .ToList();
        return new Catalogue(ordered, ordered.ToDictionary(f => f.Id, StringComparer.Ordinal));
    }

    private static void AddAdditive(List<Draft> drafts)
    {
        for (var whole = 0; whole <= 20; whole++)
        {
            var within10 = whole <= 10;
            for (var a = 0; a <= whole; a++)
            {
                var b = whole - a;
                var family = FactFamilies.Additive(a, b);
                drafts.Add(new Draft(
                    Id(a, "+", b), FactOperation.Add, within10 ? FactGroup.AdditionWithin10 : FactGroup.AdditionWithin20,
                    [a, b], whole, family, within10 ? 1 : 2, a, b, Id(b, "+", a), [Id(whole, "-", a), Id(whole, "-", b)]));
                drafts.Add(new Draft(
                    Id(whole, "-", a), FactOperation.Subtract, within10 ? FactGroup.SubtractionWithin10 : FactGroup.SubtractionWithin20,
                    [whole, a], b, family, within10 ? 1 : 2, a, b, null, [Id(a, "+", b), Id(b, "+", a), BondId(a, whole)]));
            }
        }
    }

    private static void AddBonds(List<Draft> drafts)
    {
        foreach (var (whole, step, group, year) in new[] { (10, 1, FactGroup.BondsTo10, 1), (20, 1, FactGroup.BondsTo20, 1), (100, 10, FactGroup.BondsTo100, 2) })
        {
            for (var part = 0; part <= whole; part += step)
            {
                var other = whole - part;
                var family = whole switch
                {
                    10 => StrategyFamily.BondsTo10,
                    20 => StrategyFamily.BondsTo20,
                    _ => StrategyFamily.BondsTo100,
                };
                drafts.Add(new Draft(
                    BondId(part, whole), FactOperation.Bond, group, [part, whole], other, family, year,
                    part / step, other / step, BondId(other, whole), [Id(whole, "-", part)]));
            }
        }
    }

    private static void AddDoublesAndHalves(List<Draft> drafts)
    {
        foreach (var n in Enumerable.Range(1, 10).Concat([20, 30, 40, 50]))
        {
            // double 3 and double 30 sit side by side: one fact, two sizes.
            var parts = n > 10 ? n / 10 : n;
            drafts.Add(new Draft(Named("double", n), FactOperation.Double, FactGroup.Doubles, [n], 2 * n,
                StrategyFamily.DoublesAndHalves, 2, parts, parts, null, [Named("half-of", 2 * n)]));
            drafts.Add(new Draft(Named("half-of", 2 * n), FactOperation.Halve, FactGroup.Halves, [2 * n], n,
                StrategyFamily.DoublesAndHalves, 2, parts, parts, null, [Named("double", n)]));
        }
    }

    private static void AddMultiplicative(List<Draft> drafts)
    {
        for (var a = 0; a <= 12; a++)
        {
            for (var b = 0; b <= 12; b++)
            {
                var product = a * b;
                var family = FactFamilies.Multiplicative(a, b);
                var year = FactFamilies.MultiplicativeYear(a, b);
                drafts.Add(new Draft(
                    TimesId(a, b), FactOperation.Multiply, FactGroup.Multiplication, [a, b], product, family, year,
                    a, b, TimesId(b, a), [Id(product, "/", b), Id(product, "/", a)]));
                if (b != 0)
                {
                    drafts.Add(new Draft(
                        Id(product, "/", b), FactOperation.Divide, FactGroup.Division, [product, b], a, family, year,
                        a, b, null, [TimesId(a, b), TimesId(b, a)]));
                }
            }
        }
    }

    private static string Id(int a, string sign, int b) => string.Create(CultureInfo.InvariantCulture, $"{a}{sign}{b}");

    private static string BondId(int part, int whole) => string.Create(CultureInfo.InvariantCulture, $"{part}+_={whole}");

    private static string Named(string name, int n) => string.Create(CultureInfo.InvariantCulture, $"{name}-{n}");

    private sealed record Draft(
        string Id, FactOperation Operation, FactGroup Group, int[] Operands, int Answer, StrategyFamily Family, int Year,
        int PartA, int PartB, string? Commutative, string[] Inverses);

    private sealed record Catalogue(IReadOnlyList<Fact> Facts, IReadOnlyDictionary<string, Fact> ById);
}
