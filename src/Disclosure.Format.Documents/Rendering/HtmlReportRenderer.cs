using System.Globalization;
using System.Text;
using Disclosure.Format.Model;

namespace Disclosure.Format.Documents.Rendering;

/// <summary>
/// Writes a report as one self-contained HTML page in the official layout: the title, the preamble, the six sections
/// and the three tables with exactly the merged cells of the notice (the vertical <c>三、本年度办理结果</c> label, the
/// two-level applicant header, the 15-column review and litigation table), drawn from the
/// <see cref="Layout.LayoutCatalog"/>. The page has inline CSS only (no script, font, image or other external
/// resource), <c>lang="zh-CN"</c>, header cells marked up for screen readers (<c>th</c> with <c>scope</c> and
/// <c>id</c>, every value cell naming its headers), and a print stylesheet for A4. A blank cell is an empty cell, never 0.
/// </summary>
/// <example>
/// <code>
/// File.WriteAllText("report.html", HtmlReportRenderer.Render(report));
/// </code>
/// </example>
public static class HtmlReportRenderer
{
    private const string Style = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f4f4f4; color: #000; font-family: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 16pt; line-height: 1.6; }
        main { box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: 25mm 26mm 30mm 28mm; background: #fff; }
        h1 { margin: 0 0 1em; text-align: center; font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 22pt; font-weight: normal; line-height: 1.4; text-wrap: balance; }
        h2 { margin: 1em 0 0.5em; font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 16pt; font-weight: normal; }
        h3 { margin: 0.5em 0; text-indent: 2em; font-family: "KaiTi", "楷体", "楷体_GB2312", "STKaiti", serif; font-size: 16pt; font-weight: normal; }
        p { margin: 0; text-indent: 2em; text-align: justify; }
        .signature { margin-top: 2em; text-align: right; }
        .signature p { text-indent: 0; text-align: right; }
        table { width: 100%; table-layout: fixed; margin: 0.5em 0 1em; border-collapse: collapse; font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 10.5pt; line-height: 1.35; }
        th, td { border: 1px solid #000; padding: 2px 4px; }
        th { font-weight: normal; text-align: center; vertical-align: middle; }
        th[scope="row"], th[scope="rowgroup"] { text-align: left; }
        th.vertical { writing-mode: vertical-rl; text-orientation: upright; text-align: center; letter-spacing: 0.1em; }
        td { text-align: center; vertical-align: middle; font-variant-numeric: tabular-nums; min-width: 1.5em; }
        td.note { font-size: 9pt; text-align: left; }
        .t4 { font-size: 9pt; }
        @media print {
          @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
          body { background: none; }
          main { max-width: none; margin: 0; padding: 0; }
          thead { display: table-header-group; }
          tr, th, td { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
        }
        """;

    /// <summary>Writes <paramref name="report"/> as an HTML page.</summary>
    /// <param name="report">The report (either edition).</param>
    /// <returns>The page, starting with <c>&lt;!DOCTYPE html&gt;</c> and ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Render(DisclosureReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        var outline = ReportOutline.Create(report);
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\" />\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
          .Append("<meta name=\"generator\" content=\"Disclosure.Format.Documents\" />\n")
          .Append("<title>").Append(Escape(outline.Title)).Append("</title>\n");
        // The page metadata of Chinese government websites: the publication date and the page's address, when known.
        if (report.Metadata.PublishedOn is { } date)
        {
            sb.Append("<meta name=\"PubDate\" content=\"").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\" />\n");
        }

        if (report.Metadata.SourceUrl is { } url)
        {
            sb.Append("<meta name=\"Url\" content=\"").Append(Escape(url)).Append("\" />\n");
        }

        sb
          .Append("<style>\n").Append(Style.Replace("\r\n", "\n")).Append("\n</style>\n</head>\n<body>\n<main>\n<article>\n")
          .Append("<h1>").Append(Escape(outline.Title)).Append("</h1>\n");
        foreach (var line in outline.Preamble)
        {
            Paragraph(sb, line);
        }

        foreach (var section in outline.Sections)
        {
            var headingId = $"s{section.Layout.Number}";
            sb.Append("<section aria-labelledby=\"").Append(headingId).Append("\">\n<h2 id=\"").Append(headingId).Append("\">")
              .Append(Escape(section.Layout.Label)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                switch (block.Kind)
                {
                    case OutlineBlockKind.SubHeading:
                        sb.Append("<h3>").Append(Escape(block.Text)).Append("</h3>\n");
                        break;
                    case OutlineBlockKind.Paragraph:
                        Paragraph(sb, block.Text);
                        break;
                    case OutlineBlockKind.Table:
                        Table(sb, block.Table!, headingId);
                        break;
                }
            }

            sb.Append("</section>\n");
        }

        // The signature (落款) closes the text as in the printed document: agency, then date.
        sb.Append("<div class=\"signature\">\n");
        foreach (var line in outline.Signature)
        {
            sb.Append("<p>").Append(Escape(line)).Append("</p>\n");
        }

        sb.Append("</div>\n</article>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Writes <paramref name="report"/> as an HTML page to <paramref name="output"/> in UTF-8 (without a byte order mark).</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Render(DisclosureReport report, Stream output)
    {
        if (output is null) throw new ArgumentNullException(nameof(output));
        var bytes = new UTF8Encoding(false).GetBytes(Render(report));
        output.Write(bytes, 0, bytes.Length);
    }

    private static void Paragraph(StringBuilder sb, string text) =>
        sb.Append("<p>").Append(Escape(text)).Append("</p>\n");

    private static void Table(StringBuilder sb, DrawnTable table, string headingId)
    {
        sb.Append("<table class=\"").Append(table.Table.Key.ToLowerInvariant()).Append("\" aria-labelledby=\"").Append(headingId).Append("\">\n<colgroup>");
        var widths = GridLayout.Widths(table, GridLayout.TextWidth).Select(w => w * 100 / GridLayout.TextWidth);
        foreach (var width in widths)
        {
            sb.Append("<col style=\"width:").Append(width.ToString("0.##", CultureInfo.InvariantCulture)).Append("%\" />");
        }

        sb.Append("</colgroup>\n");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (i == 0)
            {
                sb.Append(table.HeaderRows > 0 ? "<thead>\n" : "<tbody>\n");
            }
            else if (i == table.HeaderRows)
            {
                sb.Append("</thead>\n<tbody>\n");
            }

            sb.Append("<tr>");
            foreach (var cell in table.Rows[i])
            {
                Cell(sb, cell);
            }

            sb.Append("</tr>\n");
        }

        sb.Append(table.HeaderRows == table.Rows.Count ? "</thead>\n" : "</tbody>\n").Append("</table>\n");
    }

    private static void Cell(StringBuilder sb, DrawnCell cell)
    {
        var (tag, scope, cls) = cell.Kind switch
        {
            DrawnCellKind.Value => ("td", null, null),
            DrawnCellKind.Note => ("td", null, "note"),
            DrawnCellKind.Caption => ("th", "colgroup", null),
            DrawnCellKind.ColumnHeader => ("th", cell.ColumnSpan > 1 ? "colgroup" : "col", null),
            _ => ("th", cell.RowSpan > 1 ? "rowgroup" : "row", cell.RowSpan > 2 && cell.ColumnSpan == 1 && cell.Column == 0 ? "vertical" : null),
        };
        sb.Append('<').Append(tag);
        if (cell.IsHeader && cell.Kind != DrawnCellKind.Note)
        {
            sb.Append(" id=\"").Append(cell.Id).Append('"');
        }

        if (scope is not null) sb.Append(" scope=\"").Append(scope).Append('"');
        if (cls is not null) sb.Append(" class=\"").Append(cls).Append('"');
        if (cell.RowSpan > 1) sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
        if (cell.ColumnSpan > 1) sb.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
        if (cell.Headers.Count > 0)
        {
            sb.Append(" headers=\"").Append(string.Join(" ", cell.Headers.Select(h => h.Id))).Append('"');
        }

        sb.Append('>').Append(Escape(cell.Text)).Append("</").Append(tag).Append('>');
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
