using System;
using System.Collections.Generic;

namespace KeepUp.Domain.Programme;

/// <summary>
/// Which kinds of establishment on the GIAS register are state-funded schools, and so eligible for
/// the Teaching for Mastery programme. Decided by the establishment type alone, as the DfE does.
/// </summary>
public static class EstablishmentTypes
{
    // The GIAS "TypeOfEstablishment (name)" values of state-funded schools: local-authority
    // maintained schools, academies and free schools (including special and alternative provision),
    // and city technology colleges, which GIAS files with independent schools but the state funds.
    private static readonly HashSet<string> StateFunded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Community school",
        "Voluntary aided school",
        "Voluntary controlled school",
        "Foundation school",
        "Local authority nursery school",
        "Pupil referral unit",
        "Community special school",
        "Foundation special school",
        "Academy sponsor led",
        "Academy converter",
        "Academy special sponsor led",
        "Academy special converter",
        "Academy alternative provision converter",
        "Academy alternative provision sponsor led",
        "Academy 16-19 converter",
        "Academy 16 to 19 sponsor led",
        "Academy secure 16 to 19",
        "Free schools",
        "Free schools special",
        "Free schools alternative provision",
        "Free schools 16 to 19",
        "University technical college",
        "Studio schools",
        "City technology college",
    };

    /// <summary>True when a school of this GIAS establishment type is state-funded.</summary>
    public static bool IsStateFunded(string? typeOfEstablishment) =>
        typeOfEstablishment is not null && StateFunded.Contains(typeOfEstablishment.Trim());
}
