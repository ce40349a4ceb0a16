using System;
using System.Collections.Generic;

namespace KeepUp.Domain.Imports;

/// <summary>
/// The result of reading a file: the value, or every problem found. Imports are all-or-nothing, so
/// a reader collects all the problems it can rather than stopping at the first.
/// </summary>
/// <param name="Value">What was read; null when there are problems.</param>
/// <param name="Problems">Every problem found; empty on success.</param>
public sealed record ParseOutcome<T>(T? Value, IReadOnlyList<ImportProblem> Problems)
    where T : class
{
    /// <summary>True when the file was read without a problem.</summary>
    public bool IsSuccess => Problems.Count == 0 && Value is not null;
}

/// <summary>Builds <see cref="ParseOutcome{T}"/> values.</summary>
public static class ParseOutcome
{
    /// <summary>A file read without a problem.</summary>
    public static ParseOutcome<T> Succeeded<T>(T value)
        where T : class => new(value, []);

    /// <summary>A file refused, with every problem found.</summary>
    public static ParseOutcome<T> Failed<T>(IReadOnlyList<ImportProblem> problems)
        where T : class =>
        problems.Count == 0 ? throw new ArgumentException("A failure needs at least one problem.", nameof(problems)) : new(null, problems);
}
