using System.Text;
using AngleSharp.Dom;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Html;

/// <summary>The page's structure: nesting depth, the report's container, hidden elements, source locations and whitespace.</summary>
internal sealed partial class HtmlDocumentReader
{
    /// <summary>Elements that have no end tag, or whose end tag may be left out (they never nest in practice).</summary>
    private static readonly HashSet<string> Unnested = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "html", "head", "body",
    };

    /// <summary>
    /// The deepest nesting of the page's tags as written (start tags minus end tags, leaving out void elements and those
    /// whose end tag is optional; comments, scripts and styles skipped), in one pass over the text.
    /// </summary>
    internal static int EstimatedDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while (true)
        {
            i = html.IndexOf('<', i);
            if (i < 0 || i + 1 >= html.Length) break;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close + 3;
                continue;
            }

            var closing = html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && (char.IsLetterOrDigit(html[end]) || html[end] is ':' or '-' or '_')) end++;
            if (end == start)
            {
                i++;
                continue;
            }

            var gt = html.IndexOf('>', end);
            if (gt < 0) break;
            var name = html.Substring(start, end - start);
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                             || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase)))
            {
                var close = html.IndexOf("</" + name, gt, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (!Unnested.Contains(name))
            {
                if (closing) depth = Math.Max(0, depth - 1);
                else if (html[gt - 1] != '/' && ++depth > max) max = depth;
            }

            i = gt + 1;
        }

        return max;
    }

    /// <summary>The deepest nesting of elements under <paramref name="root"/> (1 for a leaf), without recursion.</summary>
    private static int Depth(IElement? root)
    {
        if (root is null) return 0;
        var max = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > max) max = depth;
            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }

    /// <summary>
    /// The element holding the report: the nearest common ancestor of the tables that look like a report's (a table with
    /// no table inside it, at least four cells, a digit, and one of the words every report table has: 信息, 申请, 行政,
    /// 公开). Small tables of a site template (a calendar, a list of links) are not. Without such a table, the whole body.
    /// </summary>
    private static IElement ReportContainer(IElement root)
    {
        IElement? container = null;
        foreach (var table in root.QuerySelectorAll("table"))
        {
            if (table.QuerySelector("table") is not null || Hidden(table) || InSkipped(table, root) || !LooksLikeReportTable(table))
            {
                continue;
            }

            container = container is null ? table.ParentElement ?? root : CommonAncestor(container, table, root);
        }

        return container ?? root;
    }

    private static bool LooksLikeReportTable(IElement table)
    {
        if (table.QuerySelectorAll("td, th").Length < 4) return false;
        var text = table.TextContent;
        return HasDigit(text) && (text.Contains("信息") || text.Contains("申请") || text.Contains("行政") || text.Contains("公开"));
    }

    private static bool InSkipped(IElement element, IElement root)
    {
        for (var e = element.ParentElement; e is not null && e != root; e = e.ParentElement)
        {
            if (Skipped.Contains(e.LocalName) || Hidden(e)) return true;
        }

        return false;
    }

    private static IElement CommonAncestor(IElement a, IElement b, IElement root)
    {
        var ancestors = new HashSet<IElement>();
        for (var e = a; e is not null; e = e.ParentElement) ancestors.Add(e);
        for (var e = b; e is not null; e = e.ParentElement)
        {
            if (ancestors.Contains(e)) return e;
        }

        return root;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9' or >= '０' and <= '９') return true;
        }

        return false;
    }

    /// <summary>An element the page hides (<c>display:none</c>, Word's <c>mso-hide:all</c>, the <c>hidden</c> attribute).</summary>
    internal static bool Hidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        var style = element.GetAttribute("style");
        if (style is null) return false;
        var compact = style.Replace(" ", string.Empty).ToLowerInvariant();
        return compact.Contains("display:none") || compact.Contains("mso-hide:all") || compact.Contains("visibility:hidden");
    }

    internal SourceLocation Locate(IElement? element, int? table = null, int? row = null, int? cell = null)
    {
        var index = element?.SourceReference?.Position.Index;
        if (index is not { } i || i < 0 || i > html.Length)
        {
            return new SourceLocation { Source = options.SourceName, Table = table, Row = row, Cell = cell };
        }

        lineStarts ??= LineStarts(html);
        var line = Array.BinarySearch(lineStarts, i);
        if (line < 0) line = ~line - 1;
        line = Math.Max(0, line);
        return new SourceLocation { Source = options.SourceName, Line = line + 1, Column = i - lineStarts[line] + 1, Table = table, Row = row, Cell = cell };
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) starts.Add(i + 1);
        }

        return starts.ToArray();
    }

    /// <summary>HTML white space collapsed to single spaces and trimmed (a no-break space is kept as a space, as displayed).</summary>
    internal static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c == '\u00A0' ? ' ' : c);
        }

        return sb.ToString().Trim();
    }
}
