namespace KeepUp.Domain.Fluency;

/// <summary>
/// One answer a pupil gave to a fact in practice: which fact, on which school day
/// (<see cref="System.DateOnly.DayNumber"/> of the school's date), whether it was right and how
/// long it took from the question appearing to the answer being entered.
/// </summary>
/// <param name="FactId">The <see cref="Fact.Id"/> answered.</param>
/// <param name="Day">The day number of the school date it was answered on.</param>
/// <param name="Correct">True when the answer was right.</param>
/// <param name="Milliseconds">Time taken to answer, in milliseconds.</param>
public sealed record FactAttempt(string FactId, int Day, bool Correct, int Milliseconds);
