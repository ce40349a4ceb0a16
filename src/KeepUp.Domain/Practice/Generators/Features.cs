using System.Collections.Generic;

namespace KeepUp.Domain.Practice.Generators;

/// <summary>Builds the feature dictionaries of questions compactly.</summary>
public static class Features
{
    /// <summary>A feature dictionary from name/value pairs.</summary>
    public static IReadOnlyDictionary<string, string> Of(params (string Name, object Value)[] pairs)
    {
        var features = new Dictionary<string, string>(pairs.Length, System.StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            features[name] = System.FormattableString.Invariant($"{value}");
        }

        return features;
    }
}
