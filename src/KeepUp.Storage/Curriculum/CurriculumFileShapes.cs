using KeepUp.Domain.Curriculum;

namespace KeepUp.Storage.Curriculum;

// The shapes of the YAML files, exactly as written; the domain's drafts are built from them.
// Setters are public because YamlDotNet fills them; nothing else uses these types.

internal sealed class CriteriaFileShape
{
    public List<CriterionShape>? Criteria { get; set; }
}

internal sealed class CriterionShape
{
    public string? Code { get; set; }
    public int Year { get; set; }
    public string? Strand { get; set; }
    public string? Gist { get; set; }
}

internal sealed class StatementsFileShape
{
    public List<StatementShape>? Statements { get; set; }
}

internal sealed class StatementShape
{
    public string? Id { get; set; }
    public int Year { get; set; }
    public string? Domain { get; set; }
    public string? Gist { get; set; }
}

internal sealed class StrandFileShape
{
    public int? Year { get; set; }
    public string? Strand { get; set; }
    public List<BlockShape>? Blocks { get; set; }

    public StrandFileDraft ToDraft(string name) =>
        new(name, Year, Strand, [.. (Blocks ?? []).Select(b => new BlockDraft(b.Order, b.Term, b.Title, [.. (b.Steps ?? []).Select(s => s.ToDraft())]))]);
}

internal sealed class BlockShape
{
    public int? Order { get; set; }
    public string? Term { get; set; }
    public string? Title { get; set; }
    public List<StepShape>? Steps { get; set; }
}

internal sealed class StepShape
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<string>? ReadyToProgress { get; set; }
    public List<string>? NationalCurriculum { get; set; }
    public List<string>? Prerequisites { get; set; }
    public List<string>? KeyLearningPoints { get; set; }
    public List<string>? StemSentences { get; set; }
    public List<string>? Representations { get; set; }
    public List<string>? Misconceptions { get; set; }

    public StepDraft ToDraft() => new()
    {
        Id = Id,
        Title = Title,
        ReadyToProgress = ReadyToProgress ?? [],
        NationalCurriculum = NationalCurriculum ?? [],
        Prerequisites = Prerequisites ?? [],
        KeyLearningPoints = KeyLearningPoints ?? [],
        StemSentences = StemSentences ?? [],
        Representations = Representations ?? [],
        Misconceptions = Misconceptions ?? [],
    };
}
