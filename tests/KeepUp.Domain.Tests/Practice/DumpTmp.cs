namespace KeepUp.Domain.Tests.Practice;

public sealed class DumpTmp
{
    [Fact]
    public void Dump_All()
    {
        var lines = new List<string>();
        foreach (var id in ShippedSteps.Catalogue.StepIds.Order(StringComparer.Ordinal))
        {
            var step = ShippedSteps.Step(id);
            var set = ShippedSteps.Catalogue.For(step.Id)!.Generate(step, 7);
            lines.Add($"=== {id}");
            foreach (var q in set.Questions)
            {
                lines.Add($"{q.Index}. [{q.Format}/{q.Variation.Dimension}] {q.Prompt}  => {q.Answer.Canonical} | {string.Join(" ; ", q.Choices.Where(c => !c.Correct).Select(c => c.Text + " (" + c.Misconception + ")"))} | {q.Picture?.GetType().Name}");
                lines.Add($"      {q.Explanation}");
            }
        }

        File.WriteAllLines("/tmp/md-dump.txt", lines);
    }
}
