using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws a ten frame (or two side by side), filled left to right along the top row first, as
/// pupils are taught to fill one so that 5 and 10 can be seen without counting.
/// </summary>
internal static class TenFrameRenderer
{
    private const double Cell = 50;
    private const double Margin = 10;
    private const double FrameGap = 30;
    private const double CounterRadius = 19;

    public static string Render(TenFramePicture picture, string id)
    {
        PictureCheck.Range(picture.Frames, 1, 2, "A ten frame picture's number of frames");
        PictureCheck.Range(picture.Counters, 0, 10 * picture.Frames, picture.Frames == 1 ? "A ten frame's counters" : "A double ten frame's counters");
        if (picture.SecondColourFrom is { } from)
        {
            PictureCheck.Range(from, 1, picture.Counters, "The first counter in the second colour");
        }

        var width = 2 * Margin + picture.Frames * 5 * Cell + (picture.Frames - 1) * FrameGap;
        var svg = new SvgWriter(width, 2 * Cell + 2 * Margin, picture.Frames == 1 ? "Ten frame" : "Double ten frame", Describe(picture), id);
        for (var frame = 0; frame < picture.Frames; frame++)
        {
            DrawFrame(svg, picture, Margin + frame * (5 * Cell + FrameGap), frame * 10);
        }

        return svg.Finish();
    }

    private static void DrawFrame(SvgWriter svg, TenFramePicture picture, double left, int firstCounter)
    {
        svg.Rect(left, Margin, 5 * Cell, 2 * Cell, Palette.Paper, Palette.Ink, 0, 3);
        for (var column = 1; column < 5; column++)
        {
            svg.Line(left + column * Cell, Margin, left + column * Cell, Margin + 2 * Cell, Palette.Ink, 2);
        }

        svg.Line(left, Margin + Cell, left + 5 * Cell, Margin + Cell, Palette.Ink, 2);
        for (var place = 0; place < 10 && firstCounter + place < picture.Counters; place++)
        {
            var position = firstCounter + place + 1;
            var second = position >= picture.SecondColourFrom;
            svg.Circle(
                left + (place % 5 + 0.5) * Cell,
                Margin + (place / 5 + 0.5) * Cell,
                CounterRadius,
                second ? Palette.CounterYellow : Palette.CounterRed,
                second ? Palette.CounterYellowOutline : Palette.CounterRedOutline,
                2);
        }
    }

    private static string Describe(TenFramePicture picture)
    {
        var counters = picture.SecondColourFrom is { } from && from > 1
            ? $"{Counters(from - 1, "red ")} and then {Counters(picture.Counters - from + 1, "yellow ")}"
            : Counters(picture.Counters, picture.SecondColourFrom is null ? string.Empty : "yellow ");
        if (picture.Frames == 1)
        {
            return $"A ten frame with {counters}: {Rows(picture.Counters)}.";
        }

        return $"A double ten frame with {counters}. In the first frame {Rows(System.Math.Min(10, picture.Counters))}; " +
            $"in the second frame {Rows(System.Math.Max(0, picture.Counters - 10))}.";
    }

    private static string Counters(int count, string colour) => $"{PupilNumber.Whole(count)} {colour}{(count == 1 ? "counter" : "counters")}";

    private static string Rows(int counters) => counters switch
    {
        0 => "both rows are empty",
        10 => "both rows are full",
        _ => $"the top row {Row(System.Math.Min(5, counters))} and the bottom row {Row(System.Math.Max(0, counters - 5))}",
    };

    private static string Row(int counters) => counters switch
    {
        0 => "is empty",
        5 => "is full",
        _ => "has " + PupilNumber.Whole(counters),
    };
}
