using System.Globalization;
using System.Net;
using System.Text;
using KeepUp.Domain.Programme;

namespace KeepUp.Application.Programme;

/// <summary>
/// The evaluation report as HTML, shaped like the programme's own report: reach, the four lenses
/// (evidence by source and theme, quotes, ongoing challenges), next steps. The same markup is shown
/// on the page and printed to PDF, so the two never disagree.
/// </summary>
public static class EvaluationReportHtml
{
    private static readonly CultureInfo Gb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The report's body, for a page that already has a layout.</summary>
    public static string Body(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<article class=\"evaluation\">");
        html.Append("<header><h1>Evaluation: ").Append(E(report.Title)).Append("</h1><p class=\"lead\">").Append(E(report.Period))
            .Append(CultureInfo.InvariantCulture, $". {report.EvidenceCount} pieces of evidence through four lenses.</p></header>");

        html.Append("<section><h2>Reach</h2>");
        if (report.Reach.Count == 0)
        {
            html.Append("<p>No specialists or Work Groups recorded by the end of the period.</p>");
        }
        else
        {
            html.Append("<figure class=\"reach-chart\">").Append(ReachChart.Render(report.Reach, "Cumulative reach: " + report.Title, "evaluation-reach")).Append("</figure>");
            html.Append("<table class=\"data-table\"><caption>Cumulative reach by academic year</caption><thead><tr><th scope=\"col\">Academic year</th><th scope=\"col\">Mastery Specialists trained</th><th scope=\"col\">Schools taken part</th></tr></thead><tbody>");
            foreach (var year in report.Reach)
            {
                html.Append(Gb, $"<tr><th scope=\"row\">{year.Year}</th><td>{year.Specialists:N0}</td><td>{year.Schools:N0}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>");
        var number = 0;
        foreach (var section in report.Sections)
        {
            number++;
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"lens\"><h2>{number}. ").Append(E(section.Category.Name())).Append("</h2>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{section.Count} piece{(section.Count == 1 ? string.Empty : "s")} of evidence");
            if (section.Sources.Count > 0)
            {
                html.Append(": ").Append(E(string.Join(", ", section.Sources.Select(s => $"{s.Source.Name().ToLower(Gb)} {s.Count}"))));
            }

            html.Append(".</p>");
            if (section.Themes.Count > 0)
            {
                html.Append("<table class=\"data-table\"><caption>Emerging themes</caption><thead><tr><th scope=\"col\">Theme</th><th scope=\"col\">Pieces of evidence</th></tr></thead><tbody>");
                foreach (var theme in section.Themes)
                {
                    html.Append("<tr><th scope=\"row\">").Append(E(theme.Theme)).Append(CultureInfo.InvariantCulture, $"</th><td>{theme.Count}</td></tr>");
                }

                html.Append("</tbody></table>");
            }

            foreach (var quote in section.Quotes)
            {
                html.Append("<blockquote class=\"evaluation-quote\"><p>").Append(E(quote.Quote!)).Append("</p>");
                if (!string.IsNullOrWhiteSpace(quote.Attribution))
                {
                    html.Append("<footer>").Append(E(quote.Attribution)).Append("</footer>");
                }

                html.Append("</blockquote>");
            }

            if (section.Challenges.Count > 0)
            {
                html.Append("<h3>Ongoing challenges</h3><ul>");
                foreach (var challenge in section.Challenges)
                {
                    html.Append("<li>").Append(E(challenge)).Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</section>");
        }

        html.Append("<section><h2>Challenges and next steps</h2>");
        List("Ongoing challenges for the programme", report.GeneralChallenges, html);
        List("Next steps", report.NextSteps, html);
        if (report.GeneralChallenges.Count + report.NextSteps.Count == 0)
        {
            html.Append("<p>No challenges or next steps written for this period.</p>");
        }

        html.Append("</section></article>");
        return html.ToString();
    }

    /// <summary>A self-contained document for printing to PDF (styles inline, no scripts, no links out).</summary>
    public static string Document(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Evaluation: " + E(report.Title) + "</title><style>"
            + "body{font-family:system-ui,sans-serif;color:#1b1b1b;margin:0;font-size:11pt}h1{font-size:20pt}h2{font-size:14pt;margin-top:1.4em;border-bottom:2px solid #1d4ed8}"
            + "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #9ca3af;padding:.25em .5em;text-align:left}caption{text-align:left;font-weight:600}"
            + "blockquote{border-left:4px solid #1d4ed8;margin:.8em 0;padding:.2em 1em;font-style:italic}blockquote footer{font-style:normal;font-size:.9em}"
            + "svg{width:100%;height:auto;max-width:17cm}figure{margin:0}section{break-inside:auto}h2,h3{break-after:avoid}@page{size:A4;margin:18mm}"
            + "</style></head><body>" + Body(report) + "</body></html>";
    }

    private static void List(string heading, IReadOnlyList<string> items, StringBuilder html)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Append(E(heading)).Append("</h3><ul>");
        foreach (var item in items)
        {
            html.Append("<li>").Append(E(item)).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
