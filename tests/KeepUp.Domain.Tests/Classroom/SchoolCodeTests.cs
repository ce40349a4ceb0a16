using KeepUp.Domain.Classroom;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class SchoolCodeTests
{
    [Fact]
    public void Generate_ManySeeds_AlwaysSixUnambiguousCharacters()
    {
        for (var seed = 0UL; seed < 2000; seed++)
        {
            var code = SchoolCode.Generate(seed).Value;

            Assert.Equal(6, code.Length);
            Assert.True(code.All(c => SchoolCode.Alphabet.Contains(c, StringComparison.Ordinal)), code);
            Assert.True(code.IndexOfAny(['0', 'O', '1', 'I', 'L', 'A', 'E', 'U']) < 0, code);
        }
    }

    [Fact]
    public void Generate_SameSeed_SameCode() =>
        Assert.Equal(SchoolCode.Generate(123456789), SchoolCode.Generate(123456789));

    [Fact]
    public void Generate_DifferentSeeds_RarelyClash()
    {
        var codes = Enumerable.Range(0, 10_000).Select(seed => SchoolCode.Generate((ulong)seed).Value).ToHashSet();

        // 28⁶ ≈ 482 million codes: 10,000 draws should almost never repeat.
        Assert.InRange(codes.Count, 9_990, 10_000);
    }

    [Fact]
    public void Alphabet_HasNoLookalikesOrVowels()
    {
        Assert.Equal(28, SchoolCode.Alphabet.Distinct().Count());
        Assert.True(SchoolCode.Alphabet.IndexOfAny(['0', 'O', '1', 'I', 'L', 'A', 'E', 'U']) < 0);
    }

    [Theory]
    [InlineData("k7trx4")]
    [InlineData(" K7T RX4 ")]
    [InlineData("K7T-RX4")]
    public void TryParse_TypedLoosely_ReadsTheCode(string typed)
    {
        Assert.True(SchoolCode.TryParse(typed, out var code));
        Assert.Equal("K7TRX4", code.Value);
        Assert.Equal("K7TRX4", code.ToString());
    }

    [Theory]
    [InlineData("K7TRX")]
    [InlineData("K7TRX44")]
    [InlineData("K0TRX4")]
    [InlineData("KOTRX4")]
    [InlineData("K7TRA4")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_WrongLengthOrCharacter_IsRefused(string? typed)
    {
        Assert.False(SchoolCode.TryParse(typed, out var code));
        Assert.Equal(string.Empty, code.Value);
    }

    [Fact]
    public void TryParse_GeneratedCode_RoundTrips()
    {
        var code = SchoolCode.Generate(99);

        Assert.True(SchoolCode.TryParse(code.Value.ToLowerInvariant(), out var read));
        Assert.Equal(code, read);
    }
}
