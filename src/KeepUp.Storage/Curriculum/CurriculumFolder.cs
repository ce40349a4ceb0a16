using KeepUp.Domain.Curriculum;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KeepUp.Storage.Curriculum;

/// <summary>
/// Reads the curriculum's YAML files from a folder and validates them. A file that is not valid
/// YAML, or has a field the format does not know (often a typo), is reported with its line and
/// column rather than thrown, so a teacher editing a file gets a list to work through.
/// </summary>
public static partial class CurriculumFolder
{
    public const string CriteriaFile = "ready-to-progress.yaml";
    public const string StatementsFile = "national-curriculum.yaml";

    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The folder shipped beside the program.</summary>
    public static string Default => Path.Combine(AppContext.BaseDirectory, "content", "curriculum");

    /// <summary>Loads and validates every file in <paramref name="folder"/>.</summary>
    public static CurriculumValidation Load(string folder)
    {
        var problems = new List<CurriculumProblem>();
        if (!Directory.Exists(folder))
        {
            return new CurriculumValidation(null, [new CurriculumProblem(folder, null, "The curriculum folder does not exist.")]);
        }

        var criteria = Read<CriteriaFileShape>(folder, CriteriaFile, problems)?.Criteria ?? [];
        var statements = Read<StatementsFileShape>(folder, StatementsFile, problems)?.Statements ?? [];
        var files = new List<StrandFileDraft>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (name is CriteriaFile or StatementsFile)
            {
                continue;
            }

            if (Read<StrandFileShape>(folder, name, problems) is { } file)
            {
                files.Add(file.ToDraft(name));
            }
        }

        // A file that cannot be read would make every step that depends on it look broken too;
        // report the unreadable files alone so the teacher fixes the real cause first.
        if (problems.Count > 0)
        {
            return new CurriculumValidation(null, problems);
        }

        return CurriculumValidator.Validate(new CurriculumDraft(
            files,
            [.. criteria.Select(c => new ReadyToProgressCriterion(c.Code ?? string.Empty, c.Year, c.Gist ?? string.Empty))],
            [.. statements.Select(s => new NationalCurriculumStatement(s.Id ?? string.Empty, s.Year, s.Domain ?? string.Empty, s.Gist ?? string.Empty))],
            (CriteriaFile, StatementsFile)));
    }

    private static string Explain(string message)
    {
        var unknown = UnknownField().Match(message);
        return unknown.Success
            ? $"'{unknown.Groups[1].Value}' is not a field the curriculum format knows here; check its spelling and indentation (see content/curriculum/README.md)."
            : message;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Property '([^']+)' not found on type")]
    private static partial System.Text.RegularExpressions.Regex UnknownField();

    private static T? Read<T>(string folder, string name, List<CurriculumProblem> problems)
        where T : class
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            problems.Add(new CurriculumProblem(name, null, "The file is missing."));
            return null;
        }

        try
        {
            using var reader = File.OpenText(path);
            var value = Reader.Deserialize<T>(reader);
            if (value is null)
            {
                problems.Add(new CurriculumProblem(name, null, "The file is empty."));
            }

            return value;
        }
        catch (YamlException e)
        {
            var message = Explain((e.InnerException?.Message ?? e.Message).Trim());
            problems.Add(new CurriculumProblem(name, null, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"line {e.Start.Line}, column {e.Start.Column}: {message}")));
            return null;
        }
    }
}
