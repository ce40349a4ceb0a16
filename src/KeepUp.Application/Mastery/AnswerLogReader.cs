using System.Globalization;
using KeepUp.Domain.Imports;

namespace KeepUp.Application.Mastery;

/// <summary>
/// Reads an answer log from CSV with the columns <c>user_id, order_id, skill_name, correct</c> (any
/// order, other columns ignored). Every problem is reported by file, row and column; a file with
/// any problem is refused whole.
/// </summary>
public static class AnswerLogReader
{
    /// <summary>The columns the file must have.</summary>
    public static readonly IReadOnlyList<string> Columns = ["user_id", "order_id", "skill_name", "correct"];

    // A file full of one mistake should say so a few times, not 400,000 times.
    private const int MostProblems = 20;

    /// <summary>Parses the text of one file; <paramref name="fileName"/> names it in problems.</summary>
    public static ParseOutcome<AnswerLog> Parse(string text, string fileName)
    {
        var parsed = CsvTable.Parse(text, fileName);
        if (parsed.Value is not { } table)
        {
            return ParseOutcome.Failed<AnswerLog>(parsed.Problems);
        }

        var missing = table.MissingColumns(Columns);
        if (missing.Count > 0)
        {
            return ParseOutcome.Failed<AnswerLog>([.. missing.Select(c => new ImportProblem(fileName, 1, c, $"the header row has no {c} column (needed: {string.Join(", ", Columns)})."))]);
        }

        int userColumn = table.ColumnOf("user_id"), orderColumn = table.ColumnOf("order_id");
        int skillColumn = table.ColumnOf("skill_name"), correctColumn = table.ColumnOf("correct");
        var rows = table.Rows;
        var pupils = new Names();
        var skills = new Names();
        var pupil = new int[rows.Count];
        var skill = new int[rows.Count];
        var correct = new bool[rows.Count];
        var problems = new List<ImportProblem>();
        for (var i = 0; i < rows.Count && problems.Count < MostProblems; i++)
        {
            var row = rows[i];
            var user = Field(row, userColumn);
            var order = Field(row, orderColumn);
            var skillName = Field(row, skillColumn);
            var answer = Field(row, correctColumn);
            if (user.Length == 0)
            {
                problems.Add(new ImportProblem(fileName, row.Line, "user_id", "the pupil's id is empty."));
            }

            if (!long.TryParse(order, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                problems.Add(new ImportProblem(fileName, row.Line, "order_id", $"'{order}' is not a whole number."));
            }

            if (skillName.Length == 0)
            {
                problems.Add(new ImportProblem(fileName, row.Line, "skill_name", "the skill is empty."));
            }

            if (answer is not ("0" or "1"))
            {
                problems.Add(new ImportProblem(fileName, row.Line, "correct", $"'{answer}' should be 1 (right) or 0 (wrong)."));
            }

            pupil[i] = pupils.IndexOf(user);
            skill[i] = skills.IndexOf(skillName);
            correct[i] = answer == "1";
        }

        if (problems.Count > 0)
        {
            return ParseOutcome.Failed<AnswerLog>(problems);
        }

        return rows.Count == 0
            ? ParseOutcome.Failed<AnswerLog>([new ImportProblem(fileName, 2, null, "there are no answers after the header row.")])
            : ParseOutcome.Succeeded(new AnswerLog(pupils.All, skills.All, pupil, skill, correct));
    }

    private static string Field(CsvRow row, int column) =>
        column < row.Fields.Count ? row.Fields[column].Trim() : string.Empty;

    private sealed class Names
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        private readonly List<string> names = [];

        public IReadOnlyList<string> All => names;

        public int IndexOf(string name)
        {
            if (!indexes.TryGetValue(name, out var index))
            {
                index = names.Count;
                indexes.Add(name, index);
                names.Add(name);
            }

            return index;
        }
    }
}
