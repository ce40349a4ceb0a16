using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.Measurement;

namespace KeepUp.Domain.Tests.Practice.Generators.Measurement;

/// <summary>
/// The money families over at least 1,000 seeds each: every answer is recomputed by the
/// independent <see cref="MeasureOracle"/> (or from the coins in the picture), and each family
/// keeps the promise it makes to teachers (real coins, exchanges where promised, amounts in range).
/// </summary>
public sealed partial class MoneyGeneratorTests
{
    private static readonly HashSet<int> RealPieces = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

    // Coin diameters in tenths of a millimetre, from the Royal Mint.
    private static readonly Dictionary<int, int> Diameter = new() { [1] = 203, [2] = 259, [5] = 180, [10] = 245, [20] = 214, [50] = 273, [100] = 234, [200] = 284 };

    [Fact]
    public void CoinValue_ThousandSeeds_AnswersMatchTheCoinsAndTheOracle()
    {
        var questions = FamilyRun.Questions<CoinValueGenerator>();

        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));

        Assert.True(checkedCount > questions.Count / 3, $"Only {checkedCount} of {questions.Count} questions were checked.");
        foreach (var (step, q) in questions)
        {
            if (q.Picture is MoneyPicture money)
            {
                Assert.All(money.Pieces, p => Assert.Contains(p, RealPieces));
                Assert.InRange(money.Pieces.Count, 1, 30);
            }

            if (q.Prompt.StartsWith("Which coin is worth more?", StringComparison.Ordinal))
            {
                // The pair shows size against value: the bigger coin is the one worth less.
                var pair = ((MoneyPicture)q.Picture!).Pieces;
                Assert.True(Diameter[pair[0]] > Diameter[pair[1]] && pair[0] < pair[1], $"{q.StepId} {q.Seed}: {pair[0]}p and {pair[1]}p are not a size trap.");
                Assert.Equal(Measures.Piece(pair[1]), q.Answer.Canonical);
            }

            if (step.Id.Value == "y2-m-count-money-in-pence" && q.Picture is MoneyPicture pence)
            {
                Assert.True(pence.Pieces.Sum() < 100, $"{q.StepId} {q.Seed}: Year 2 pence should stay under £1.");
            }

            if (q.Prompt.Contains(" coins make ", StringComparison.Ordinal) || q.Prompt.Contains(" notes make ", StringComparison.Ordinal))
            {
                var m = CoinsMake().Match(q.Prompt);
                var piece = MeasureOracle.Quantity(m.Groups[1].Value)!.Constant;
                var total = MeasureOracle.Quantity(m.Groups[2].Value)!.Constant;
                Assert.Equal(total / piece, ((NumberAnswer)q.Answer).Value);
            }
        }
    }

    [Fact]
    public void CoinValue_CountInCoins_EveryPictureHasOneKindOfCoin()
    {
        foreach (var q in FamilyRun.Step("y1-m-count-in-coins").Where(q => q.Picture is MoneyPicture))
        {
            Assert.Single(((MoneyPicture)q.Picture!).Pieces.Distinct());
        }
    }

    [Fact]
    public void PoundsAndPence_ThousandSeeds_AnswersMatchTheOracle()
    {
        var questions = FamilyRun.Questions<PoundsAndPenceGenerator>();

        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));

        Assert.True(checkedCount > questions.Count / 2, $"Only {checkedCount} of {questions.Count} questions were checked.");
        foreach (var (_, q) in questions.Where(x => x.Question.Answer is ChoiceAnswer && x.Question.Format == QuestionFormat.MultipleChoice))
        {
            Assert.Equal(((MoneyPicture)q.Picture!).Pieces.Sum(), MeasureOracle.Quantity(q.Answer.Canonical)!.Constant.Numerator);
        }

        foreach (var (_, q) in questions.Where(x => x.Question.Prompt.Contains("is the same as", StringComparison.Ordinal)))
        {
            var m = SameAs().Match(q.Prompt);
            var same = MeasureOracle.Quantity(m.Groups[1].Value)!.Constant == MeasureOracle.Quantity(m.Groups[2].Value)!.Constant;
            Assert.Equal(same ? "True" : "False", q.Answer.Canonical);
        }
    }

    [Theory]
    [InlineData("y3-m-pounds-and-pence")]
    [InlineData("y4-m-pounds-and-pence")]
    public void PoundsAndPence_EverySet_MeetsAnAmountWithFewerThanTenPence(string stepId)
    {
        foreach (var set in FamilyRun.Step(stepId).GroupBy(q => q.Seed))
        {
            Assert.Contains(set, q => q.Answer is MoneyAnswer { Pence: var p } && p % 100 is > 0 and < 10);
        }
    }

    [Fact]
    public void MoneyCompare_ThousandSeeds_SignsOrdersAndEstimatesMatchTheOracle()
    {
        var questions = FamilyRun.Questions<MoneyCompareGenerator>();

        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));

        foreach (var (_, q) in questions)
        {
            if (q.Picture is MoneyPicture coins && OneCoin().Match(q.Prompt) is { Success: true } one)
            {
                var sign = Math.Sign(coins.Pieces.Sum() - MeasureOracle.Quantity(one.Groups[1].Value)!.Constant.Numerator);
                Assert.Equal(sign < 0 ? "<" : sign > 0 ? ">" : "=", q.Answer.Canonical);
                checkedCount++;
            }

            if (q.Answer is OrderAnswer order)
            {
                var shown = q.Prompt[(q.Prompt.IndexOf(':', StringComparison.Ordinal) + 2)..].Split(", ").Select(t => MeasureOracle.Quantity(t)!.Constant).Order();
                Assert.Equal(shown.Select(v => v / Fraction.Whole(100)), order.InOrder);
                checkedCount++;
            }

            if (q.Prompt.Contains(" ≈ £" + PupilNumber.Box, StringComparison.Ordinal))
            {
                var prices = Prices().Matches(q.Prompt).Select(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
                var estimate = prices.Sum(p => Math.Round(p, MidpointRounding.AwayFromZero));
                Assert.Equal((long)(estimate * 100), ((MoneyAnswer)q.Answer).Pence);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > questions.Count / 2, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Fact]
    public void MoneyCalculation_ThousandSeeds_AnswersMatchTheOracle()
    {
        var questions = FamilyRun.Questions<MoneyCalculationGenerator>();

        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));

        foreach (var (_, q) in questions)
        {
            if (q.Answer is ChoiceAnswer choice && WorkedSentence().Match(q.Prompt) is { Success: true } m)
            {
                Assert.Equal(MeasureOracle.Side(m.Groups[1].Value)!.Constant, MeasureOracle.Quantity(choice.Right)!.Constant);
                checkedCount++;
            }

            if (Change().Match(q.Prompt) is { Success: true } change)
            {
                var paid = 100 * int.Parse(change.Groups[3].Value, CultureInfo.InvariantCulture);
                var cost = MeasureOracle.Quantity(change.Groups[1].Value)!.Constant + MeasureOracle.Quantity(change.Groups[2].Value)!.Constant;
                Assert.Equal(Fraction.Whole(paid) - cost, Fraction.Whole(((MoneyAnswer)q.Answer).Pence));
                checkedCount++;
            }
        }

        Assert.True(checkedCount > questions.Count * 3 / 4, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [Theory]
    [InlineData("y3-m-add-money", 0, false)]
    [InlineData("y3-m-add-money", 1, true)]
    [InlineData("y3-m-subtract-money", 0, false)]
    [InlineData("y3-m-subtract-money", 1, true)]
    [InlineData("y4-m-calculate-with-money", 0, false)]
    [InlineData("y4-m-calculate-with-money", 1, true)]
    public void MoneyCalculation_FirstTwoQuestions_ExchangeOnlyInTheSecond(string stepId, int index, bool exchange)
    {
        foreach (var set in FamilyRun.Step(stepId).GroupBy(q => q.Seed))
        {
            var terms = MeasureOracle.LastSentence(set.ElementAt(index).Prompt).Split(" = ")[0].Split([" + ", " − "], StringSplitOptions.None);
            var pence = terms.Select(t => (int)(MeasureOracle.Quantity(t)!.Constant.Numerator % 100)).ToArray();
            var crosses = stepId.Contains("subtract", StringComparison.Ordinal) ? pence[1] > pence[0] : pence[0] + pence[1] >= 100;
            Assert.True(crosses == exchange, $"{stepId} seed {set.Key}: '{set.ElementAt(index).Prompt}' {(exchange ? "needs" : "should not need")} an exchange.");
        }
    }

    [Fact]
    public void MoneyProblem_ThousandSeeds_StoriesMatchTheOracle()
    {
        var questions = FamilyRun.Questions<MoneyProblemGenerator>();

        var checkedCount = FamilyRun.CheckSentences(questions.Select(x => x.Question));

        foreach (var (step, q) in questions)
        {
            if (Tickets().Match(q.Prompt) is { Success: true } t)
            {
                var cost = MeasureOracle.Quantity(t.Groups[1].Value)!.Constant * Fraction.Whole(int.Parse(t.Groups[2].Value, CultureInfo.InvariantCulture));
                Assert.Equal(Fraction.Whole(2000) - cost, Fraction.Whole(((MoneyAnswer)q.Answer).Pence));
                checkedCount++;
            }

            if (Enough().Match(q.Prompt) is { Success: true } e)
            {
                var cost = MeasureOracle.Quantity(e.Groups[2].Value)!.Constant * Fraction.Whole(int.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture));
                Assert.Equal(cost <= Fraction.Whole(1000) ? "True" : "False", q.Answer.Canonical);
                checkedCount++;
            }

            if (q.Answer is MoneyAnswer && PenceStory().Match(q.Prompt) is { Success: true } s && (s.Groups["paid"].Success || s.Groups["coin"].Success))
            {
                var paid = s.Groups["paid"].Success ? int.Parse(s.Groups["paid"].Value, CultureInfo.InvariantCulture) : 100;
                var (a, b) = (int.Parse(s.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(s.Groups["b"].Value, CultureInfo.InvariantCulture));
                Assert.Equal(paid - a - b, ((MoneyAnswer)q.Answer).Pence);
                checkedCount++;
            }

            if (step.Id.Value == "y2-m-money-problems" && q.Answer is MoneyAnswer y2)
            {
                Assert.InRange(y2.Pence, 1, 100);
            }
        }

        Assert.True(checkedCount > questions.Count * 2 / 3, $"Only {checkedCount} of {questions.Count} questions were checked.");
    }

    [GeneratedRegex(@"□ (.+?) (?:coins|notes) make (.+)\.$")]
    private static partial Regex CoinsMake();

    [GeneratedRegex(@"says (.+) is the same as (.+)\. True or false\?")]
    private static partial Regex SameAs();

    [GeneratedRegex(@"has one (.+?) coin\.")]
    private static partial Regex OneCoin();

    [GeneratedRegex(@"£(\d+\.\d\d)")]
    private static partial Regex Prices();

    [GeneratedRegex(@"^(?:\S+ says )?(.+?) = (?:.+\. What should the answer be\?|\?)$")]
    private static partial Regex WorkedSentence();

    [GeneratedRegex(@"for (£\d+\.\d\d) and .+ for (£\d+\.\d\d), and pays with a £(\d+) note")]
    private static partial Regex Change();

    [GeneratedRegex(@"Tickets cost (£\d+\.\d\d) each\. .+ buys (\d+) tickets")]
    private static partial Regex Tickets();

    [GeneratedRegex(@"enough to buy (\d+) tickets at (£\d+\.\d\d) each")]
    private static partial Regex Enough();

    [GeneratedRegex(@"(?:has (?<paid>\d+)p and )?buys .+? for (?<a>\d+)p and .+? for (?<b>\d+)p(?<coin>, and pays with a £1 coin)?")]
    private static partial Regex PenceStory();
}
