using System.Collections.Generic;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// What a representation shows, as data: a generator says "a ten frame with 7 counters" and the
/// renderer draws it. Keeping the two apart lets a question be compared, stored and tested
/// without its drawing, and lets every picture of one kind look the same everywhere.
/// </summary>
public abstract record Picture;

/// <summary>A ten frame (2 × 5) or a double ten frame, filled left to right, top row first.</summary>
/// <param name="Counters">How many counters, 0–10 per frame.</param>
/// <param name="Frames">1 for a ten frame, 2 for a double ten frame.</param>
/// <param name="SecondColourFrom">Counters from this position on (counting from 1) are drawn in a second colour, to show an addition.</param>
public sealed record TenFramePicture(int Counters, int Frames = 1, int? SecondColourFrom = null) : Picture;

/// <summary>A part–whole model (cherry model): a whole above its parts. A null label is the missing number.</summary>
/// <param name="Whole">The whole's label, or null for the missing one.</param>
/// <param name="Parts">The parts' labels (2–4), null for the missing one.</param>
public sealed record PartWholePicture(string? Whole, IReadOnlyList<string?> Parts) : Picture;

/// <summary>One section of a bar: a label and its relative size.</summary>
/// <param name="Label">Its label, or null for the missing number (drawn as ?).</param>
/// <param name="Size">Its length relative to the other sections.</param>
public sealed record BarSection(string? Label, Fraction Size);

/// <summary>One bar of a bar model, with a name (such as "Amir") shown at its left.</summary>
/// <param name="Name">The bar's name, or empty.</param>
/// <param name="Sections">Its sections, left to right.</param>
public sealed record Bar(string Name, IReadOnlyList<BarSection> Sections);

/// <summary>A bar model: one bar (parts of a whole) or two or more bars to compare, with an optional total brace.</summary>
/// <param name="Bars">The bars, top to bottom; all drawn on one scale.</param>
/// <param name="Total">A label for a brace over the whole of the first bar, or null for none; "?" for a missing total.</param>
/// <param name="Difference">A label for the difference between the first two bars, or null for none.</param>
public sealed record BarModelPicture(IReadOnlyList<Bar> Bars, string? Total = null, string? Difference = null) : Picture;

/// <summary>How much of a number line is labelled.</summary>
public enum NumberLineLabels
{
    /// <summary>Every marked interval is labelled.</summary>
    All,

    /// <summary>Only the two ends are labelled.</summary>
    Ends,

    /// <summary>No labels (an empty number line).</summary>
    None,
}

/// <summary>A hop drawn above a number line, from one value to another, with a label such as "+10".</summary>
/// <param name="From">Where the hop starts.</param>
/// <param name="To">Where it lands.</param>
/// <param name="Label">What it shows, or null for none.</param>
public sealed record NumberLineJump(Fraction From, Fraction To, string? Label);

/// <summary>An arrow pointing at a value on a number line, with its label or ? when it is the question.</summary>
/// <param name="Value">The value pointed at.</param>
/// <param name="Label">The label shown.</param>
public sealed record NumberLineMark(Fraction Value, string Label);

/// <summary>A number line from a start to an end with intervals, optional hops and marked values.</summary>
/// <param name="Start">The left end.</param>
/// <param name="End">The right end.</param>
/// <param name="Interval">The gap between tick marks.</param>
/// <param name="Labels">Which ticks carry numbers.</param>
/// <param name="Jumps">Hops drawn above the line.</param>
/// <param name="Marks">Arrows pointing at values.</param>
/// <param name="AsFractions">True to label ticks as fractions (1/4, 2/4 …) rather than decimals.</param>
public sealed record NumberLinePicture(
    Fraction Start,
    Fraction End,
    Fraction Interval,
    NumberLineLabels Labels,
    IReadOnlyList<NumberLineJump> Jumps,
    IReadOnlyList<NumberLineMark> Marks,
    bool AsFractions = false) : Picture;

/// <summary>A place-value column: its heading and how many counters sit in it.</summary>
/// <param name="Heading">Millions, hundred thousands … ones, tenths, hundredths, thousandths.</param>
/// <param name="Counters">How many counters (0–20; more than 9 shows an exchange is needed).</param>
public sealed record PlaceValueColumn(string Heading, int Counters);

/// <summary>A place-value chart with counters in each column.</summary>
/// <param name="Columns">The columns, largest place first.</param>
public sealed record PlaceValueChartPicture(IReadOnlyList<PlaceValueColumn> Columns) : Picture;

/// <summary>Base-ten (Dienes) blocks: thousands cubes, hundred flats, ten rods and ones cubes.</summary>
/// <param name="Thousands">Thousand cubes (0–9).</param>
/// <param name="Hundreds">Hundred flats (0–19).</param>
/// <param name="Tens">Ten rods (0–19).</param>
/// <param name="Ones">Ones cubes (0–19).</param>
public sealed record BaseTenBlocksPicture(int Thousands, int Hundreds, int Tens, int Ones) : Picture;

/// <summary>An array of counters in equal rows, for multiplication and division.</summary>
/// <param name="Rows">Number of rows (1–12).</param>
/// <param name="Columns">Counters in each row (1–12).</param>
public sealed record ArrayPicture(int Rows, int Columns) : Picture;

/// <summary>Fraction bars: wholes split into equal parts with some parts shaded.</summary>
/// <param name="Parts">Equal parts in each whole (the denominator).</param>
/// <param name="Shaded">Parts shaded in total, across the wholes.</param>
/// <param name="Wholes">How many whole bars (more than one for improper fractions).</param>
public sealed record FractionBarPicture(int Parts, int Shaded, int Wholes = 1) : Picture;

/// <summary>A number line from 0 split into equal fractional intervals, with a value marked.</summary>
/// <param name="Denominator">Intervals between each whole number.</param>
/// <param name="Wholes">The line runs from 0 to this whole number.</param>
/// <param name="Marked">The value pointed at, or null.</param>
/// <param name="MarkLabel">The label of the mark (? when it is the question).</param>
/// <param name="LabelEveryTick">True to write a fraction under every tick, false for whole numbers only.</param>
public sealed record FractionNumberLinePicture(int Denominator, int Wholes, Fraction? Marked, string MarkLabel, bool LabelEveryTick) : Picture;

/// <summary>A rekenrek (bead string frame): two rows of ten beads, five of one colour then five of another; beads pushed to the left are counted.</summary>
/// <param name="TopRow">Beads pushed left on the top row (0–10).</param>
/// <param name="BottomRow">Beads pushed left on the bottom row (0–10).</param>
public sealed record RekenrekPicture(int TopRow, int BottomRow) : Picture;

/// <summary>An analogue clock face showing a time.</summary>
/// <param name="Hour">The hour, 0–23 (drawn on a 12-hour face).</param>
/// <param name="Minute">The minute, 0–59.</param>
/// <param name="RomanNumerals">True to number the face in Roman numerals.</param>
public sealed record ClockPicture(int Hour, int Minute, bool RomanNumerals = false) : Picture;

/// <summary>UK coins and notes, each given by its value in pence (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000).</summary>
/// <param name="Pieces">The coins and notes shown, in order.</param>
public sealed record MoneyPicture(IReadOnlyList<int> Pieces) : Picture;
