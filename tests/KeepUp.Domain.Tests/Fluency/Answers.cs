using KeepUp.Domain.Fluency;

namespace KeepUp.Domain.Tests.Fluency;

/// <summary>Small builders for a pupil's answer history.</summary>
internal static class Answers
{
    public static FactAttempt Fast(string id, int day) => new(id, day, true, 1500);

    public static FactAttempt Slow(string id, int day) => new(id, day, true, 4500);

    public static FactAttempt Wrong(string id, int day) => new(id, day, false, 2500);

    /// <summary>Fast right answers to each fact on each day: a pupil who knows them.</summary>
    public static IEnumerable<FactAttempt> KnowsFast(IEnumerable<string> ids, params int[] days) =>
        days.SelectMany(day => ids.Select(id => Fast(id, day)));

    /// <summary>Every tables fact from 2 × 2 to 12 × 12.</summary>
    public static IEnumerable<string> Tables(int low = 2, int high = 12) =>
        Enumerable.Range(low, high - low + 1).SelectMany(a => Enumerable.Range(low, high - low + 1).Select(b => FactCatalogue.TimesId(a, b)));
}
