using System.Text.RegularExpressions;

namespace KeepUp.Domain.Curriculum;

/// <summary>
/// The stable, readable name of a small step, such as <c>y3-npv-ten-tens-make-a-hundred</c>.
/// Teachers see it in links and plans, so once published it never changes or gets reused.
/// </summary>
public readonly partial record struct StepId
{
    private StepId(string value) => Value = value;

    /// <summary>The id as written in the curriculum files.</summary>
    public string Value { get; }

    /// <summary>Accepts lower-case words joined by hyphens, starting with the year: <c>y{1-6}-…</c>.</summary>
    public static bool TryCreate(string? text, out StepId id)
    {
        if (text is not null && Shape().IsMatch(text))
        {
            id = new StepId(text);
            return true;
        }
        id = default;
        return false;
    }

    /// <summary>Makes an id the caller knows is well formed (from code or a validated file).</summary>
    /// <exception cref="System.FormatException">The text is not a step id.</exception>
    public static StepId Parse(string text) =>
        TryCreate(text, out var id) ? id : throw new System.FormatException($"'{text}' is not a step id.");

    /// <summary>The year group the id names.</summary>
    public int Year => Value[1] - '0';

    /// <inheritdoc />
    public override string ToString() => Value;

    [GeneratedRegex("^y[1-6](-[a-z0-9]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
