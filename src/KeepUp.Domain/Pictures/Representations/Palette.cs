namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// The colours every representation shares, so a red counter means the same in a ten frame and
/// an array. Fills are paired with a dark outline so shapes stay distinct when printed in grey.
/// </summary>
internal static class Palette
{
    public const string Ink = "#1b1b1b";
    public const string Paper = "#ffffff";
    public const string Grid = "#4a4a4a";
    public const string Faint = "#f3f4f6";
    public const string CounterRed = "#c81e1e";
    public const string CounterRedOutline = "#5c0b0b";
    public const string CounterYellow = "#fcd34d";
    public const string CounterYellowOutline = "#6b4f00";
    public const string BarFill = "#dbeafe";
    public const string BarOutline = "#1e3a8a";
    public const string Shade = "#5b8fd6";
    public const string ShadeStripe = "#17386b";
    public const string Missing = "#fff7d6";
    public const string Wood = "#f6d7a7";
    public const string WoodSide = "#d9a95f";
    public const string WoodTop = "#fbe8c8";
    public const string WoodOutline = "#5a3d0c";
}
