using KeepUp.Domain.Practice;
using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Domain.Tests.Pictures.Representations;

/// <summary>One or more examples of every kind of picture, each with a name for its approved file.</summary>
internal static class PictureExamples
{
    public static readonly IReadOnlyDictionary<string, Picture> All = new Dictionary<string, Picture>
    {
        ["TenFrame"] = new TenFramePicture(7),
        ["TenFrameAddition"] = new TenFramePicture(8, SecondColourFrom: 6),
        ["DoubleTenFrame"] = new TenFramePicture(13, Frames: 2),
        ["PartWhole"] = new PartWholePicture("10", ["6", null]),
        ["PartWholeThreeParts"] = new PartWholePicture(null, ["1,250", "300", "3/4"]),
        ["BarModel"] = new BarModelPicture([Bar(string.Empty, ("35", 35), (null, 15))], Total: "50"),
        ["BarModelEqualParts"] = new BarModelPicture([Bar(string.Empty, (null, 1), (null, 1), (null, 1), (null, 1))], Total: "24"),
        ["BarModelComparison"] = new BarModelPicture([Bar("Amir", ("12", 12)), Bar("Bella", ("7", 7))], Difference: "?"),
        ["BarModelComparisonShorterFirst"] = new BarModelPicture(
            [Bar("Jo", ("£2.50", 1)), Bar("Sam", ("£2.50", 1), ("£2.50", 1), ("£2.50", 1)), Bar("Kit", ("£2.50", 1), ("£2.50", 1))],
            Total: "?",
            Difference: "?"),
        ["NumberLine"] = new NumberLinePicture(0, 100, 10, NumberLineLabels.All, [], [new NumberLineMark(70, "?")]),
        ["NumberLineEnds"] = new NumberLinePicture(0, 1000, 100, NumberLineLabels.Ends, [], [new NumberLineMark(350, "?")]),
        ["NumberLineEmptyWithJumps"] = new NumberLinePicture(
            30, 60, 10, NumberLineLabels.None,
            [new NumberLineJump(34, 44, "+10"), new NumberLineJump(44, 54, "+10"), new NumberLineJump(54, 57, "+3")],
            [new NumberLineMark(34, "34"), new NumberLineMark(57, "?")]),
        ["NumberLineFractions"] = new NumberLinePicture(
            0, 2, Fraction.Of(1, 4), NumberLineLabels.All, [new NumberLineJump(Fraction.Of(1, 4), Fraction.Of(5, 4), "+4/4")], [], AsFractions: true),
        ["NumberLineDecimals"] = new NumberLinePicture(0, 1, Fraction.Of(1, 10), NumberLineLabels.All, [], [new NumberLineMark(Fraction.Of(35, 100), "?")]),
        ["NumberLineNegative"] = new NumberLinePicture(-10, 10, 2, NumberLineLabels.All, [new NumberLineJump(4, -6, PupilNumber.Minus + "10")], []),
        ["PlaceValueChart"] = new PlaceValueChartPicture([new("Hundreds", 3), new("Tens", 0), new("Ones", 12)]),
        ["PlaceValueChartDecimal"] = new PlaceValueChartPicture([new("Tens", 1), new("Ones", 4), new("Tenths", 10), new("Hundredths", 3)]),
        ["PlaceValueChartLarge"] = new PlaceValueChartPicture(
            [new("Millions", 1), new("Hundred thousands", 2), new("Ten thousands", 4), new("Thousands", 5), new("Hundreds", 0), new("Tens", 7), new("Ones", 9)]),
        ["BaseTenBlocks"] = new BaseTenBlocksPicture(1, 3, 4, 5),
        ["BaseTenBlocksExchange"] = new BaseTenBlocksPicture(0, 0, 13, 17),
        ["Array"] = new ArrayPicture(3, 4),
        ["FractionBar"] = new FractionBarPicture(4, 3),
        ["FractionBarImproper"] = new FractionBarPicture(3, 5, Wholes: 2),
        ["FractionNumberLine"] = new FractionNumberLinePicture(4, 1, Fraction.Of(3, 4), "?", LabelEveryTick: true),
        ["FractionNumberLineWholes"] = new FractionNumberLinePicture(3, 2, Fraction.Of(5, 3), "?", LabelEveryTick: false),
        ["Rekenrek"] = new RekenrekPicture(7, 3),
        ["Clock"] = new ClockPicture(15, 45),
        ["ClockRoman"] = new ClockPicture(22, 10, RomanNumerals: true),
        ["ClockOddMinutes"] = new ClockPicture(7, 23),
        ["Coins"] = new MoneyPicture([100, 20, 5, 20]),
        ["EveryCoin"] = new MoneyPicture([1, 2, 5, 10, 20, 50, 100, 200]),
        ["NotesAndCoins"] = new MoneyPicture([5000, 2000, 1000, 500, 200, 50]),
    };

    public static TheoryData<string> Names => new(All.Keys);

    private static Bar Bar(string name, params (string? Label, long Size)[] sections) =>
        new(name, sections.Select(s => new BarSection(s.Label, Fraction.Whole(s.Size))).ToList());
}
