using KeepUp.Domain.Fluency;

namespace KeepUp.Domain.Tests.Fluency;

public sealed class MtcMarkingTests
{
    private static readonly MtcForm Form = MtcForms.Generate(77);

    [Theory]
    [InlineData("42", true)]
    [InlineData("042", true)]
    [InlineData("00042", true)]
    [InlineData("000042", false)]
    [InlineData("43", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData(" 42", false)]
    [InlineData("4 2", false)]
    [InlineData("-42", false)]
    [InlineData("４２", false)]
    [InlineData("42.0", false)]
    public void IsRight_AnswerForSixTimesSeven_IsRightOnlyForDigitsWorth42(string? typed, bool right) =>
        Assert.Equal(right, MtcAnswer.IsRight(typed, 42));

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("12345", true)]
    [InlineData("123456", false)]
    [InlineData("12a", false)]
    public void IsWellFormed_Typed_AllowsUpToFiveDigits(string? typed, bool wellFormed) =>
        Assert.Equal(wellFormed, MtcAnswer.IsWellFormed(typed));

    [Fact]
    public void Mark_AllRight_Scores25()
    {
        var result = MtcMarking.Mark(Form, Form.Questions.Select(q => (string?)q.Product.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());

        Assert.Equal((25, 25), (result.Score, result.OutOf));
        Assert.Empty(result.FamiliesToWorkOn);
    }

    [Fact]
    public void Mark_BlanksAndWrongs_AreWrongAndNameTheirFamilies()
    {
        var answers = Form.Questions.Select((q, i) => i switch
        {
            0 => null,
            1 => string.Empty,
            2 => (q.Product + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "0" + q.Product.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();

        var result = MtcMarking.Mark(Form, answers);

        Assert.Equal(22, result.Score);
        Assert.Equal([false, false, false], result.Items.Take(3).Select(i => i.Correct));
        Assert.Equal(string.Empty, result.Items[0].Answer);
        Assert.Equal(Enumerable.Range(1, 25), result.Items.Select(i => i.Position));
        var missed = Form.Questions.Take(3).Select(q => FactCatalogue.Get(q.FactId).Family).ToHashSet();
        Assert.Equal(missed.Order(), result.FamiliesToWorkOn.Order());
    }

    [Fact]
    public void Mark_FamiliesToWorkOn_MostMissedFirst()
    {
        var form = new MtcForm(0, [new(7, 8), new(8, 6), new(9, 6), new(12, 3)]);

        var result = MtcMarking.Mark(form, ["1", "1", "1", "36"]);

        Assert.Equal([StrategyFamily.TimesEight, StrategyFamily.TimesNine], result.FamiliesToWorkOn);
    }

    [Fact]
    public void Mark_WrongNumberOfAnswers_Throws() =>
        Assert.Throws<ArgumentException>(() => MtcMarking.Mark(Form, ["1", "2"]));
}
