using KeepUp.Domain.Fluency;

namespace KeepUp.Domain.Tests.Fluency;

public sealed class MtcFormsTests
{
    [Fact]
    public void Generate_ThousandsOfSeeds_EveryFormMeetsEveryRule()
    {
        for (var seed = 0; seed < 5000; seed++)
        {
            var form = MtcForms.Generate(seed);

            Assert.Equal(seed, form.Seed);
            Assert.Equal(25, form.Questions.Count);
            Assert.All(form.Questions, q => Assert.True(q.A is >= 2 and <= 12 && q.B is >= 2 and <= 12, $"seed {seed}: {q}"));
            Assert.Equal(25, form.Questions.Distinct().Count());
            Assert.DoesNotContain(form.Questions, q => q.A != q.B && form.Questions.Contains(new MtcItem(q.B, q.A)));
            foreach (var table in Enumerable.Range(2, 11))
            {
                var count = form.Questions.Count(q => q.A == table);
                if (table is 6 or 7 or 8 or 9 or 12)
                {
                    Assert.InRange(count, 3, 4);
                }
                else
                {
                    Assert.InRange(count, 0, 2);
                }
            }

            Assert.All(form.Questions.GroupBy(q => q.B), g => Assert.InRange(g.Count(), 1, 4));
            Assert.Empty(MtcForms.Problems(form.Questions));
        }
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameForm() =>
        Assert.Equal(MtcForms.Generate(1234).Questions, MtcForms.Generate(1234).Questions);

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentForms()
    {
        var forms = Enumerable.Range(0, 500).Select(s => string.Join(",", MtcForms.Generate(s).Questions.OrderBy(q => q.A).ThenBy(q => q.B))).ToList();

        Assert.Equal(forms.Count, forms.Distinct().Count());
    }

    [Fact]
    public void Generate_ManyForms_UseEveryTableAndEveryFactor()
    {
        var items = Enumerable.Range(0, 500).SelectMany(s => MtcForms.Generate(s).Questions).ToList();

        Assert.Equal(Enumerable.Range(2, 11), items.Select(q => q.A).Distinct().Order());
        Assert.Equal(Enumerable.Range(2, 11), items.Select(q => q.B).Distinct().Order());
        Assert.True(items.Count(q => q.A == 7) > items.Count(q => q.A == 3), "the 7 table should be weighted above the 3 table");
    }

    [Fact]
    public void Practice_IsOneByTwelveTwoByTwoTenByTen() =>
        Assert.Equal([new MtcItem(1, 12), new MtcItem(2, 2), new MtcItem(10, 10)], MtcForm.PracticeQuestions);

    [Fact]
    public void Generate_OtherRules_AreFollowed()
    {
        var rules = new MtcFormRules
        {
            Items = 10,
            TableLimits = Enumerable.Range(2, 11).ToDictionary(t => t, t => t == 7 ? (4, 4) : (0, 1)),
            MaxPerSecondFactor = 2,
        };

        for (var seed = 0; seed < 500; seed++)
        {
            var form = MtcForms.Generate(seed, rules);

            Assert.Empty(MtcForms.Problems(form.Questions, rules));
            Assert.Equal(4, form.Questions.Count(q => q.A == 7));
        }
    }

    [Fact]
    public void Generate_RulesThatCannotBeMet_SaySo()
    {
        var rules = new MtcFormRules { TableLimits = Enumerable.Range(2, 11).ToDictionary(t => t, _ => (0, 1)) };

        var problem = Assert.Throws<ArgumentException>(() => MtcForms.Generate(1, rules));

        Assert.Contains("cannot be made", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_NegativeSeed_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MtcForms.Generate(-1));

    [Fact]
    public void FormFor_UnusedSeed_IsThatSeedsForm() =>
        Assert.Equal(MtcForms.Generate(40).Questions, MtcForms.FormFor(40, [3, 7]).Questions);

    [Fact]
    public void FormFor_UsedSeeds_GivesAFormNotUsedBefore()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            int[] used = [seed, seed + 1, seed + 5];

            var form = MtcForms.FormFor(seed, used);

            Assert.DoesNotContain(form.Seed, used);
            Assert.All(used, u => Assert.False(form.SameItemsAs(MtcForms.Generate(u))));
            Assert.Equal(form.Seed, MtcForms.FormFor(seed, used).Seed);
        }
    }

    [Fact]
    public void FormFor_LastSeed_WrapsRoundToZero() =>
        Assert.Equal(0, MtcForms.FormFor(int.MaxValue, [int.MaxValue]).Seed);

    [Fact]
    public void Problems_BrokenForm_NamesEachProblem()
    {
        var items = MtcForms.Generate(9).Questions.ToList();
        var first = items[0];
        items[1] = new MtcItem(first.B, first.A);
        items[2] = new MtcItem(1, 12);
        items.RemoveAt(3);

        var problems = MtcForms.Problems(items);

        Assert.Contains(problems, p => p.Contains("has 24 items", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("asked 2 times", StringComparison.Ordinal) || first.A == first.B);
        Assert.Contains(problems, p => p.Contains("1 × 12", StringComparison.Ordinal));
    }
}
