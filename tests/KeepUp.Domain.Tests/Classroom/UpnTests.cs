using KeepUp.Domain.Classroom;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class UpnTests
{
    // The DfE's worked example: 8×2 + 0×3 + 1×4 + 2×5 + 0×6 + 0×7 + 0×8 + 0×9 + 5×10 + 0×11 + 0×12 + 1×13
    // = 16 + 4 + 10 + 50 + 13 = 93; 93 mod 23 = 1; place 1 of ABCDEFGHJKLMNPQRTUVWXYZ is B.
    private const string DfeExample = "B801200005001";

    [Fact]
    public void TryCreate_DfeExample_IsValid()
    {
        Assert.True(Upn.TryCreate(DfeExample, out var upn, out var problem), problem);
        Assert.Equal(DfeExample, upn.Value);
        Assert.False(upn.IsTemporary);
    }

    [Fact]
    public void TryCreate_HandComputedUpn_IsValid()
    {
        // 938200122001: 9×2 + 3×3 + 8×4 + 2×5 + 0 + 0 + 1×8 + 2×9 + 2×10 + 0 + 0 + 1×13
        // = 18 + 9 + 32 + 10 + 8 + 18 + 20 + 13 = 128; 128 mod 23 = 13 → P.
        Assert.True(Upn.TryCreate("P938200122001", out _, out var problem), problem);
    }

    [Fact]
    public void TryCreate_TemporaryUpn_CountsLastLetterByItsPlaceInTheCheckAlphabet()
    {
        // 80120000500A: A counts 0, so the sum is 93 − 13 = 80; 80 mod 23 = 11 → M.
        // With a C (worth 2) last: 80 + 2×13 = 106; 106 mod 23 = 14 → Q.
        Assert.True(Upn.TryCreate("M80120000500A", out var upn, out var problem), problem);
        Assert.True(upn.IsTemporary);
        Assert.True(Upn.TryCreate("Q80120000500C", out _, out problem), problem);
    }

    [Theory]
    [InlineData(" b801200005001 ")]
    [InlineData("b801200005001")]
    public void TryCreate_LowerCaseWithSpaces_IsStoredInCapitals(string typed)
    {
        Assert.True(Upn.TryCreate(typed, out var upn, out _));
        Assert.Equal(DfeExample, upn.Value);
        Assert.Equal(DfeExample, upn.ToString());
    }

    [Fact]
    public void TryCreate_WrongCheckLetter_SaysWhichLetterIsRight()
    {
        Assert.False(Upn.TryCreate("A801200005001", out _, out var problem));
        Assert.Equal("the check letter should be B, not A — check for a mistyped digit.", problem);
    }

    [Fact]
    public void TryCreate_OneDigitMistyped_IsCaughtByTheCheckLetter() =>
        Assert.False(Upn.TryCreate("B801200005002", out _, out _));

    [Theory]
    [InlineData("", "missing")]
    [InlineData(null, "missing")]
    [InlineData("B80120000500", "13 characters")]
    [InlineData("B8012000050011", "has 14")]
    [InlineData("8801200005001", "starts with its check letter")]
    [InlineData("B80120X005001", "character 7 is 'X'")]
    [InlineData("B80120000500I", "other than I, O or S")]
    [InlineData("B80120000500-", "last character")]
    public void TryCreate_Malformed_NamesTheProblem(string? text, string expected)
    {
        Assert.False(Upn.TryCreate(text, out var upn, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Equal(string.Empty, upn.Value);
    }

    [Fact]
    public void WithCheckLetter_TwelveCharacters_MakesTheValidUpn()
    {
        Assert.Equal(DfeExample, Upn.WithCheckLetter("801200005001").Value);
        Assert.Equal("M80120000500A", Upn.WithCheckLetter("80120000500a").Value);
    }

    [Fact]
    public void WithCheckLetter_EveryOneDigitChange_ChangesTheLetterOrIsStillValid()
    {
        // A check letter is only worth having if single slips are caught: weights 2–13 are all
        // below 23 and 23 is prime, so changing one digit always changes the sum mod 23.
        const string body = "938200122001";
        var letter = Upn.WithCheckLetter(body).Value[0];
        for (var place = 0; place < body.Length; place++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == body[place])
                {
                    continue;
                }

                var changed = body[..place] + digit + body[(place + 1)..];
                Assert.False(Upn.TryCreate(letter + changed, out _, out _), $"{letter}{changed} should be refused");
            }
        }
    }

    [Theory]
    [InlineData("80120000500")]
    [InlineData("8012000050X1")]
    [InlineData("80120000500O")]
    public void WithCheckLetter_BadCharacters_Throws(string body) =>
        Assert.Throws<ArgumentException>(() => Upn.WithCheckLetter(body));

    [Fact]
    public void Parse_Invalid_ThrowsWithTheProblem()
    {
        var error = Assert.Throws<FormatException>(() => Upn.Parse("A801200005001"));
        Assert.Contains("should be B", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameUpnTypedDifferently_IsEqual() =>
        Assert.Equal(Upn.Parse(DfeExample), Upn.Parse(" b801200005001"));
}
