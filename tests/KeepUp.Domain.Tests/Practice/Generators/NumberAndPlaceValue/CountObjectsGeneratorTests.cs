using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class CountObjectsGeneratorTests
{
    [Fact]
    public void Generate_ManySeeds_AnswersMatchWhatThePictureShows()
    {
        foreach (var (step, q) in Questions<CountObjectsGenerator>())
        {
            var shown = PictureValue(q.Picture);
            switch (q.Format)
            {
                case QuestionFormat.MatchPicture:
                    Assert.Equal(shown, Value(q.Answer));
                    break;
                case QuestionFormat.MissingNumber:
                    var whole = Numbers(q.Prompt);
                    Assert.Equal(shown, whole[^1]);
                    Assert.Equal(whole[^1] - whole[0], Value(q.Answer));
                    break;
                case QuestionFormat.NumberEntry:
                    Assert.Equal(Numbers(q.Prompt)[0] - shown, Value(q.Answer));
                    break;
                default:
                    Assert.Equal(QuestionFormat.AlwaysSometimesNever, q.Format);
                    break;
            }
        }
    }

    [Fact]
    public void Generate_ManySeeds_YearOneCountsStayWithinTwentyAndFullGroupsComeFirst()
    {
        foreach (var (step, q) in Questions<CountObjectsGenerator>().Where(x => x.Step.Year == 1))
        {
            Assert.InRange(PictureValue(q.Picture) ?? 0, 0, 20);
            if (q.Format == QuestionFormat.MissingNumber)
            {
                // The known part is a full group (5 or 10) and the box is what comes after it.
                Assert.Contains(Numbers(q.Prompt)[0], new[] { 5m, 10m });
            }
        }
    }
}
