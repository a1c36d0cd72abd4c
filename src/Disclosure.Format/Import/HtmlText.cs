using System.Text;

namespace Disclosure.Format.Import;

/// <summary>
/// A minimal HTML-to-text step for pages saved whole: scripts, styles and comments are dropped, table cells become
/// tab-separated fields, block ends become line breaks, character references are decoded. It keeps, for every
/// character of the result, its index in the HTML, so diagnostics still point into the page.
/// </summary>
internal static class HtmlText
{
    public static bool LooksLikeHtml(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        if (start >= text.Length || text[start] != '<')
        {
            return false;
        }

        var head = text.Substring(start, Math.Min(2000, text.Length - start));
        return head.IndexOf("<html", StringComparison.OrdinalIgnoreCase) >= 0
               || head.IndexOf("<!doctype", StringComparison.OrdinalIgnoreCase) >= 0
               || head.IndexOf("<body", StringComparison.OrdinalIgnoreCase) >= 0
               || head.IndexOf("<table", StringComparison.OrdinalIgnoreCase) >= 0
               || head.IndexOf("<p", StringComparison.OrdinalIgnoreCase) >= 0
               || head.IndexOf("<div", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    public static (string Text, int[] Map) Strip(string html)
    {
        var sb = new StringBuilder(html.Length / 2);
        var map = new List<int>(html.Length / 2);
        var cellDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                if (StartsWith(html, i, "<!--"))
                {
                    var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = close < 0 ? html.Length : close + 3;
                    continue;
                }

                var end = html.IndexOf('>', i + 1);
                if (end < 0)
                {
                    break;
                }

                var tag = TagName(html, i + 1, end);
                var closing = i + 1 < html.Length && html[i + 1] == '/';
                if (!closing && (tag == "script" || tag == "style" || tag == "noscript" || tag == "template"))
                {
                    var close = html.IndexOf("</" + tag, end, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? html.Length : Math.Max(close, end + 1);
                    continue;
                }

                if (tag is "td" or "th")
                {
                    cellDepth = closing ? Math.Max(0, cellDepth - 1) : cellDepth + 1;
                }

                // Inside a table cell, paragraphs and line breaks only separate words (<p>商业</p><p>企业</p>).
                var separator = tag switch
                {
                    "td" or "th" when closing => '\t',
                    "tr" or "table" => '\n',
                    "br" or "p" or "div" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "section" or "article" or "title" => cellDepth > 0 ? ' ' : '\n',
                    _ => '\0',
                };
                if (separator != '\0')
                {
                    sb.Append(separator);
                    map.Add(i);
                }

                i = end + 1;
                continue;
            }

            if (c == '&')
            {
                var semicolon = html.IndexOf(';', i + 1);
                if (semicolon > i && semicolon - i <= 10 && Entity(html.Substring(i + 1, semicolon - i - 1)) is { } decoded)
                {
                    sb.Append(decoded);
                    map.Add(i);
                    i = semicolon + 1;
                    continue;
                }
            }

            if (c == '\r')
            {
                i++;
                continue;
            }

            if (c == '\n')
            {
                c = ' '; // source line breaks inside HTML are not text line breaks
            }

            sb.Append(c);
            map.Add(i);
            i++;
        }

        map.Add(html.Length);
        return (sb.ToString(), map.ToArray());
    }

    private static string TagName(string html, int from, int end)
    {
        var i = from;
        if (i < end && html[i] == '/') i++;
        var start = i;
        while (i < end && char.IsLetterOrDigit(html[i])) i++;
        return html.Substring(start, i - start).ToLowerInvariant();
    }

    private static bool StartsWith(string s, int at, string prefix) =>
        at + prefix.Length <= s.Length && string.CompareOrdinal(s, at, prefix, 0, prefix.Length) == 0;

    private static char? Entity(string name)
    {
        switch (name)
        {
            case "nbsp": return ' ';
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            case "ldquo": return '“';
            case "rdquo": return '”';
            case "lsquo": return '‘';
            case "rsquo": return '’';
            case "mdash": return '—';
            case "ndash": return '–';
            case "hellip": return '…';
            case "middot": return '·';
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] == 'x' || name[1] == 'X';
            var digits = hex ? name.Substring(2) : name.Substring(1);
            if (int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code > 0 && code < 0xD800)
            {
                return (char)code;
            }
        }

        return null;
    }
}
