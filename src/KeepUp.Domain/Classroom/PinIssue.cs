using System.Collections.Generic;

namespace KeepUp.Domain.Classroom;

/// <summary>The outcome of issuing PINs to a class: a PIN per pupil, or why none could be issued.</summary>
public sealed record PinIssue
{
    private PinIssue(IReadOnlyDictionary<string, string> pins, string? problem)
    {
        Pins = pins;
        Problem = problem;
    }

    /// <summary>Each pupil's key mapped to their PIN; empty when refused.</summary>
    public IReadOnlyDictionary<string, string> Pins { get; }

    /// <summary>Why the PINs were refused, for the teacher; null when issued.</summary>
    public string? Problem { get; }

    /// <summary>True when every pupil has a PIN.</summary>
    public bool IsIssued => Problem is null;

    internal static PinIssue Issued(IReadOnlyDictionary<string, string> pins) => new(pins, null);

    internal static PinIssue Refused(string problem) => new(new Dictionary<string, string>(), problem);
}
