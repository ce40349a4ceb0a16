using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.Measurement;

namespace KeepUp.Domain.Tests.Practice.Generators.Measurement;

/// <summary>
/// The length families over at least 1,000 seeds each: ruler readings are checked against the
/// picture, conversions, comparisons and calculations against the independent
/// <see cref="MeasureOracle"/> (which converts both sides itself), and each family stays within its
/// year's numbers and units.
/// </summary>
public sealed partial class LengthGeneratorTests
{
    private static readonly HashSet<string> LongThings = ["car", "bus", "classroom", "swimming pool", "bed", "football pitch"];

    private static int Int(Group g) => int.Parse(g.Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static Fraction Value(ExpectedAnswer answer) => ((NumberAnswer)answer).Value;

    [Fact]
    public void MeasureLength_ThousandSeeds_ReadingsMatchThePicture()
    {
        var questions = FamilyRun.Questions<MeasureLengthGenerator>();
        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));
        foreach (var (step, q) in questions)
        {
            var where = $"{q.StepId} seed {q.Seed} question {q.Index} '{q.Prompt}'";
            switch (q.Picture)
            {
                case BaseTenBlocksPicture cubes:
                    Assert.Equal(Fraction.Whole(cubes.Ones), Value(q.Answer));
                    checkedCount++;
                    break;
                case NumberLinePicture { Jumps.Count: 1 } ruler when q.Format == QuestionFormat.MatchPicture:
                    var length = ruler.Jumps[0].To - ruler.Jumps[0].From;
                    var scale = q.Prompt.EndsWith(" mm", StringComparison.Ordinal) ? Fraction.Whole(10) : Fraction.Whole(1);
                    Assert.True(length * scale == Value(q.Answer), $"{where}: the object is {length} long, the answer {q.Answer.Canonical}.");
                    Assert.True(q.Index > 3 || ruler.Jumps[0].From == Fraction.Zero, $"{where}: the first questions should line the object up with 0.");
                    checkedCount++;
                    break;
                case NumberLinePicture { Jumps.Count: 0, Marks.Count: 1 } zoom:
                    Assert.Equal(zoom.Marks[0].Value * Fraction.Whole(10), Value(q.Answer));
                    Assert.Equal(Fraction.Of(1, 10), zoom.Interval);
                    checkedCount++;
                    break;
                case NumberLinePicture { Jumps.Count: 1 } claimed when Claim().Match(q.Prompt) is { Success: true } claim:
                    var right = Int(claim.Groups[1]) == claimed.Jumps[0].To - claimed.Jumps[0].From && claim.Groups[2].Value == (step.Id.Value.EndsWith("in-metres", StringComparison.Ordinal) ? "m" : "cm");
                    Assert.Equal(right ? "True" : "False", q.Answer.Canonical);
                    checkedCount++;
                    break;
            }

            if (NotLinedUp().Match(q.Prompt) is { Success: true } m)
            {
                var lined = Int(m.Groups[2]);
                var moved = Int(m.Groups[5]) - Int(m.Groups[4]);
                Assert.Equal(lined > moved ? $"The {m.Groups[1].Value}" : lined < moved ? $"The {m.Groups[3].Value}" : "They are the same length", q.Answer.Canonical);
                checkedCount++;
            }

            if (q.Picture is NumberLinePicture line && step.Id.Value.StartsWith("y1", StringComparison.Ordinal))
            {
                Assert.True(line.End <= Fraction.Whole(20), $"{where}: Year 1 measures within 20.");
            }
        }

