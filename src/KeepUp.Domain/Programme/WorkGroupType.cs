using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Programme;

/// <summary>The kinds of Work Group a hub runs, from the optional readiness year to projects.</summary>
public enum WorkGroupType
{
    /// <summary>The optional preparatory year, led by the hub's Mastery Readiness Lead.</summary>
    MasteryReadiness,

    /// <summary>The main development year, led by a Mastery Specialist: every school does it.</summary>
    Development,

    /// <summary>Consolidation and embedding after the development year.</summary>
    SustainingEmbedding,

    /// <summary>A project on teaching for mastery in mixed-age classes.</summary>
    MixedAgeClasses,

    /// <summary>A project on early intervention (keeping up, not catching up).</summary>
    EarlyIntervention,

    /// <summary>A project on designing lessons together.</summary>
    LessonDesign,
}

/// <summary>Names of Work Group types as hubs write them.</summary>
public static class WorkGroupTypes
{
    private static readonly Dictionary<string, WorkGroupType> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Mastery Readiness"] = WorkGroupType.MasteryReadiness,
        ["Readiness"] = WorkGroupType.MasteryReadiness,
        ["Development"] = WorkGroupType.Development,
        ["Sustaining/Embedding"] = WorkGroupType.SustainingEmbedding,
        ["Sustaining"] = WorkGroupType.SustainingEmbedding,
        ["Embedding"] = WorkGroupType.SustainingEmbedding,
        ["Mixed-age classes"] = WorkGroupType.MixedAgeClasses,
        ["Early intervention"] = WorkGroupType.EarlyIntervention,
        ["Lesson design"] = WorkGroupType.LessonDesign,
    };

    /// <summary>Every type, in the order a school meets them.</summary>
    public static IReadOnlyList<WorkGroupType> All { get; } = Enum.GetValues<WorkGroupType>();

    /// <summary>The accepted spellings, for an error message.</summary>
    public static string Accepted => string.Join(", ", All.Select(Name));

    /// <summary>The type's name on screen and in CSV files.</summary>
    public static string Name(this WorkGroupType type) => type switch
    {
        WorkGroupType.MasteryReadiness => "Mastery Readiness",
        WorkGroupType.Development => "Development",
        WorkGroupType.SustainingEmbedding => "Sustaining/Embedding",
        WorkGroupType.MixedAgeClasses => "Mixed-age classes",
        WorkGroupType.EarlyIntervention => "Early intervention",
        WorkGroupType.LessonDesign => "Lesson design",
    };

    /// <summary>Reads a type by its name (any case; also the enum's own name, e.g. "SustainingEmbedding").</summary>
    public static bool TryParse(string? text, out WorkGroupType type)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (ByName.TryGetValue(trimmed, out type))
        {
            return true;
        }

        return Enum.TryParse(trimmed, ignoreCase: true, out type) && Enum.IsDefined(type) && !trimmed.All(char.IsDigit);
    }
}
