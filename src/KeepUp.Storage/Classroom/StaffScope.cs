namespace KeepUp.Storage.Classroom;

/// <summary>
/// Who is asking, as far as pupil data goes: a member of staff of one school. Maths leads and heads
/// see the whole school; teachers and teaching assistants see the classes they work with.
/// </summary>
public sealed record StaffScope(string UserId, int SchoolId, bool SeesWholeSchool, bool IsTeachingAssistant);
