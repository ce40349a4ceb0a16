using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// A UK coin or note as it is drawn: coins roughly to scale with their true shapes (seven-sided
/// 20p and 50p, twelve-sided £1) and metals; notes in the Bank of England's colours.
/// </summary>
/// <param name="Pence">Its value in pence.</param>
/// <param name="Size">A coin's diameter or a note's width, in picture units.</param>
/// <param name="Sides">0 for a round coin, 7 or 12 for a many-sided one; unused for notes.</param>
/// <param name="Fill">The main colour (a coin's outer metal).</param>
/// <param name="Centre">A two-metal coin's centre colour, or null.</param>
/// <param name="Outline">The outline colour.</param>
internal sealed record Money(int Pence, double Size, int Sides, string Fill, string? Centre, string Outline)
{
    private const double CoinScale = 2.4;
    private const string Copper = "#c2703d";
    private const string CopperEdge = "#4a2108";
    private const string Silver = "#d4d8de";
    private const string SilverEdge = "#2f3640";
    private const string Gold = "#e3b33b";
    private const string GoldEdge = "#5a4206";

    private static readonly Money[] All =
    [
        new(1, 20.3 * CoinScale, 0, Copper, null, CopperEdge),
        new(2, 25.9 * CoinScale, 0, Copper, null, CopperEdge),
        new(5, 18.0 * CoinScale, 0, Silver, null, SilverEdge),
        new(10, 24.5 * CoinScale, 0, Silver, null, SilverEdge),
        new(20, 21.4 * CoinScale, 7, Silver, null, SilverEdge),
        new(50, 27.3 * CoinScale, 7, Silver, null, SilverEdge),
        new(100, 23.4 * CoinScale, 12, Gold, Silver, GoldEdge),
        new(200, 28.4 * CoinScale, 0, Gold, Silver, GoldEdge),
        new(500, 138, 0, "#4fb3a9", null, Palette.Ink),
        new(1000, 146, 0, "#e08a3c", null, Palette.Ink),
        new(2000, 154, 0, "#8e6bb8", null, Palette.Ink),
        new(5000, 162, 0, "#d9534f", null, Palette.Ink),
    ];

    /// <summary>True for a note, false for a coin.</summary>
    public bool IsNote => Pence >= 500;

    /// <summary>The space it takes up: a coin is as tall as it is wide; a note about half as tall.</summary>
    public double Height => IsNote ? Size * 0.53 : Size;

    /// <summary>What is written on it: 20p, £1, £5.</summary>
    public string Label => Pence < 100 ? PupilNumber.Money(Pence) : "£" + PupilNumber.Whole(Pence / 100);

    /// <summary>The coin or note worth this many pence.</summary>
    public static Money Of(int pence) =>
        All.FirstOrDefault(m => m.Pence == pence)
        ?? throw PictureCheck.Invalid($"{pence}p is not a UK coin or note; use 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000 or 5000.");
}
