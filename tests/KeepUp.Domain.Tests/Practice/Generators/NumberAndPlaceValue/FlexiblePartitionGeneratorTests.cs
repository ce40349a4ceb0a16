using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed partial class FlexiblePartitionGeneratorTests
{
    private static readonly Dictionary<string, decimal> Places = new(StringComparer.Ordinal)
    {
        ["ones"] = 1, ["tens"] = 10, ["hundreds"] = 100, ["thousands"] = 1000, ["hundred thousands"] = 100_000, ["millions"] = 1_000_000,
    };

    [Fact]
    public void Generate_ManySeeds_TheWholeStaysTheSameHoweverItIsSplit()
    {
        foreach (var (step, q) in Questions<FlexiblePartitionGenerator>())
        {
            if (q.Format == QuestionFormat.MissingNumber)
            {
                var sides = q.Prompt.Split(" = ");
                Assert.Equal(Num(sides[0]) - Numbers(sides[1]).Sum(), Value(q.Answer));
            }
            else if (q.Format == QuestionFormat.NumberEntry)
            {
                // "7,302 is made of 5 thousands, some hundreds and 2. How many hundreds?"
                var m = Made().Match(q.Prompt);
                Assert.True(m.Success, q.Prompt);
                var whole = Num(m.Groups["whole"].Value);
                var rest = m.Groups["rest"].Success ? Num(m.Groups["rest"].Value) : 0;
                var asked = Places[m.Groups["next"].Value];
                Assert.Equal((whole - (Num(m.Groups["k"].Value) * Places[m.Groups["top"].Value]) - rest) / asked, Value(q.Answer));
            }
        }
    }

    [Fact]
    public void Generate_ManySeeds_TheFirstPartIsNotTheUsualPartition()
    {
        foreach (var (step, q) in Questions<FlexiblePartitionGenerator>().Where(x => x.Question.Format == QuestionFormat.MissingNumber))
        {
            var sides = q.Prompt.Split(" = ");
            var whole = Num(sides[0]);
            var parts = Numbers(sides[1]).Append(Value(q.Answer)).ToList();
            var top = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)whole)));
            // No part is the whole's own top-place value: one or two of that unit have been exchanged.
            Assert.DoesNotContain(Math.Floor(whole / top) * top, parts);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<whole>[\d,]+) is made of (?<k>\d+) (?<top>[a-z ]+?)(,| and) some (?<next>[a-z ]+?)( and (?<rest>[\d,]+))?\. How many")]
    private static partial System.Text.RegularExpressions.Regex Made();
}
