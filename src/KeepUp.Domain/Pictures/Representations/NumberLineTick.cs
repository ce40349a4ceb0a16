using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>One tick of a drawn number line: where it is, what is written under it (null for nothing), and whether it is a long tick.</summary>
internal sealed record NumberLineTick(Fraction Value, string? Label, bool Major);