        Assert.True(checkedCount > questions.Count * 2 / 3, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Fact]
    public void LengthCompare_ThousandSeeds_SignsOrdersAndChoicesAreRight()
    {
        var questions = FamilyRun.Questions<LengthCompareGenerator>();
        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));
        foreach (var (_, q) in questions)
        {
            var where = $"{q.StepId} seed {q.Seed} question {q.Index} '{q.Prompt}'";
            if (q.Answer is OrderAnswer order)
            {
                var shown = q.Prompt[(q.Prompt.IndexOf(':', StringComparison.Ordinal) + 2)..].Split(", ").Select(t => MeasureOracle.Quantity(t)!.Constant / Fraction.Whole(10)).ToList();
                var expected = q.Prompt.Contains("shortest first", StringComparison.Ordinal) ? shown.Order() : shown.OrderDescending();
                Assert.Equal(expected, order.InOrder);
                checkedCount++;
            }
            else if (q.Picture is BarModelPicture rods && RodQuestion().Match(q.Prompt) is { Success: true } rod)
            {
                var (a, b) = (rods.Bars[0].Sections.Count, rods.Bars[1].Sections.Count);
                var longer = a > b ? rods.Bars[0].Name : rods.Bars[1].Name;
                var shorter = a > b ? rods.Bars[1].Name : rods.Bars[0].Name;
                Assert.Equal($"The {(rod.Groups[1].Value == "longer" ? longer : shorter)}", q.Answer.Canonical);
                checkedCount++;
            }
            else if (q.Answer is ChoiceAnswer choice && q.Prompt.StartsWith("Which is the longest?", StringComparison.Ordinal))
            {
                Assert.Equal(choice.Options.MaxBy(o => MeasureOracle.Quantity(o)!.Constant), choice.Right);
                checkedCount++;
            }
            else if (q.Answer is ChoiceAnswer named && NamedLengths().Matches(q.Prompt) is { Count: >= 2 } lengths && q.Format == QuestionFormat.MultipleChoice)
            {
                var all = lengths.Select(m => (Name: $"The {m.Groups[1].Value}", Length: Int(m.Groups[2]))).ToList();
                var right = q.Prompt.EndsWith("Which is the shortest?", StringComparison.Ordinal) ? all.MinBy(x => x.Length).Name
                    : all[0].Length == all[1].Length ? "They are the same length" : all.MaxBy(x => x.Length).Name;
                Assert.True(right == named.Right, $"{where}: expected {right}.");
                checkedCount++;
            }
            else if (q.Picture is NumberLinePicture notLinedUp)
            {
                var longest = notLinedUp.Jumps.MaxBy(j => j.To - j.From)!;
                Assert.Equal($"The {longest.Label}", q.Answer.Canonical);
                checkedCount++;
            }
            else if (SameAs().Match(q.Prompt) is { Success: true } same)
            {
                Assert.Equal(MeasureOracle.Quantity(same.Groups[1].Value)!.Constant == MeasureOracle.Quantity(same.Groups[2].Value)!.Constant ? "True" : "False", q.Answer.Canonical);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > questions.Count * 3 / 4, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Fact]
    public void ChooseLengthUnit_ThousandSeeds_UnitsSuitTheObjectAndSignsAreRight()
    {
        var questions = FamilyRun.Questions<ChooseLengthUnitGenerator>();
        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));
        foreach (var (_, q) in questions)
        {
            if (Thing().Match(q.Prompt) is { Success: true } thing)
            {
                var isLong = LongThings.Contains(thing.Groups[1].Value);
                Assert.True(isLong ? q.Answer.Canonical is "metres" or "About 2 m" || q.Answer.Canonical.EndsWith(" m", StringComparison.Ordinal) : q.Answer.Canonical is "centimetres" || q.Answer.Canonical.EndsWith(" cm", StringComparison.Ordinal),
                    $"{q.StepId} {q.Seed}: '{q.Prompt}' answered {q.Answer.Canonical}.");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > questions.Count / 2, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Fact]
    public void ConvertLength_ThousandSeeds_ConversionsMatchTheOracle()
    {
        var questions = FamilyRun.Questions<ConvertLengthGenerator>();
        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));
        foreach (var (_, q) in questions)
        {
            if (WhichSame().Match(q.Prompt) is { Success: true } which)
            {
                Assert.Equal(MeasureOracle.Quantity(which.Groups[1].Value)!.Constant, MeasureOracle.Quantity(q.Answer.Canonical)!.Constant);
                checkedCount++;
            }
            else if (Says().Match(q.Prompt) is { Success: true } says)
            {
                Assert.Equal(MeasureOracle.Quantity(says.Groups[1].Value)!.Constant == MeasureOracle.Quantity(says.Groups[2].Value)!.Constant ? "True" : "False", q.Answer.Canonical);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > questions.Count * 9 / 10, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Fact]
    public void ConvertLength_Equivalent_AlwaysMeetsAZeroPlaceHolder()
    {
        foreach (var set in FamilyRun.Step("y3-m-equivalent-lengths").GroupBy(q => q.Seed))
        {
            Assert.Contains(set, q => q.Answer is NumberAnswer n && n.Value.Numerator % 100 is > 0 and < 10 && n.Value.Numerator > 100);
        }
    }

    [Fact]
    public void LengthCalculation_ThousandSeeds_AnswersMatchTheOracle()
    {
        var questions = FamilyRun.Questions<LengthCalculationGenerator>();
        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));
        foreach (var (_, q) in questions)
        {
            if (HowMuchLonger().Match(q.Prompt) is { Success: true } longer)
            {
                Assert.Equal(Fraction.Whole(Int(longer.Groups[1]) - Int(longer.Groups[2])), Value(q.Answer));
                checkedCount++;
            }
            else if (Path().Match(q.Prompt) is { Success: true } path)
            {
                Assert.Equal(Fraction.Whole(1000 * Int(path.Groups[1]) - Int(path.Groups[2])), Value(q.Answer));
                checkedCount++;
            }
            else if (q.Answer is ChoiceAnswer choice && Mistake().Match(q.Prompt) is { Success: true } mistake)
            {
                Assert.Equal(MeasureOracle.Side(mistake.Groups[1].Value)!.Constant, MeasureOracle.Quantity(choice.Right)!.Constant);
                checkedCount++;
            }
            else if (Doors().Match(q.Prompt) is { Success: true } doors)
            {
                Assert.Equal($"About {2 * Int(doors.Groups[1])} m", q.Answer.Canonical);
                checkedCount++;
            }
            else if (Says().Match(q.Prompt) is { Success: true } says)
            {
                Assert.Equal(MeasureOracle.Side(says.Groups[1].Value)!.Constant == MeasureOracle.Quantity(says.Groups[2].Value)!.Constant ? "True" : "False", q.Answer.Canonical);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > questions.Count * 9 / 10, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Fact]
    public void LengthCalculation_YearThree_SecondQuestionCrossesAMetre()
    {
        foreach (var set in FamilyRun.Step("y3-m-add-subtract-lengths").GroupBy(q => q.Seed))
        {
            Assert.True(Value(set.ElementAt(0).Answer).Numerator < 100);
            Assert.True(Value(set.ElementAt(1).Answer).Numerator >= 100);
        }
    }

    [Fact]
    public void Imperial_ThousandSeeds_ScaledEquivalentsMatchTheOracle()
    {
        var questions = FamilyRun.Questions<ImperialGenerator>();

        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));

        Assert.True(checkedCount >= questions.Count * 5 / 7, $"Only {checkedCount} of {questions.Count} questions were checked.");
        Assert.All(questions.Where(x => x.Question.Format == QuestionFormat.TrueOrFalse), x => Assert.Equal("False", x.Question.Answer.Canonical));
    }

    [GeneratedRegex(@"says the .+ is (\d+) (cm|m) long\. True or false\?")]
    private static partial Regex Claim();

    [GeneratedRegex(@"The (.+?) goes from 0 to (\d+) cm on a ruler\. The (.+?) goes from (\d+) cm to (\d+) cm\.")]
    private static partial Regex NotLinedUp();

    [GeneratedRegex(@"Which rod is (longer|shorter)\?$")]
    private static partial Regex RodQuestion();

    [GeneratedRegex(@"[Tt]he (\w[\w ]*?) is (\d+) cm long")]
    private static partial Regex NamedLengths();

    [GeneratedRegex(@"says (.+) is the same as (.+)\. True or false\?")]
    private static partial Regex SameAs();

    [GeneratedRegex(@"(?:length of|long is) a (.+?)(?: in centimetres or metres)?\?$")]
    private static partial Regex Thing();

    [GeneratedRegex(@"^Which is the same as (.+)\?$")]
    private static partial Regex WhichSame();

    [GeneratedRegex(@"says (.+?) (?:is|=) ([\d,.]+ \w+)\. True or false\?")]
    private static partial Regex Says();

    [GeneratedRegex(@"is ([\d,]+) cm long and a .+ is (\d+) cm long\. How much longer")]
    private static partial Regex HowMuchLonger();

    [GeneratedRegex(@"A path is (\d+) km long\. .+ has walked (\d+) m of it")]
    private static partial Regex Path();

    [GeneratedRegex(@"says (.+?) = .+\. What should the answer be\?$")]
    private static partial Regex Mistake();

    [GeneratedRegex(@"as tall as (\d+) doors")]
    private static partial Regex Doors();
}
