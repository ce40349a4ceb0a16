using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class ReadWriteNumbersGeneratorTests
{
    private static readonly Dictionary<string, long> Words = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>An independent reader of number words: "three million, forty thousand and six".</summary>
    private static long ReadWords(string text)
    {
        long total = 0;
        long group = 0;
        foreach (var word in text.Replace(",", " ", StringComparison.Ordinal).Replace("-", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (word)
            {
                case "and":
                    break;
                case "hundred":
                    group *= 100;
                    break;
                case "thousand":
                    total += group * 1000;
                    group = 0;
                    break;
                case "million":
                    total += group * 1_000_000;
                    group = 0;
                    break;
                default:
                    group += Words[word];
                    break;
            }
        }

        return total + group;
    }

    [Fact]
    public void ReadWords_BritishNumberWords_ReadsThem()
    {
        Assert.Equal(4_020_006, ReadWords("four million, twenty thousand and six"));
        Assert.Equal(305_012, ReadWords("three hundred and five thousand and twelve"));
    }

    [Fact]
    public void Generate_ManySeeds_WordsAndDigitsNameTheSameNumber()
    {
        foreach (var (step, q) in Questions<ReadWriteNumbersGenerator>())
        {
            switch (q.Format)
            {
                case QuestionFormat.NumberEntry:
                    Assert.Equal(ReadWords(q.Prompt["Write ".Length..q.Prompt.IndexOf(" in digits", StringComparison.Ordinal)]), Value(q.Answer));
                    break;
                case QuestionFormat.SpotTheMistake:
                    Assert.Equal(ReadWords(q.Prompt[(q.Prompt.IndexOf(" wrote ", StringComparison.Ordinal) + 7)..q.Prompt.IndexOf(" as ", StringComparison.Ordinal)]), Value(q.Answer));
                    break;
                case QuestionFormat.MatchPicture:
                    Assert.Equal(PictureValue(q.Picture), Value(q.Answer));
                    break;
                case QuestionFormat.MultipleChoice:
                    var right = ((ChoiceAnswer)q.Answer).Right;
                    var number = q.Picture is null ? Numbers(q.Prompt)[0] : PictureValue(q.Picture)!.Value;
                    Assert.Equal(number, ReadWords(right));
                    Assert.All(q.Choices.Where(c => !c.Correct), c => Assert.NotEqual(number, ReadWords(c.Text)));
                    break;
                default:
                    Assert.Fail($"Unexpected format {q.Format}.");
                    break;
            }
        }
    }

    [Fact]
    public void Generate_ManySeeds_NumbersStayInTheStepsRange()
    {
        var ranges = new Dictionary<string, (long Low, long High)>
        {
            ["y1-npv-numerals-and-words-to-10"] = (0, 10),
            ["y1-npv-numerals-and-words-to-20"] = (0, 20),
            ["y1-npv-read-and-write-numbers-to-50"] = (0, 50),
            ["y2-npv-read-and-write-numbers"] = (0, 100),
            ["y3-npv-read-write-numbers-to-1000"] = (100, 1000),
            ["y5-npv-numbers-to-100000"] = (10_000, 100_000),
            ["y5-npv-numbers-to-a-million"] = (100_000, 1_000_000),
            ["y6-npv-numbers-to-ten-million"] = (1_000_000, 10_000_000),
        };
        foreach (var (step, q) in Questions<ReadWriteNumbersGenerator>())
        {
            var (low, high) = ranges[step.Id.Value];
            Assert.InRange(Value(q.Answer is ChoiceAnswer ? NumberAnswer.Whole(ReadWords(((ChoiceAnswer)q.Answer).Right)) : q.Answer), low, high);
        }
    }
}
