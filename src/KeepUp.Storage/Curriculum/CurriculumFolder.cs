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
public static class CurriculumFolder
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

        var validation = CurriculumValidator.Validate(new CurriculumDraft(
            files,
            [.. criteria.Select(c => new ReadyToProgressCriterion(c.Code ?? string.Empty, c.Year, c.Gist ?? string.Empty))],
            [.. statements.Select(s => new NationalCurriculumStatement(s.Id ?? string.Empty, s.Year, s.Domain ?? string.Empty, s.Gist ?? string.Empty))],
            (CriteriaFile, StatementsFile)));
        return problems.Count == 0 ? validation : new CurriculumValidation(null, [.. problems, .. validation.Problems]);
    }

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
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            problems.Add(new CurriculumProblem(name, null, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"line {e.Start.Line}, column {e.Start.Column}: {message}")));
            return null;
        }
    }
}
