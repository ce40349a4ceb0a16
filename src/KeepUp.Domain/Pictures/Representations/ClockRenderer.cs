using System;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws a 12-hour analogue clock: a mark for every minute, numbers 1–12 or Roman numerals, a
/// long minute hand, and a short hour hand that moves on between numbers as the minutes pass,
/// as a real clock's does (at 3:45 it is nearly at 4).
/// </summary>
internal static class ClockRenderer
{
    private const double Centre = 160;
    private const double Radius = 148;
    private const string HourHand = "#9b1c1c";
    private const string MinuteHand = "#1e3a8a";
    private static readonly string[] Roman = ["XII", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"];

    public static string Render(ClockPicture picture, string id)
    {
        PictureCheck.Range(picture.Hour, 0, 23, "A clock's hour");
        PictureCheck.Range(picture.Minute, 0, 59, "A clock's minute");
        var svg = new SvgWriter(2 * Centre, 2 * Centre, "Analogue clock", Describe(picture), id);
        svg.Circle(Centre, Centre, Radius, Palette.Paper, Palette.Ink, 5);
        for (var minute = 0; minute < 60; minute++)
        {
            var hourMark = minute % 5 == 0;
            var (x1, y1) = Point(minute * 6, Radius - 6);
            var (x2, y2) = Point(minute * 6, Radius - (hourMark ? 22 : 13));
            svg.Line(x1, y1, x2, y2, Palette.Ink, hourMark ? 3.5 : 1.5);
        }

        for (var number = 1; number <= 12; number++)
        {
            var (x, y) = Point(number * 30, Radius - 45);
            var text = Name(picture, number);
            var size = picture.RomanNumerals ? 21 : 28;
            svg.Text(x, y + size * 0.36, text, size, "middle", Palette.Ink, "bold");
        }

        var hourAngle = (picture.Hour % 12 + picture.Minute / 60.0) * 30;
        DrawHand(svg, hourAngle, 78, 7, HourHand);
        DrawHand(svg, picture.Minute * 6, Radius - 24, 3.5, MinuteHand);
        svg.Circle(Centre, Centre, 8, Palette.Ink, Palette.Ink);
        return svg.Finish();
    }

    private static (double X, double Y) Point(double degrees, double distance)
    {
        var radians = degrees * Math.PI / 180;
        return (Centre + distance * Math.Sin(radians), Centre - distance * Math.Cos(radians));
    }

    private static void DrawHand(SvgWriter svg, double degrees, double length, double halfWidth, string colour)
    {
        var side = Point(degrees + 90, halfWidth);
        var other = Point(degrees - 90, halfWidth);
        svg.Polygon([Point(degrees + 180, 16), side, Point(degrees, length), other], colour, Palette.Ink, 1.5);
    }

    private static string Name(ClockPicture picture, int number) =>
        picture.RomanNumerals ? Roman[number % 12] : PupilNumber.Whole(number);

    private static string Describe(ClockPicture picture)
    {
        var hour = picture.Hour % 12 == 0 ? 12 : picture.Hour % 12;
        var next = hour % 12 + 1;
        string N(int number) => Name(picture, number);
        var minuteHand = picture.Minute % 5 == 0
            ? $"points to {N(picture.Minute == 0 ? 12 : picture.Minute / 5)}"
            : $"points to the {Prose.Ordinal(picture.Minute % 5)} minute mark after {N(picture.Minute < 5 ? 12 : picture.Minute / 5)}";
        var hourHand = picture.Minute switch
        {
            0 => $"points to {N(hour)}",
            < 15 => $"is just past {N(hour)}",
            30 => $"is halfway between {N(hour)} and {N(next)}",
            < 45 => $"is between {N(hour)} and {N(next)}",
            _ => $"is between {N(hour)} and {N(next)}, nearly at {N(next)}",
        };
        var numbers = picture.RomanNumerals ? "Roman numerals I to XII" : "the numbers 1 to 12";
        return $"An analogue clock face with {numbers} and a mark for every minute. " +
            $"The long minute hand {minuteHand}. The short hour hand {hourHand}.";
    }
}
