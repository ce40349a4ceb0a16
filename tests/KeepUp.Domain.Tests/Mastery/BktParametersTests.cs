using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Mastery;

public sealed class BktParametersTests
{
    [Theory]
    [InlineData(-0.1, 0.2, 0.2, 0.1, "Prior")]
    [InlineData(0.2, 1.1, 0.2, 0.1, "Learn")]
    [InlineData(0.2, 0.2, 0.5, 0.1, "Guess")]
    [InlineData(0.2, 0.2, 0.2, 0.7, "Slip")]
    [InlineData(double.NaN, 0.2, 0.2, 0.1, "Prior")]
    public void New_OutOfBounds_NamesTheParameter(double prior, double learn, double guess, double slip, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new BktParameters(prior, learn, guess, slip));

        Assert.Equal(name, ex.ParamName);
        Assert.False(BktParameters.AreValid(prior, learn, guess, slip));
    }

    [Fact]
    public void Default_IsValidAndIdentifiable()
    {
        var p = BktParameters.Default;

        Assert.True(BktParameters.AreValid(p.Prior, p.Learn, p.Guess, p.Slip));
        Assert.True(p.Guess + p.Slip < 1, "a pupil who knows the step must be likelier right than one who does not");
    }

    [Theory]
    [InlineData(0.0, 0.25)]
    [InlineData(1.0, 0.9)]
    [InlineData(0.5, 0.575)]
    public void ChanceCorrect_Known_MixesGuessAndOneMinusSlip(double known, double expected) =>
        Assert.Equal(expected, new BktParameters(0.3, 0.1, 0.25, 0.1).ChanceCorrect(known), 12);
}
