namespace KeepUp.Application.Mastery;

/// <summary>
/// A log of answers as knowledge-tracing data sets publish them: one row per answer, pupils and
/// skills by name, each pupil's rows in the order they answered. Held as parallel arrays (pupil
/// and skill as indexes into the name lists) because the public data sets run to hundreds of
/// thousands of rows.
/// </summary>
public sealed record AnswerLog(IReadOnlyList<string> PupilNames, IReadOnlyList<string> SkillNames, int[] Pupil, int[] Skill, bool[] Correct)
{
    /// <summary>How many answers.</summary>
    public int Count => Correct.Length;
}
