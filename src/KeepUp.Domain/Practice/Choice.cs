namespace KeepUp.Domain.Practice;

/// <summary>
/// One answer a pupil might give. A wrong choice names the misconception it reveals, so a
/// teacher sees not just "wrong" but why (for example "adds tens to ones").
/// </summary>
/// <param name="Text">The answer as shown to the pupil.</param>
/// <param name="Correct">True for the right answer.</param>
/// <param name="Misconception">For a wrong choice, the misconception it reveals.</param>
public sealed record Choice(string Text, bool Correct, string? Misconception);
