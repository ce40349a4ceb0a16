using KeepUp.Domain.Fluency;

namespace KeepUp.Domain.Tests.Fluency;

public sealed class FactCatalogueTests
{
    [Fact]
    public void All_Ids_AreUnique()
    {
        var ids = FactCatalogue.All.Select(f => f.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(FactGroup.AdditionWithin10, 66)]
    [InlineData(FactGroup.SubtractionWithin10, 66)]
    [InlineData(FactGroup.AdditionWithin20, 165)]
    [InlineData(FactGroup.SubtractionWithin20, 165)]
    [InlineData(FactGroup.BondsTo10, 11)]
    [InlineData(FactGroup.BondsTo20, 21)]
    [InlineData(FactGroup.BondsTo100, 11)]
    [InlineData(FactGroup.Doubles, 14)]
    [InlineData(FactGroup.Halves, 14)]
    [InlineData(FactGroup.Multiplication, 169)]
    [InlineData(FactGroup.Division, 156)]
    public void All_Group_HasEveryFactOnce(FactGroup group, int count) =>
        Assert.Equal(count, FactCatalogue.All.Count(f => f.Group == group));

    [Fact]
    public void All_Answers_FollowFromTheOperands()
    {
        Assert.All(FactCatalogue.All, f =>
        {
            var o = f.Operands;
            var expected = f.Operation switch
            {
                FactOperation.Add => o[0] + o[1],
                FactOperation.Subtract => o[0] - o[1],
                FactOperation.Bond => o[1] - o[0],
                FactOperation.Double => 2 * o[0],
                FactOperation.Halve => o[0] / 2,
                FactOperation.Multiply => o[0] * o[1],
                FactOperation.Divide => o[0] / o[1],
            };
            Assert.Equal(expected, f.Answer);
            Assert.True(f.Answer >= 0, f.Id);
            if (f.Operation == FactOperation.Divide)
            {
                Assert.Equal(0, o[0] % o[1]);
            }
        });
    }

    [Theory]
    [InlineData("7x8", FactOperation.Multiply, "7 × 8", 56)]
    [InlineData("13-5", FactOperation.Subtract, "13 − 5", 8)]
    [InlineData("56/8", FactOperation.Divide, "56 ÷ 8", 7)]
    [InlineData("3+_=10", FactOperation.Bond, "3 + □ = 10", 7)]
    [InlineData("30+_=100", FactOperation.Bond, "30 + □ = 100", 70)]
    [InlineData("double-7", FactOperation.Double, "double 7", 14)]
    [InlineData("half-of-60", FactOperation.Halve, "half of 60", 30)]
    [InlineData("9+7", FactOperation.Add, "9 + 7", 16)]
    public void Get_Id_IsTheFactAsWritten(string id, FactOperation operation, string prompt, int answer)
    {
        var fact = FactCatalogue.Get(id);

        Assert.Equal((operation, prompt, answer), (fact.Operation, fact.Prompt, fact.Answer));
    }

    [Theory]
    [InlineData("7x8", StrategyFamily.TimesEight)]
    [InlineData("8x7", StrategyFamily.TimesEight)]
    [InlineData("56/7", StrategyFamily.TimesEight)]
    [InlineData("6x9", StrategyFamily.TimesNine)]
    [InlineData("6x7", StrategyFamily.TimesSix)]
    [InlineData("4x7", StrategyFamily.TimesFour)]
    [InlineData("7x12", StrategyFamily.TimesTwelve)]
    [InlineData("7x7", StrategyFamily.SquareNumbers)]
    [InlineData("7x10", StrategyFamily.TimesTen)]
    [InlineData("5x7", StrategyFamily.TimesFive)]
    [InlineData("0x9", StrategyFamily.TimesZero)]
    [InlineData("1x9", StrategyFamily.TimesOne)]
    [InlineData("3x7", StrategyFamily.TimesThree)]
    [InlineData("7x11", StrategyFamily.TimesEleven)]
    [InlineData("8+5", StrategyFamily.BridgingThrough10)]
    [InlineData("13-5", StrategyFamily.BridgingThrough10)]
    [InlineData("6+7", StrategyFamily.NearDoubles)]
    [InlineData("7+7", StrategyFamily.DoublesAndHalves)]
    [InlineData("half-of-14", StrategyFamily.DoublesAndHalves)]
    [InlineData("10+6", StrategyFamily.TenAndSomeMore)]
    [InlineData("13+4", StrategyFamily.UsingAFactWithin10)]
    [InlineData("13+7", StrategyFamily.BondsTo20)]
    [InlineData("3+_=10", StrategyFamily.BondsTo10)]
    [InlineData("10-3", StrategyFamily.BondsTo10)]
    [InlineData("5+3", StrategyFamily.FactsWithin10)]
    [InlineData("6+2", StrategyFamily.CountingOnAndBack)]
    [InlineData("6-0", StrategyFamily.AddingZero)]
    public void Get_Fact_BelongsToItsStrategyFamily(string id, StrategyFamily family) =>
        Assert.Equal(family, FactCatalogue.Get(id).Family);

    [Theory]
    [InlineData("3+4", 1)]
    [InlineData("3+_=10", 1)]
    [InlineData("13+_=20", 1)]
    [InlineData("13-5", 2)]
    [InlineData("30+_=100", 2)]
    [InlineData("7x2", 2)]
    [InlineData("10/5", 2)]
    [InlineData("7x0", 2)]
    [InlineData("3x7", 3)]
    [InlineData("8x12", 3)]
    [InlineData("6x7", 4)]
    [InlineData("132/11", 4)]
    public void Get_Fact_IsExpectedInTheCurriculumYear(string id, int year) =>
        Assert.Equal(year, FactCatalogue.Get(id).Year);

    [Fact]
    public void Get_Fact_KnowsItsPartners()
    {
        var fact = FactCatalogue.Get("7x8");

        Assert.Equal("8x7", fact.CommutativePartnerId);
        Assert.Equal(["56/8", "56/7"], fact.InversePartnerIds);
        Assert.Equal(["8+7", "7+8"], FactCatalogue.Get("15-8").InversePartnerIds);
        Assert.Equal(["3+7", "7+3", "3+_=10"], FactCatalogue.Get("10-3").InversePartnerIds);
        Assert.Null(FactCatalogue.Get("7x7").CommutativePartnerId);
        Assert.Equal(["half-of-14"], FactCatalogue.Get("double-7").InversePartnerIds);
    }

    [Fact]
    public void All_Partners_ExistShareTheFamilyAndPointBack()
    {
        Assert.All(FactCatalogue.All, f =>
        {
            if (f.CommutativePartnerId is { } c)
            {
                var partner = FactCatalogue.Get(c);
                Assert.Equal(f.Id, partner.CommutativePartnerId);
                // 3 + □ = 10 and 7 + □ = 10 are one bond seen from either part.
                Assert.Equal(f.Operation == FactOperation.Bond ? f.Operands[0] : f.Answer, partner.Answer);
                Assert.Equal(f.Family, partner.Family);
            }

            foreach (var inverse in f.InversePartnerIds.Select(FactCatalogue.Get))
            {
                Assert.Contains(f.Id, inverse.InversePartnerIds);
                if (f.Operation != FactOperation.Bond && inverse.Operation != FactOperation.Bond)
                {
                    Assert.Equal(f.Family, inverse.Family);
                }
            }
        });
    }

    [Fact]
    public void All_Order_IsTheTeachingSequence()
    {
        Assert.Equal(Enumerable.Range(0, FactCatalogue.All.Count), FactCatalogue.All.Select(f => f.Order));
        var keys = FactCatalogue.All.Select(f => (f.Year, (int)f.Family)).ToList();
        Assert.Equal(keys.Order(), keys);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ExpectedBy_Year_HasThatYearAndEarlierOnly(int year)
    {
        var expected = FactCatalogue.ExpectedBy(year);

        Assert.All(expected, f => Assert.True(f.Year <= year));
        Assert.Contains(expected, f => f.Year == year);
        Assert.True(expected.Count < FactCatalogue.ExpectedBy(year + 1).Count);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void ExpectedBy_Year4OrLater_IsEveryFact(int year) =>
        Assert.Equal(FactCatalogue.All.Count, FactCatalogue.ExpectedBy(year).Count);

    [Fact]
    public void ExpectedBy_Year3_HasTheThreeFourAndEightTablesButNotSeven()
    {
        var ids = FactCatalogue.ExpectedBy(3).Select(f => f.Id).ToHashSet();

        Assert.Contains("3x12", ids);
        Assert.Contains("12x4", ids);
        Assert.Contains("72/8", ids);
        Assert.DoesNotContain("7x6", ids);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void ExpectedBy_NoSuchYear_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FactCatalogue.ExpectedBy(year));

    [Fact]
    public void Find_UnknownId_IsNull()
    {
        Assert.Null(FactCatalogue.Find("13x13"));
        Assert.Throws<KeyNotFoundException>(() => FactCatalogue.Get("13x13"));
    }

    [Fact]
    public void StrategyFamilies_EachHasATitleAndAnExplanation()
    {
        Assert.All(Enum.GetValues<StrategyFamily>(), family =>
        {
            Assert.False(string.IsNullOrWhiteSpace(family.Title()));
            Assert.EndsWith(".", family.Explanation(), StringComparison.Ordinal);
        });
        Assert.Equal(Enum.GetValues<StrategyFamily>().Length, Enum.GetValues<StrategyFamily>().Select(f => f.Title()).Distinct().Count());
    }

    [Fact]
    public void StrategyFamilies_EachHasFacts() =>
        Assert.All(Enum.GetValues<StrategyFamily>(), family => Assert.Contains(FactCatalogue.All, f => f.Family == family));
}
