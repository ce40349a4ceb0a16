using KeepUp.Application.Common;

namespace KeepUp.Storage.Classroom;

/// <summary>The expected failures of classroom work, in words a teacher can act on.</summary>
public static class ClassroomErrors
{
    public static NotFoundError NoSuchClass(int classId) =>
        new("class-not-found", $"There is no class {classId} that you work with.");

    public static NotFoundError NoSuchPupil(Guid pupilId) =>
        new("pupil-not-found", $"There is no pupil {pupilId} in a class you work with.");

    public static NotFoundError NoSuchCheck(Guid checkId) =>
        new("check-not-found", $"There is no end-of-lesson check {checkId} for this class.");

    public static InvalidRequestError ClassNameTaken(string name) =>
        new("class-name-taken", $"The school already has a class called '{name}'. Choose another name.");

    public static InvalidRequestError BadClass(string problem) => new("class-invalid", problem);

    public static InvalidRequestError StepNotInCurriculum(string stepId) =>
        new("step-not-found", $"'{stepId}' is not a step of the curriculum.");

    public static InvalidRequestError NoGenerator(string stepId) =>
        new("no-generator-yet", $"The step '{stepId}' has no question generator yet, so it cannot have an end-of-lesson check. Mark it as a teacher judgement instead.");

    public static InvalidRequestError CheckClosed() =>
        new("check-closed", "This check has closed. Ask your teacher.");

    public static InvalidRequestError TooManyAnswers(int count, int most) =>
        new("too-many-answers", $"{count} answers were sent at once; send at most {most}.");

    public static InvalidRequestError BadAnswer(int position, string problem) =>
        new("answer-invalid", $"Answer {position}: {problem}");
}
