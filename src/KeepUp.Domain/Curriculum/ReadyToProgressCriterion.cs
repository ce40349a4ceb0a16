namespace KeepUp.Domain.Curriculum;

/// <summary>
/// One of the DfE's 79 ready-to-progress criteria (2020 guidance), such as <c>3NPV-2</c>: the
/// understanding a pupil most needs before moving on to the next year.
/// </summary>
/// <param name="Code">The DfE code, hyphenated (<c>6AS/MD-1</c>).</param>
/// <param name="Year">The year group, 1–6.</param>
/// <param name="Gist">What the criterion asks for, in KeepUp's words.</param>
public sealed record ReadyToProgressCriterion(string Code, int Year, string Gist);

/// <summary>
/// One statutory statement of the National Curriculum programme of study for a year group, with a
/// stable id <c>NC-Y{year}-{domain}-{n}</c> numbered in the programme's own order.
/// </summary>
/// <param name="Id">The id, e.g. <c>NC-Y4-F-3</c>.</param>
/// <param name="Year">The year group, 1–6.</param>
/// <param name="Domain">The domain code: NPV, AS, MD, ASMD, F, RP, ALG, M, GPS, GPD or S.</param>
/// <param name="Gist">What the statement asks for, in KeepUp's words.</param>
public sealed record NationalCurriculumStatement(string Id, int Year, string Domain, string Gist);
