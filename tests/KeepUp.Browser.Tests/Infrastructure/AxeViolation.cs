namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>One axe-core rule a page breaks, with the CSS selectors of the elements that break it.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Targets)
{
    /// <summary>Serious and critical problems stop a pupil or teacher using the page; they fail the test.</summary>
    public bool IsBlocking => Impact is "serious" or "critical";

    public override string ToString() => $"{Id} ({Impact}): {Help} — {string.Join(", ", Targets)}";
}
