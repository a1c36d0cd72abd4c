using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Html;

/// <summary>
/// Reads an HTML page into a <see cref="ReportDocument"/>: AngleSharp parses it (source positions kept, nesting
/// bounded), the report's part of the page is found (the tables holding figures and what surrounds them; navigation,
/// footers, scripts, styles and hidden elements left out), and its paragraphs, headings and tables are read in order,
/// each table as a grid with its spans expanded and clamped.
/// </summary>
internal sealed class HtmlDocumentReader
{
    /// <summary>Elements whose content is never displayed as the page's text, or is site chrome.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "nav", "footer", "aside", "form", "select", "option",
        "button", "textarea", "input", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio", "map",
    };

    /// <summary>Elements that start and end a block of text (a paragraph boundary outside a cell, a line break inside one).</summary>
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main",
        "header", "blockquote", "pre", "center", "address", "figure", "figcaption", "caption", "hr", "table", "tr", "td",
        "th", "tbody", "thead", "tfoot", "body", "html", "fieldset", "legend", "details", "summary",
    };

    private readonly string html;
    private readonly HtmlReadOptions options;
    private readonly List<Diagnostic> diagnostics = [];
    private int[]? lineStarts;

    private HtmlDocumentReader(string html, HtmlReadOptions options)
    {
        this.html = html;
        this.options = options;
    }

    public static ReportDocument Read(string html, HtmlReadOptions options, string? encodingName)
    {
        var reader = new HtmlDocumentReader(html, options);
        return reader.Read(encodingName);
    }

    private ReportDocument Read(string? encodingName)
    {
        // A cheap scan first: a parser's cost grows with the square of the nesting on some markup (100 000 nested
        // <div>s take minutes), so a page whose tags nest far past the limit is refused before it is parsed.
        if (EstimatedDepth(html) > 4L * options.MaxDepth)
        {
            diagnostics.Add(Error(DocumentCodes.NestingTooDeep, new SourceLocation { Source = options.SourceName },
                $"The page nests its elements deeper than {options.MaxDepth} levels (HtmlReadOptions.MaxDepth); it is not read. A report page, with its site template, stays under 40.",
                $"该页面的元素嵌套超过 {options.MaxDepth} 层（HtmlReadOptions.MaxDepth），未读取。报告页面连同网站模板通常不超过 40 层。"));
            return Empty(encodingName);
        }

        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            MaximumDepth = options.MaxDepth + 1, // one more than allowed, so that reaching it is seen
            IsScripting = false,
        });
        var document = parser.ParseDocument(html);
        var root = (IElement?)document.Body ?? document.DocumentElement;

        if (Depth(document.DocumentElement) > options.MaxDepth)
        {
            diagnostics.Add(Error(DocumentCodes.NestingTooDeep, Locate(root),
                $"The page nests its elements deeper than {options.MaxDepth} levels (HtmlReadOptions.MaxDepth); it is not read. A report page, with its site template, stays under 40.",
                $"该页面的元素嵌套超过 {options.MaxDepth} 层（HtmlReadOptions.MaxDepth），未读取。报告页面连同网站模板通常不超过 40 层。"));
            return Empty(encodingName);
        }

        var title = Collapse(document.Title ?? string.Empty);
        var container = ReportContainer(root);
        var blocks = new List<DocumentBlock>();
        new BlockWalker(this, blocks).Walk(container);
        return new ReportDocument(blocks)
        {
            Title = title.Length == 0 ? null : title,
            PublishedOn = PageDate(Meta(document, "PubDate")),
            SourceUrl = WebAddress(Meta(document, "Url")),
            SourceName = options.SourceName,
            EncodingName = encodingName,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>The content of the first <c>&lt;meta name="…"&gt;</c> of the page's head with that name (any case), trimmed; or null.</summary>
    private static string? Meta(IDocument document, string name)
    {
        if (document.Head is not { } head) return null;
        foreach (var meta in head.GetElementsByTagName("meta"))
        {
            if (string.Equals(meta.GetAttribute("name")?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content")?.Trim();
                return string.IsNullOrEmpty(content) ? null : content;
            }
        }

        return null;
    }

    /// <summary>The date of a government page's <c>PubDate</c> (<c>2024-01-31 16:52</c>, <c>2024-01-31</c>, <c>2024/1/31</c>): its date part; null when it is not a date.</summary>
    internal static DateTime? PageDate(string? text)
    {
        if (text is null) return null;
        var end = text.IndexOfAny([' ', 'T', '　']);
        var datePart = end < 0 ? text : text.Substring(0, end);
        string[] formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];
        return DateTime.TryParseExact(datePart, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1990
            ? date
            : null;
    }

    /// <summary>An absolute <c>http</c> or <c>https</c> address, or null.</summary>
    internal static string? WebAddress(string? text) =>
        text is not null && text.Length <= 2048 && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? text
            : null;

    private ReportDocument Empty(string? encodingName) => new([])
    {
        SourceName = options.SourceName,
        EncodingName = encodingName,
        Diagnostics = diagnostics,
    };

    internal static Diagnostic Error(string code, SourceLocation? location, string message, string messageZh) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Error,
        Pointer = string.Empty,
        Location = location,
        Message = message,
        MessageZh = messageZh,
    };

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

    /// <summary>Walks the report's part of the page in document order, writing paragraphs and tables.</summary>
    private sealed class BlockWalker(HtmlDocumentReader reader, List<DocumentBlock> blocks)
    {
        private readonly TextRun paragraph = new();
        private IElement? paragraphStart;
        private int headingLevel;
        private int tables;

        public void Walk(IElement container)
        {
            // An explicit stack of (node, entering) pairs: no recursion however deep the page (depth is bounded anyway).
            var stack = new Stack<(INode Node, bool Enter)>();
            stack.Push((container, true));
            while (stack.Count > 0)
            {
                var (node, enter) = stack.Pop();
                if (node is IText text)
                {
                    if (paragraph.IsEmpty) paragraphStart = text.ParentElement;
                    paragraph.Append(text.Data);
                    continue;
                }

                if (node is not IElement element)
                {
                    continue;
                }

                var name = element.LocalName;
                if (!enter)
                {
                    if (BlockElements.Contains(name)) Flush();
                    if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6') headingLevel = 0;
                    continue;
                }

                if (element != container && (Skipped.Contains(name) || Hidden(element)))
                {
                    continue;
                }

                if (name == "br")
                {
                    Flush();
                    continue;
                }

                if (name == "table" && element is IHtmlTableElement table && element.QuerySelector("table") is null)
                {
                    Flush();
                    // Numbered as the tables stand in the page, counting one left out for its size.
                    var number = ++tables;
                    if (new TableGridReader(reader, table, number).Read() is { } read)
                    {
                        blocks.Add(read);
                    }

                    continue;
                }

                if (BlockElements.Contains(name))
                {
                    Flush();
                    if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6') headingLevel = name[1] - '0';
                }

                stack.Push((element, false));
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], true));
                }
            }

            Flush();
        }

        private void Flush()
        {
            var text = paragraph.Take();
            if (text.Length == 0) return;
            blocks.Add(new DocumentParagraph(text, headingLevel) { Location = reader.Locate(paragraphStart) });
        }
    }

    /// <summary>Text as displayed: runs joined, white space collapsed, lines trimmed, empty lines dropped.</summary>
    internal sealed class TextRun
    {
        private readonly StringBuilder sb = new();
        private bool pendingSpace;

        public bool IsEmpty => sb.Length == 0;

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    pendingSpace = sb.Length > 0 && sb[sb.Length - 1] != '\n';
                    continue;
                }

                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(c == '\u00A0' ? ' ' : c);
            }
        }

        public void LineBreak()
        {
            pendingSpace = false;
            if (sb.Length > 0 && sb[sb.Length - 1] != '\n') sb.Append('\n');
        }

        public string Take()
        {
            var lines = sb.ToString().Split('\n');
            sb.Clear();
            pendingSpace = false;
            var kept = new List<string>(lines.Length);
            foreach (var line in lines)
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0) kept.Add(trimmed);
            }

            return string.Join("\n", kept);
        }
    }

    /// <summary>Reads one table (with no table inside it) as a grid: rowspan and colspan expanded, clamped, never allocated blindly.</summary>
    private sealed class TableGridReader(HtmlDocumentReader reader, IHtmlTableElement table, int number)
    {
        private const int MaxRowSpan = 65534; // as HTML clamps it

        public DocumentTable? Read()
        {
            var options = reader.options;
            var rows = new List<IHtmlTableRowElement>();
            var cellCount = 0L;
            foreach (var row in table.Rows)
            {
                if (Hidden(row)) continue;
                rows.Add(row);
                cellCount += row.Cells.Length;
            }

            if (cellCount > options.MaxTableCells)
            {
                TooLarge($"{cellCount} cells", $"{cellCount} 个单元格");
                return null;
            }

            var maxSlots = Math.Min(DocumentTable.MaxSlots, (long)options.MaxTableCells * 50);
            var busyUntil = new List<int>(); // per column, the first row where the column is free again
            var placed = new List<(IHtmlTableCellElement Element, int Row, int Column, int RowSpan, int ColumnSpan)>();
            for (var r = 0; r < rows.Count; r++)
            {
                var c = 0;
                foreach (var cell in rows[r].Cells)
                {
                    if (Hidden(cell)) continue;
                    while (c < busyUntil.Count && busyUntil[c] > r) c++;
                    if (c >= HtmlReadOptions.MaxTableColumns)
                    {
                        TooLarge($"more than {HtmlReadOptions.MaxTableColumns} columns", $"超过 {HtmlReadOptions.MaxTableColumns} 列");
                        return null;
                    }

                    var colSpan = Span(cell, "colspan", 1, HtmlReadOptions.MaxTableColumns - c, out var colClamped);
                    var rowSpan = Span(cell, "rowspan", rows.Count - r, Math.Min(MaxRowSpan, rows.Count - r), out var rowClamped);
                    for (var k = 1; k < colSpan; k++)
                    {
                        if (c + k < busyUntil.Count && busyUntil[c + k] > r)
                        {
                            colSpan = k; // a cell from above already holds that slot: the spans overlap, the first one wins
                            colClamped = true;
                            break;
                        }
                    }

                    if (colClamped || rowClamped)
                    {
                        reader.diagnostics.Add(new Diagnostic
                        {
                            Code = DocumentCodes.SpanClamped,
                            Severity = DiagnosticSeverity.Warning,
                            Pointer = string.Empty,
                            Location = reader.Locate(cell, number, r + 1, c + 1),
                            Message = $"The cell's span (rowspan '{cell.GetAttribute("rowspan")}', colspan '{cell.GetAttribute("colspan")}') reaches past its table or overlaps another cell; it was clamped to {rowSpan} × {colSpan}.",
                            MessageZh = $"该单元格的跨度（rowspan“{cell.GetAttribute("rowspan")}”，colspan“{cell.GetAttribute("colspan")}”）超出表格或与其他单元格重叠，已限制为 {rowSpan} × {colSpan}。",
                        });
                    }

                    while (busyUntil.Count < c + colSpan) busyUntil.Add(0);
                    for (var k = 0; k < colSpan; k++) busyUntil[c + k] = r + rowSpan;
                    placed.Add((cell, r, c, rowSpan, colSpan));
                    c += colSpan;
                }
            }

            var width = busyUntil.Count;
            if ((long)rows.Count * width > maxSlots)
            {
                TooLarge($"{rows.Count} × {width} grid slots", $"{rows.Count} × {width} 个网格位置");
                return null;
            }

            var cells = new List<DocumentCell>(placed.Count);
            foreach (var (element, row, column, rowSpan, columnSpan) in placed)
            {
                cells.Add(new DocumentCell
                {
                    Row = row,
                    Column = column,
                    RowSpan = rowSpan,
                    ColumnSpan = columnSpan,
                    Text = CellText(element),
                    IsHeader = string.Equals(element.LocalName, "th", StringComparison.OrdinalIgnoreCase),
                    Location = reader.Locate(element, number, row + 1, column + 1),
                });
            }

            return new DocumentTable(number, rows.Count, width, cells) { Location = reader.Locate(table, number) };
        }

        private void TooLarge(string what, string whatZh) =>
            reader.diagnostics.Add(Error(DocumentCodes.TableTooLarge, reader.Locate(table, number),
                $"The table has {what}, over the limit (HtmlReadOptions.MaxTableCells is {reader.options.MaxTableCells}); it is left out. A report's largest table has about 300 cells.",
                $"该表格有 {whatZh}，超过上限（HtmlReadOptions.MaxTableCells 为 {reader.options.MaxTableCells}），已略去。报告中最大的表格约有 300 个单元格。"));

        /// <summary>
        /// A span attribute as HTML reads it (its leading digits; anything else is 1; a row span of 0 reaches the end of
        /// the table), clamped to <paramref name="max"/>; <paramref name="clamped"/> says whether the written span went past it.
        /// </summary>
        private static int Span(IElement cell, string attribute, int zeroMeans, int max, out bool clamped)
        {
            clamped = false;
            var value = cell.GetAttribute(attribute);
            if (value is null) return 1;
            long n = 0;
            var digits = 0;
            foreach (var ch in value.Trim())
            {
                if (ch is < '0' or > '9') break;
                if (n < int.MaxValue) n = n * 10 + (ch - '0');
                digits++;
            }

            if (digits == 0) return 1;
            if (n == 0) return Math.Max(1, Math.Min(zeroMeans, max));
            if (n > max)
            {
                clamped = true;
                n = max;
            }

            return (int)Math.Max(1, n);
        }

        /// <summary>The cell's text as displayed: paragraphs and line breaks inside it become lines.</summary>
        private static string CellText(IElement cell)
        {
            var run = new TextRun();
            var stack = new Stack<(INode Node, bool Enter)>();
            stack.Push((cell, true));
            while (stack.Count > 0)
            {
                var (node, enter) = stack.Pop();
                if (node is IText text)
                {
                    run.Append(text.Data);
                    continue;
                }

                if (node is not IElement element) continue;
                var name = element.LocalName;
                if (!enter)
                {
                    if (BlockElements.Contains(name)) run.LineBreak();
                    continue;
                }

                if (element != cell && (Skipped.Contains(name) || Hidden(element))) continue;
                if (name == "br")
                {
                    run.LineBreak();
                    continue;
                }

                if (element != cell && BlockElements.Contains(name)) run.LineBreak();
                stack.Push((element, false));
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], true));
            }

            return run.Take();
        }
    }
}
