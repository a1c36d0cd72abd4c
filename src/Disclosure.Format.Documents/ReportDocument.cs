using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents;

/// <summary>
/// A document as a reader of HTML, Word or other files sees it: its title, if it has one, and its blocks (paragraphs,
/// headings and tables) in reading order, with what the reader noticed on the way.
/// </summary>
public sealed class ReportDocument
{
    /// <summary>Creates a document from its blocks in reading order.</summary>
    /// <param name="blocks">The paragraphs, headings and tables in reading order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="blocks"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    public ReportDocument(IEnumerable<DocumentBlock> blocks)
    {
        if (blocks is null) throw new ArgumentNullException(nameof(blocks));
        var list = new List<DocumentBlock>();
        foreach (var block in blocks)
        {
            list.Add(block ?? throw new ArgumentNullException(nameof(blocks), "A document's blocks cannot be null."));
        }

        Blocks = list;
        Tables = list.OfType<DocumentTable>().ToList();
    }

    /// <summary>
    /// The document's own title, when it declares one (HTML <c>&lt;title&gt;</c>, a Word file's title property; for a
    /// PDF, the title printed over the first lines of its first page, which is also its first paragraph); otherwise
    /// <see langword="null"/>. The report's title line in the body is a block like any other.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>
    /// The publication date the document declares apart from its text, when it declares one: an HTML page's
    /// <c>&lt;meta name="PubDate"&gt;</c> (the page metadata of Chinese government websites; its date part). Otherwise
    /// <see langword="null"/>; the importer then takes the date under the signature at the end of the text, if any.
    /// </summary>
    public DateTime? PublishedOn { get; init; }

    /// <summary>
    /// The address the document says it was published at, when it declares one: an HTML page's
    /// <c>&lt;meta name="Url"&gt;</c> (government website page metadata) or a Word file's <c>dc:identifier</c> core
    /// property, when it is an <c>http</c> or <c>https</c> address. Otherwise <see langword="null"/>.
    /// </summary>
    public string? SourceUrl { get; init; }

    /// <summary>The file or source name given to the reader, when known; otherwise <see langword="null"/>.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// The name of the character encoding the document's bytes were decoded with (such as <c>utf-8</c> or
    /// <c>gb18030</c>), when the reader decoded bytes; <see langword="null"/> when it was given text.
    /// </summary>
    public string? EncodingName { get; init; }

    /// <summary>
    /// The encoding the document's bytes were decoded with and how it was decided (the specified one, a byte order
    /// mark, the page's declared charset, or detection), when a reader decoded text from bytes (an HTML page given as
    /// bytes, a stream or a file); <see langword="null"/> otherwise. <see cref="ReportDocumentImporter"/> puts it in
    /// <see cref="Import.ImportResult.SourceEncoding"/>.
    /// </summary>
    public Import.SourceEncoding? SourceEncoding { get; init; }

    /// <summary>The paragraphs, headings and tables in reading order.</summary>
    public IReadOnlyList<DocumentBlock> Blocks { get; }

    /// <summary>The tables among <see cref="Blocks"/>, in reading order.</summary>
    public IReadOnlyList<DocumentTable> Tables { get; }

    /// <summary>
    /// What the reader noticed: limits reached (<see cref="DocumentCodes"/>), spans clamped, parts that could not be
    /// read. Empty when nothing was worth saying.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
