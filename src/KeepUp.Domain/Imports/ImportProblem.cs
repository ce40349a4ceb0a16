namespace KeepUp.Domain.Imports;

/// <summary>
/// One thing wrong with an imported file, said so that a school administrator can find and fix it:
/// the file, the row (its line in the file, header = 1), the column where known, and the problem.
/// </summary>
public sealed record ImportProblem(string File, int Row, string? Column, string Message)
{
    /// <summary>E.g. "pupils.csv row 7, column UPN: the check letter should be A, not B."</summary>
    public override string ToString() =>
        Column is null ? $"{File} row {Row}: {Message}" : $"{File} row {Row}, column {Column}: {Message}";
}
