using System.Net;
using System.Text;
using Disclosure.Format.Model;
using Disclosure.Format.Rendering;

namespace Disclosure.Format.Documents.Tests;

/// <summary>How <see cref="OfficialHtml"/> writes a page.</summary>
[Flags]
public enum HtmlStyle
{
    /// <summary>Plain HTML: one table per block, merged labels and headers as rowspan/colspan, <c>&lt;p&gt;</c> paragraphs.</summary>
    Plain = 0,

    /// <summary>Word's HTML export: every cell text in <c>&lt;p class=MsoNormal&gt;&lt;span style='mso-…'&gt;</c>, numbers split across spans, <c>&lt;o:p&gt;</c>, hidden runs, conditional comments.</summary>
    Word = 1,

    /// <summary>The applications table split in two <c>&lt;table&gt;</c>s (as a page break leaves it), with a continuation line between.</summary>
    SplitTable = 2,

    /// <summary>The report inside a layout table of a site template with navigation, a footer, scripts and styles around it.</summary>
    SiteTemplate = 4,

    /// <summary>Headings as <c>&lt;h2&gt;</c> and <c>&lt;th&gt;</c> header cells.</summary>
    Headings = 8,
}

/// <summary>
/// Writes a 2021-edition report as an HTML page in the official layout, from the report's own text rendering (the labels
/// and order of the layout catalog): the tables with the merged cells agencies publish (三、本年度办理结果 over 22 rows,
/// the multi-row headers, 第二十条 rows over the table's width), in several styles.
/// </summary>
public static class OfficialHtml
{
    private const string T3Header =
        "<tr><td colspan=\"3\" rowspan=\"3\"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td><td colspan=\"7\"><p>申请人情况</p></td></tr>"
        + "<tr><td rowspan=\"2\"><p>自然人</p></td><td colspan=\"5\"><p>法人或其他组织</p></td><td rowspan=\"2\"><p>总计</p></td></tr>"
        + "<tr><td><p>商业</p><p>企业</p></td><td><p>科研</p><p>机构</p></td><td><p>社会公益组织</p></td><td><p>法律服务机构</p></td><td><p>其他</p></td></tr>";

    private const string T4Header =
        "<tr><td colspan=\"5\"><p>行政复议</p></td><td colspan=\"10\"><p>行政诉讼</p></td></tr>"
        + "<tr><td rowspan=\"2\"><p>结果维持</p></td><td rowspan=\"2\"><p>结果<br/>纠正</p></td><td rowspan=\"2\"><p>其他<br/>结果</p></td><td rowspan=\"2\"><p>尚未<br/>审结</p></td><td rowspan=\"2\"><p>总计</p></td><td colspan=\"5\"><p>未经复议直接起诉</p></td><td colspan=\"5\"><p>复议后起诉</p></td></tr>"
        + "<tr><td><p>结果维持</p></td><td><p>结果纠正</p></td><td><p>其他结果</p></td><td><p>尚未审结</p></td><td><p>总计</p></td><td><p>结果维持</p></td><td><p>结果纠正</p></td><td><p>其他结果</p></td><td><p>尚未审结</p></td><td><p>总计</p></td></tr>";

    /// <summary>Writes the page.</summary>
    /// <param name="report">A 2021-edition report.</param>
    /// <param name="style">The style.</param>
    /// <param name="cellText">Rewrites a value cell's text (given the row's label and the column index); optional.</param>
    public static string Render(DisclosureReport report, HtmlStyle style, Func<string, int, string, string>? cellText = null)
    {
        var text = ReportTextRenderer.RenderReport(report, TextShape.TabSeparated);
        var blocks = text.Replace("\r", string.Empty).Split(["\n\n"], StringSplitOptions.RemoveEmptyEntries);
        var body = new StringBuilder();
        var word = style.HasFlag(HtmlStyle.Word);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n').Where(l => l.Length > 0).ToList();
            if (!lines.Any(l => l.Contains('\t')))
            {
                foreach (var line in lines)
                {
                    var heading = style.HasFlag(HtmlStyle.Headings) && IsSectionHeading(line);
                    body.Append(heading ? "<h2>" : "<p style=\"text-indent: 2em;\">").Append(Inline(line, word)).Append(heading ? "</h2>\n" : "</p>\n");
                }

                continue;
            }

            var cell = cellText ?? ((_, _, t) => t);
            if (lines[0].StartsWith("第二十条", StringComparison.Ordinal)) body.Append(T2(lines, word, cell));
            else if (lines[0].StartsWith("（本列", StringComparison.Ordinal)) body.Append(T3(lines, style, cell));
            else body.Append(T4(lines, word, cell));
        }

        if (word)
        {
            body.Insert(0, "<![if !supportMisalignedColumns]><![endif]>\n<!--[if gte mso 9]><xml><w:WordDocument>1 2 3</w:WordDocument></xml><![endif]-->\n");
        }

