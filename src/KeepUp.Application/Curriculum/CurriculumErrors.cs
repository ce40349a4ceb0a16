using KeepUp.Application.Common;

namespace KeepUp.Application.Curriculum;

public static class CurriculumErrors
{
    public static NotFoundError StepNotFound(string id) =>
        new("step-not-found", $"There is no small step '{id}'. Check the id, or search by words or by a code such as 3NPV-2.");

    public static InvalidRequestError NotAMixedAgePair(int younger, int older) =>
        new("not-a-mixed-age-pair", $"A mixed-age class spans two consecutive year groups from 1 to 6 (for example 5 and 6); {younger} and {older} are not such a pair.");

    public static InvalidRequestError NoSuchYear(int year) =>
        new("no-such-year", $"Year {year} is not a primary year group: choose 1 to 6.");
}
