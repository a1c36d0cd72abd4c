using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Html;

/// <summary>
/// Reads an HTML page into a <see cref="ReportDocument"/>: AngleSharp parses it (source positions kept, nesting
/// bounded), the report's part of the page is found (the tables holding figures and what surrounds them; navigation,
/// footers, scripts, styles and hidden elements left out), and its paragraphs, headings and tables are read in order,
/// each table as a grid with its spans expanded and clamped.
/// </summary>
internal sealed partial class HtmlDocumentReader
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
            diagnostics.Add(Error(DocumentCodes.NestingTooDeep, new SourceLocation { Source = options.SourceName }, HtmlMessages.NestingTooDeep(options.MaxDepth)));
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
            diagnostics.Add(Error(DocumentCodes.NestingTooDeep, Locate(root), HtmlMessages.NestingTooDeep(options.MaxDepth)));
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

    internal static Diagnostic Error(string code, SourceLocation? location, Message message) => new()
    {
        Code = code,
        Severity = DiagnosticSeverity.Error,
        Pointer = string.Empty,
        Location = location,
        Message = message.En,
        MessageZh = message.Zh,
    };
}
