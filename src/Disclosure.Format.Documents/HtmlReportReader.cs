using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents.Html;

namespace Disclosure.Format.Documents;

/// <summary>
/// Reads a report published as an HTML page (<c>.html</c>, <c>.htm</c>, or HTML given as a string) into a
/// <see cref="ReportDocument"/>: its title, and the paragraphs, headings and tables of the report's part of the page in
/// reading order, each table as a grid of cells with their spans and source locations.
/// </summary>
/// <remarks>
/// <para>
/// The page is parsed with AngleSharp as a browser would, with source positions kept. The report's part of the page is
/// the nearest element holding every table of figures; navigation, footers, scripts, styles and hidden elements are
/// left out. A table with tables inside it is a layout table: its own cells are read as text and the tables inside it
/// as tables. <c>rowspan</c> and <c>colspan</c> are expanded; a span past the end of its table (or past HTML's maximum)
/// is clamped with <see cref="DocumentCodes.SpanClamped"/>. <c>&lt;th&gt;</c> and <c>&lt;td&gt;</c> are read alike.
/// Text is read as displayed: character references decoded (all of HTML's named references, numeric ones above
/// U+FFFF included), inline runs joined (a number Word split across <c>&lt;span&gt;</c>s is one number), white space
/// collapsed, paragraphs and line breaks inside a cell kept as lines.
/// </para>
/// <para>
/// Reading never throws on any page: what cannot be read becomes a diagnostic in <see cref="ReportDocument.Diagnostics"/>
/// (<see cref="DocumentCodes"/>), and the limits of <see cref="HtmlReadOptions"/> bound the time and memory one page costs.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// ReportDocument page = HtmlReportReader.ReadFile("report.html");
/// foreach (var table in page.Tables)
///     foreach (var cell in table.Cells)
///         Console.WriteLine($"{cell.Location}: {cell.Text}");
/// ImportResult result = ReportDocumentImporter.Import(page);
/// </code>
/// </example>
public static class HtmlReportReader
{
    /// <summary>Reads a page given as text.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="options">Options; optional.</param>
    /// <returns>The document (empty, with an error diagnostic, when the page is over a limit).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static ReportDocument Read(string html, HtmlReadOptions? options = null)
    {
        if (html is null) throw new ArgumentNullException(nameof(html));
        options ??= new HtmlReadOptions();
        if (html.Length > options.MaxDocumentSize)
        {
            return TooLarge(options, HtmlMessages.Characters(html.Length));
        }

        return Guarded(html, options, null);
    }

    /// <summary>Reads a page given as bytes (decoded as described in the remarks of <see cref="HtmlReportReader"/>).</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="options">Options; optional.</param>
    /// <returns>
    /// The document, with <see cref="ReportDocument.EncodingName"/> and <see cref="ReportDocument.SourceEncoding"/> set and
    /// the decoder's diagnostics first (empty, with an error diagnostic, when the bytes cannot be decoded or are over a limit).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static ReportDocument Read(byte[] html, HtmlReadOptions? options = null)
    {
        if (html is null) throw new ArgumentNullException(nameof(html));
        return ReadBytes(html, html.Length, options ?? new HtmlReadOptions());
    }

    /// <summary>Reads a page from a stream, reading at most one byte past <see cref="HtmlReadOptions.MaxDocumentSize"/>.</summary>
    /// <param name="html">The stream, read from its current position to its end; it is not closed.</param>
    /// <param name="options">Options; optional.</param>
    /// <returns>The document (empty, with an error diagnostic, when the bytes cannot be decoded or are over a limit).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ReportDocument Read(Stream html, HtmlReadOptions? options = null)
    {
        if (html is null) throw new ArgumentNullException(nameof(html));
        options ??= new HtmlReadOptions();
        var limit = options.MaxDocumentSize;
        var buffer = new byte[Math.Min(limit + 1L, 81920)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return TooLarge(options, HtmlMessages.OverBytes(limit));
                }

                Array.Resize(ref buffer, (int)Math.Min(limit + 1L, buffer.Length * 2L));
            }

            var read = html.Read(buffer, length, buffer.Length - length);
            if (read <= 0) break;
            length += read;
        }

        return ReadBytes(buffer, length, options);
    }

    /// <summary>Reads a page from a file (<c>.html</c>, <c>.htm</c>); the file name becomes the source name unless the options give one.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Options; optional.</param>
    /// <returns>The document (empty, with an error diagnostic, when the bytes cannot be decoded or are over a limit).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (as <see cref="File.OpenRead"/> throws).</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened for reading.</exception>
    public static ReportDocument ReadFile(string path, HtmlReadOptions? options = null)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        options ??= new HtmlReadOptions();
        if (options.SourceName is null) options = options with { SourceName = Path.GetFileName(path) };
        using var stream = File.OpenRead(path);
        return Read(stream, options);
    }

    private static ReportDocument ReadBytes(byte[] bytes, int length, HtmlReadOptions options)
    {
        if (length > options.MaxDocumentSize)
        {
            return TooLarge(options, HtmlMessages.Bytes(length));
        }

        var (text, encoding, decoding) = HtmlDecoding.Decode(bytes, length, options.SourceName, options.EncodingName);
        if (text is null)
        {
            return new ReportDocument([]) { SourceName = options.SourceName, Diagnostics = decoding };
        }

        var document = Guarded(text, options, encoding!.Name);

        // The decoder's warning (a declared charset set aside) and information (the encoding used) come first.
        return new ReportDocument(document.Blocks)
        {
            Title = document.Title,
            PublishedOn = document.PublishedOn,
            SourceUrl = document.SourceUrl,
            SourceName = document.SourceName,
            EncodingName = document.EncodingName,
            SourceEncoding = encoding,
            Diagnostics = decoding.Count == 0 ? document.Diagnostics : [.. decoding, .. document.Diagnostics],
        };
    }

    private static ReportDocument Guarded(string html, HtmlReadOptions options, string? encodingName)
    {
        try
        {
            return HtmlDocumentReader.Read(html, options, encodingName);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
        {
            return new ReportDocument([])
            {
                SourceName = options.SourceName,
                EncodingName = encodingName,
                Diagnostics =
                [
                    HtmlDocumentReader.Error(DocumentCodes.InternalError, new SourceLocation { Source = options.SourceName },
                        HtmlMessages.InternalError(ex.GetType().Name, ex.Message)),
                ],
            };
        }
    }

    private static ReportDocument TooLarge(HtmlReadOptions options, Message size) => new([])
    {
        SourceName = options.SourceName,
        Diagnostics =
        [
            HtmlDocumentReader.Error(DocumentCodes.DocumentTooLarge, new SourceLocation { Source = options.SourceName },
                HtmlMessages.PageTooLarge(size, options.MaxDocumentSize)),
        ],
    };
}
