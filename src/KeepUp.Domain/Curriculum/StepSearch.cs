using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Curriculum;

/// <summary>
/// Finds steps the way a teacher asks: by a code they have been given (<c>3NPV-2</c>,
/// <c>NC-Y4-F-3</c>, a step id) or by words ("column subtraction exchange").
/// </summary>
public static class StepSearch
{
    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\'', '/', '–', '-'];

    /// <summary>
    /// Returns matching steps, best first. A code returns the steps serving it, in teaching order;
    /// words return steps containing every word, ranked so that title matches come first.
    /// </summary>
    public static IReadOnlyList<SmallStep> Find(CurriculumMap curriculum, string? query, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        var text = (query ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return [];
        }

        if (curriculum.Find(text.ToLowerInvariant()) is { } exact)
        {
            return [exact];
        }

        var byCode = curriculum.Serving(AsCode(text));
        if (byCode.Count > 0)
        {
            return byCode;
        }

        var words = text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return curriculum.Steps
            .Select(step => (Step: step, Score: Score(curriculum.SearchTextOf(step), words)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .Take(limit)
            .Select(x => x.Step)
            .ToList();
    }

    /// <summary>
    /// A query written the way codes are keyed: teachers type them as printed (with an en dash) or
    /// with spaces, and all of those mean the same code.
    /// </summary>
    public static string AsCode(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Trim().Replace('–', '-').Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    private static int Score((string Title, string Body) text, string[] words)
    {
        var (title, body) = text;
        var score = 0;
        foreach (var word in words)
        {
            var inTitle = title.Contains(word, StringComparison.Ordinal);
            if (!inTitle && !body.Contains(word, StringComparison.Ordinal))
            {
                return 0;
            }

            score += inTitle ? 3 : 1;
        }

        return score;
    }
}
