using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class NumberLineAndScaleTests
{
    [Fact]
    public void NumberLine_ManySeeds_ArrowsIntervalsAndNeighboursAreRight()
    {
        foreach (var (step, q) in Questions<NumberLineGenerator>())
        {
            var line = Assert.IsType<NumberLinePicture>(q.Picture);
            var (start, end) = (line.Start.ToDecimal(), line.End.ToDecimal());
            switch (q.Format)
            {
                case QuestionFormat.MatchPicture:
                    var arrow = Arrow(line)!.Value;
                    Assert.Equal(arrow, Value(q.Answer));
                    // Read questions point at a marked interval: a whole number of intervals along.
                    Assert.Equal(0, (arrow - start) % ((end - start) / 10));
                    break;
                case QuestionFormat.NumberEntry:
                    var ends = Numbers(q.Prompt);
                    Assert.Equal((ends[1] - ends[0]) / 10, Value(q.Answer));
                    break;
                case QuestionFormat.MultipleChoice when q.Answer is ChoiceAnswer between:
                    var x = Numbers(q.Prompt)[0];
                    var pair = Numbers(between.Right);
                    Assert.True(pair[0] < x && x < pair[1], $"{x} is not between {between.Right}.");
                    Assert.Equal(end - start, pair[1] - pair[0]);
                    break;
                case QuestionFormat.MultipleChoice:
                    // The estimate: the arrow lies between marks, and every wrong choice is at least a tenth of the line away.
                    var value = Arrow(line)!.Value;
                    Assert.Equal(value, Value(q.Answer));
                    Assert.All(q.Choices.Where(c => !c.Correct), c => Assert.True(Math.Abs(Num(c.Text) - value) >= (end - start) / 10, c.Text));
                    break;
                default:
                    Assert.Fail($"Unexpected format {q.Format}.");
                    break;
            }
        }
    }

    [Fact]
    public void ScaleReading_ManySeeds_PartsAndReadingsAreRight()
    {
        foreach (var (step, q) in Questions<ScaleReadingGenerator>())
        {
            switch (q.Format)
            {
                case QuestionFormat.MatchPicture:
                    var line = Assert.IsType<NumberLinePicture>(q.Picture);
                    var ends = Numbers(q.Prompt);
                    var parts = (ends[1] - ends[0]) / line.Interval.ToDecimal();
                    Assert.Contains(parts, new[] { 2m, 4m, 5m, 10m });
                    Assert.Equal(Arrow(line), Value(q.Answer));
                    Assert.Equal(0, (Value(q.Answer) - ends[0]) % line.Interval.ToDecimal());
                    break;
                case QuestionFormat.SpotTheMistake:
                    Assert.Equal(Numbers(q.Prompt)[0] / 4, Value(q.Answer));
                    break;
                default:
                    // "100 ÷ 4 = □" is checked by the catalogue-wide oracle; here the split is into 2, 4, 5 or 10.
                    Assert.Equal(QuestionFormat.MissingNumber, q.Format);
                    Assert.Contains(Numbers(q.Prompt)[1], new[] { 2m, 4m, 5m, 10m });
                    break;
            }
        }
    }
}
