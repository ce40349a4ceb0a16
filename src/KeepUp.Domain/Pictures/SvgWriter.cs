using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KeepUp.Domain.Pictures;

/// <summary>
/// Writes accessible SVG: every picture starts with a title and a description a screen reader
/// can say, uses a viewBox so it scales from a phone to a whiteboard or paper, and uses
/// presentation attributes rather than inline styles, which the site's security policy forbids.
/// </summary>
public sealed class SvgWriter
{
    private readonly StringBuilder svg = new();

    /// <summary>Starts a picture of the given size in user units.</summary>
    /// <param name="width">Width in user units.</param>
    /// <param name="height">Height in user units.</param>
    /// <param name="title">What the picture is, for a screen reader.</param>
    /// <param name="description">What it shows, for a screen reader.</param>
    /// <param name="id">A name unique on the page, so two pictures never share title ids.</param>
    /// <param name="interactive">
    /// True when the picture holds links: it is then a group a screen reader can enter, because
    /// an image role would hide the links inside it.
    /// </param>
    public SvgWriter(double width, double height, string title, string description, string id, bool interactive = false)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" role=\"{(interactive ? "group" : "img")}\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" font-family=\"system-ui, sans-serif\">");
        svg.Append("\n<title id=\"").Append(id).Append("-title\">").Append(Escape(title)).Append("</title>");
        svg.Append("\n<desc id=\"").Append(id).Append("-desc\">").Append(Escape(description)).Append("</desc>");
    }

    /// <summary>Adds a rectangle with rounded corners.</summary>
    public SvgWriter Rect(double x, double y, double width, double height, string fill, string stroke, double radius = 6) =>
        Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" rx=\"{N(radius)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"/>");

    /// <summary>Adds a straight line.</summary>
    public SvgWriter Line(double x1, double y1, double x2, double y2, string stroke, double width = 1.5, bool arrow = false) =>
        Raw($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"{N(width)}\"{(arrow ? " marker-end=\"url(#arrow)\"" : string.Empty)}/>");

    /// <summary>Adds text; anchor is start, middle or end.</summary>
    public SvgWriter Text(double x, double y, string text, double size = 14, string anchor = "middle", string fill = "#1b1b1b", string weight = "normal") =>
        Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{anchor}\" fill=\"{fill}\" font-weight=\"{weight}\">{Escape(text)}</text>");

    /// <summary>Defines an arrow head that lines can end with.</summary>
    public SvgWriter ArrowMarker(string colour) =>
        Raw($"<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"{colour}\"/></marker></defs>");

    /// <summary>Adds a rectangle with a chosen outline width (thicker outlines survive black-and-white print).</summary>
    public SvgWriter Rect(double x, double y, double width, double height, string fill, string stroke, double radius, double strokeWidth) =>
        Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" rx=\"{N(radius)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{N(strokeWidth)}\"/>");

    /// <summary>Adds a circle.</summary>
    public SvgWriter Circle(double cx, double cy, double radius, string fill, string stroke, double strokeWidth = 1.5) =>
        Raw($"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(radius)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{N(strokeWidth)}\"/>");

    /// <summary>Adds a closed polygon through the given corners.</summary>
    public SvgWriter Polygon(IEnumerable<(double X, double Y)> corners, string fill, string stroke, double strokeWidth = 1.5) =>
        Raw($"<polygon points=\"{string.Join(" ", corners.Select(c => N(c.X) + "," + N(c.Y)))}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{N(strokeWidth)}\" stroke-linejoin=\"round\"/>");

    /// <summary>
    /// Adds a path from SVG path data (build it with <see cref="Number"/> so coordinates never take
    /// the server's culture); a dash pattern such as "6 4" draws it dashed.
    /// </summary>
    public SvgWriter Path(string data, string fill, string stroke, double strokeWidth = 1.5, string? dashes = null) =>
        Raw($"<path d=\"{data}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{N(strokeWidth)}\" stroke-linecap=\"round\" stroke-linejoin=\"round\"{(dashes is null ? string.Empty : $" stroke-dasharray=\"{dashes}\"")}/>");

    /// <summary>
    /// Defines a diagonal-stripe fill, referenced as <c>url(#id)</c>: shading that still shows
    /// when a worksheet is printed in black and white.
    /// </summary>
    public SvgWriter StripePattern(string id, string background, string stripe) =>
        Raw($"<defs><pattern id=\"{Escape(id)}\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"{background}\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"{stripe}\" stroke-width=\"5\"/></pattern></defs>");

    /// <summary>Opens a group whose elements are moved, turned or scaled by an SVG transform (build it with <see cref="Number"/>).</summary>
    public SvgWriter BeginGroup(string transform) => Raw($"<g transform=\"{transform}\">");

    /// <summary>Closes a group.</summary>
    public SvgWriter EndGroup() => Raw("</g>");

    /// <summary>Opens a link around the next elements.</summary>
    public SvgWriter BeginLink(string href) => Raw($"<a href=\"{Escape(href)}\">");

    /// <summary>Closes a link.</summary>
    public SvgWriter EndLink() => Raw("</a>");

    /// <summary>Finishes the picture and returns its markup.</summary>
    public string Finish() => svg.Append("\n</svg>").ToString();

    private SvgWriter Raw(string markup)
    {
        // One element per line keeps approved-file diffs readable.
        svg.Append('\n').Append(markup);
        return this;
    }

    /// <summary>A coordinate as SVG writes it: invariant culture, at most two decimal places.</summary>
    public static string Number(double value) => N(value);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text
        .Replace("&", "&amp;", System.StringComparison.Ordinal)
        .Replace("<", "&lt;", System.StringComparison.Ordinal)
        .Replace(">", "&gt;", System.StringComparison.Ordinal)
        .Replace("\"", "&quot;", System.StringComparison.Ordinal);
}