        var page = body.ToString();
        if (style.HasFlag(HtmlStyle.SiteTemplate))
        {
            page = "<div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> 2024年12月31日</div>\n"
                   + "<nav><ul><li>一、总体情况</li><li>三、收到和处理政府信息公开申请情况 1 2 3</li></ul></nav>\n"
                   + "<table width=\"100%\"><tr><td class=\"left\"><p>栏目导航</p><table><tr><td>政府信息公开年报</td><td>12</td></tr></table></td>\n"
                   + "<td class=\"main\"><div class=\"TRS_Editor\">\n" + page + "</div></td></tr></table>\n"
                   + "<footer><p>版权所有：某某县人民政府 2024 联系电话：0000-1234567</p></footer>\n"
                   + "<script>var gklist = \"一、总体情况 二、主动公开 0 0 0\"; document.write('<p>脚本文字</p>');</script>\n"
                   + "<style>p { text-indent: 2em; } /* 六、其他需要报告的事项 */</style>\n";
        }

        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + WebUtility.HtmlEncode(report.Metadata.Title ?? string.Empty)
               + "_政府信息公开年报_某某网</title></head>\n<body>\n" + page + "</body></html>\n";
    }

    private static bool IsSectionHeading(string line) =>
        line.Length < 40 && line.Length > 2 && "一二三四五六".Contains(line[0]) && line[1] == '、';

    private static string Inline(string text, bool word)
    {
        var encoded = WebUtility.HtmlEncode(text);
        return word ? "<span style='font-family:仿宋_GB2312;mso-ascii-font-family:\"Times New Roman\"'>" + encoded + "<o:p></o:p></span>" : encoded;
    }

    /// <summary>A cell's content: Word writes a number's digits in separate runs and hides bookmarks in hidden runs.</summary>
    private static string Cell(string text, bool word, string attributes = "", string tag = "td")
    {
        string content;
        if (!word)
        {
            content = "<p>" + WebUtility.HtmlEncode(text) + "</p>";
        }
        else if (text.Length > 1 && char.IsDigit(text[0]))
        {
            var half = text.Length / 2;
            content = "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='mso-bidi-font-size:10.5pt'>"
                      + WebUtility.HtmlEncode(text[..half]) + "</span><span style='display:none;mso-hide:all'>9</span><span lang=EN-US>"
                      + WebUtility.HtmlEncode(text[half..]) + "<o:p></o:p></span></p>";
        }
        else
        {
            content = "<p class=MsoNormal><span style='font-family:宋体;mso-bidi-font-family:宋体'>" + WebUtility.HtmlEncode(text)
                      + "</span><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";
        }

        return $"<{tag}{attributes} style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>{content}</{tag}>";
    }

    private static string T2(List<string> lines, bool word, Func<string, int, string, string> cellText)
    {
        var sb = new StringBuilder("<table border=\"1\" cellspacing=\"0\"><tbody>\n");
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            sb.Append("<tr>");
            if (f.Length == 1) sb.Append(Cell(f[0], word, " colspan=\"4\""));
            else if (f.Length == 2) sb.Append(Cell(f[0], word)).Append(Cell(cellText(f[0], 0, f[1]), word, " colspan=\"3\""));
            else
            {
                sb.Append(Cell(f[0], word));
                for (var i = 1; i < f.Length; i++) sb.Append(Cell(f[0] == "信息内容" ? f[i] : cellText(f[0], i - 1, f[i]), word));
            }

            sb.Append("</tr>\n");
        }

        return sb.Append("</tbody></table>\n").ToString();
    }

    private static string T3(List<string> lines, HtmlStyle style, Func<string, int, string, string> cellText)
    {
        var word = style.HasFlag(HtmlStyle.Word);
        var header = style.HasFlag(HtmlStyle.Headings) ? T3Header.Replace("<td", "<th").Replace("</td>", "</th>") : T3Header;
        var sb = new StringBuilder("<table border=\"1\" cellspacing=\"0\"><tbody>\n").Append(header).Append('\n');
        var rows = lines.Skip(3).Select(l => l.Split('\t')).ToList();
        var resultsStart = rows.FindIndex(f => f[0].StartsWith("三、", StringComparison.Ordinal));
        var resultsEnd = rows.FindIndex(f => f[0].StartsWith("（七）", StringComparison.Ordinal));
        for (var r = 0; r < rows.Count; r++)
        {
            var f = rows[r];
            var labels = f.Length - 7;
            sb.Append("<tr>");
            var label = f[labels - 1];
            if (r == resultsStart)
            {
                sb.Append(Cell(f[0], word, $" rowspan=\"{resultsEnd - resultsStart + 1}\""));
                f = f[1..];
                labels--;
            }

            if (labels == 2)
            {
                // A group (（三）不予公开 …): its label spans the numbered rows that follow.
                var span = 1;
                while (r + span < rows.Count && rows[r + span].Length == 8 && char.IsDigit(rows[r + span][0][0])) span++;
                sb.Append(Cell(f[0], word, $" rowspan=\"{span}\"")).Append(Cell(f[1], word));
            }
            else if (labels == 1)
            {
                var numbered = char.IsDigit(f[0][0]);
                sb.Append(Cell(f[0], word, numbered ? string.Empty : r >= resultsStart && r <= resultsEnd ? " colspan=\"2\"" : " colspan=\"3\""));
            }

            for (var i = f.Length - 7; i < f.Length; i++) sb.Append(Cell(cellText(label, i - (f.Length - 7), f[i]), word));
            sb.Append("</tr>\n");
            if (style.HasFlag(HtmlStyle.SplitTable) && f[0].StartsWith("8.属于行政查询事项", StringComparison.Ordinal))
            {
                // A page break: the table goes on in a second table, with a continuation line between.
                sb.Append("</tbody></table>\n<p>（续表）</p>\n<table border=\"1\" cellspacing=\"0\"><tbody>\n");
            }
        }

        return sb.Append("</tbody></table>\n").ToString();
    }

    private static string T4(List<string> lines, bool word, Func<string, int, string, string> cellText)
    {
        var sb = new StringBuilder("<table border=\"1\" cellspacing=\"0\"><tbody>\n").Append(T4Header).Append('\n');
        var f = lines[^1].Split('\t');
        sb.Append("<tr>");
        for (var i = 0; i < f.Length; i++) sb.Append(Cell(cellText("T4", i, f[i]), word));
        return sb.Append("</tr>\n</tbody></table>\n").ToString();
    }
}
