using System.Globalization;
using KeepUp.Application.Common;
using KeepUp.Domain.Programme;

namespace KeepUp.Application.Programme;

/// <summary>The expected failures of changing a Work Group.</summary>
public static class WorkGroupErrors
{
    /// <summary>Not found, or led by someone else: the two look the same, so other groups stay private.</summary>
    public static Error NotYours(int id) =>
        new NotFoundError("work-group-not-found", string.Create(CultureInfo.InvariantCulture, $"Work Group {id} is not one of yours: a specialist changes only the Work Groups they lead."));

    public static Error NotASpecialist() =>
        new InvalidRequestError("not-a-specialist", "Your account is not linked to a Mastery Specialist record; ask your hub lead to link it.");

    public static Error BadYear(string? year) =>
        new InvalidRequestError("bad-academic-year", $"\"{year}\" is not an academic year; write it like 2025/26.");

    public static Error BadType(string? type) =>
        new InvalidRequestError("bad-work-group-type", $"\"{type}\" is not a Work Group type; use one of: {WorkGroupTypes.Accepted}.");

    public static Error UnknownSchool(int urn) =>
        new InvalidRequestError("school-not-found", string.Create(CultureInfo.InvariantCulture, $"No school has URN {urn}; import it from GIAS first."));

    public static Error SchoolTwice(int urn) =>
        new InvalidRequestError("school-twice", string.Create(CultureInfo.InvariantCulture, $"School {urn} is listed twice."));
}
