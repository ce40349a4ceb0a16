using System;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws any representation as accessible SVG: a title and a plain-words description for screen
/// readers, a viewBox so it scales from a phone to a whiteboard or print, outlines on everything
/// so it survives black-and-white printing, and no inline styles.
/// </summary>
public static class PictureRenderer
{
    /// <summary>
    /// Renders the picture. <paramref name="id"/> must be unique on the page: it prefixes the
    /// title, description and pattern ids so two pictures on one worksheet never clash.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The model is one no generator should make, such as 11 counters in a ten frame.</exception>
    public static string Render(Picture picture, string id)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return picture switch
        {
            TenFramePicture tenFrame => TenFrameRenderer.Render(tenFrame, id),
            PartWholePicture partWhole => PartWholeRenderer.Render(partWhole, id),
            BarModelPicture barModel => BarModelRenderer.Render(barModel, id),
            NumberLinePicture numberLine => NumberLineRenderer.Render(numberLine, id),
            PlaceValueChartPicture placeValue => PlaceValueChartRenderer.Render(placeValue, id),
            BaseTenBlocksPicture blocks => BaseTenBlocksRenderer.Render(blocks, id),
            ArrayPicture array => ArrayRenderer.Render(array, id),
            FractionBarPicture fractionBar => FractionBarRenderer.Render(fractionBar, id),
            FractionNumberLinePicture fractionLine => FractionNumberLineRenderer.Render(fractionLine, id),
            RekenrekPicture rekenrek => RekenrekRenderer.Render(rekenrek, id),
            ClockPicture clock => ClockRenderer.Render(clock, id),
            MoneyPicture money => MoneyRenderer.Render(money, id),
            _ => throw new ArgumentOutOfRangeException(nameof(picture), picture.GetType().Name, "There is no renderer for this kind of picture."),
        };
    }
}
