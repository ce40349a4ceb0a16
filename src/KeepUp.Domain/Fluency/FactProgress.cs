using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Fluency;

/// <summary>How many facts a pupil had secured by the end of a day.</summary>
/// <param name="Day">The day number.</param>
/// <param name="Secured">Facts secure by the end of that day.</param>
public sealed record SecuredOnDay(int Day, int Secured);

/// <summary>A pupil against their year's expectations: how many facts are secure and which are not yet.</summary>
/// <param name="Year">The pupil's year group.</param>
/// <param name="Expected">Facts expected by the end of the year, earlier years included.</param>
/// <param name="Secure">Of those, the facts that are secure.</param>
/// <param name="NotYetSecure">The expected facts not yet secure, in teaching order.</param>
public sealed record ExpectationProgress(int Year, int Expected, int Secure, IReadOnlyList<Fact> NotYetSecure)
{
    /// <summary>True when every expected fact is secure.</summary>
    public bool AllSecure => NotYetSecure.Count == 0;
}

/// <summary>Reports on a pupil's fact practice for teachers and pupils.</summary>
public static class FactProgress
{
    /// <summary>The longest span of days one chart covers: about ten years.</summary>
    public const int MaxDays = 3660;

    /// <summary>
    /// Facts secured over time: one point per day from <paramref name="fromDay"/> to
    /// <paramref name="toDay"/>, counting the facts (optionally only those matching
    /// <paramref name="which"/>) secure by the end of each day.
    /// </summary>
    public static IReadOnlyList<SecuredOnDay> SecuredOverTime(
        IEnumerable<FactAttempt> history, int fromDay, int toDay, FluencySettings? settings = null, Func<Fact, bool>? which = null)
    {
        if (toDay < fromDay || toDay - fromDay >= MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(toDay), $"A chart runs forwards over at most {MaxDays} days, not from day {fromDay} to day {toDay}.");
        }

        settings = (settings ?? FluencySettings.Default).Validate();
        return SecuredOverTime(FactStandings.From(history, settings), fromDay, toDay, which);
    }

    /// <summary>
    /// Facts secured over time from standings already read (see <see cref="FactStandings.From"/>),
    /// so a report that needs the standings for several things reads the answers once.
    /// </summary>
    public static IReadOnlyList<SecuredOnDay> SecuredOverTime(
        IReadOnlyDictionary<string, FactStanding> standings, int fromDay, int toDay, Func<Fact, bool>? which = null)
    {
        ArgumentNullException.ThrowIfNull(standings);
        if (toDay < fromDay || toDay - fromDay >= MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(toDay), $"A chart runs forwards over at most {MaxDays} days, not from day {fromDay} to day {toDay}.");
        }

        var securedDays = standings.Values
            .Where(s => s.SecuredOnDay is not null && (which is null || (FactCatalogue.Find(s.FactId) is { } fact && which(fact))))
            .Select(s => s.SecuredOnDay!.Value)
            .Order()
            .ToList();
        var points = new List<SecuredOnDay>(toDay - fromDay + 1);
        var next = 0;
        for (var day = fromDay; day <= toDay; day++)
        {
            while (next < securedDays.Count && securedDays[next] <= day)
            {
                next++;
            }

            points.Add(new SecuredOnDay(day, next));
        }

        return points;
    }

    /// <summary>How a pupil in <paramref name="year"/> (1–6) stands against the facts expected of them.</summary>
    public static ExpectationProgress AgainstExpectations(int year, IEnumerable<FactAttempt> history, FluencySettings? settings = null)
    {
        settings = (settings ?? FluencySettings.Default).Validate();
        return AgainstExpectations(year, FactStandings.From(history, settings));
    }

    /// <summary>How a pupil in <paramref name="year"/> (1–6) stands, from standings already read.</summary>
    public static ExpectationProgress AgainstExpectations(int year, IReadOnlyDictionary<string, FactStanding> standings)
    {
        ArgumentNullException.ThrowIfNull(standings);
        var expected = FactCatalogue.ExpectedBy(year);
        var notYet = expected.Where(f => !(standings.GetValueOrDefault(f.Id)?.IsSecure ?? false)).ToList();
        return new ExpectationProgress(year, expected.Count, expected.Count - notYet.Count, notYet);
    }
}
