namespace Disclosure.Format.Documents;

/// <summary>Options of <see cref="HtmlReportReader"/>: the source name and the limits that bound what one page can cost.</summary>
public sealed record HtmlReadOptions
{
    /// <summary>The default <see cref="MaxDocumentSize"/>: 16 MiB (16 777 216 bytes or characters).</summary>
    public const int DefaultMaxDocumentSize = 16 * 1024 * 1024;

    /// <summary>The default <see cref="MaxDepth"/>: 256 nested elements.</summary>
    public const int DefaultMaxDepth = 256;

    /// <summary>The default <see cref="MaxTableCells"/>: 20 000 cells (a report's largest table has about 300).</summary>
    public const int DefaultMaxTableCells = 20_000;

    /// <summary>The widest table grid read, in columns: 1 000 (the most HTML's <c>colspan</c> can span).</summary>
    public const int MaxTableColumns = 1000;

    private readonly int maxDocumentSize = DefaultMaxDocumentSize;
    private readonly int maxDepth = DefaultMaxDepth;
    private readonly int maxTableCells = DefaultMaxTableCells;

    /// <summary>The file or source name to put in locations; optional.</summary>
    public string? SourceName { get; init; }

    private readonly string? encodingName;

    /// <summary>
    /// For bytes, a stream or a file only: the encoding of the page (any label
    /// <see cref="Import.ReportTextDecoder.CanonicalName"/> accepts: <c>utf-8</c>, <c>gb18030</c>, <c>gbk</c>,
    /// <c>gb2312</c>, <c>big5</c>, …), used instead of the byte order mark, the page's declared charset and detection; or
    /// <see langword="null"/> (the default) to decide it as <see cref="Import.ReportTextDecoder"/> does. The bytes must be
    /// valid in it, or the document is empty with the decoder's error (<see cref="Import.ImportCodes.Undecodable"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The value names an encoding the decoder does not read.</exception>
    public string? EncodingName
    {
        get => encodingName;
        init => encodingName = value is null || Import.ReportTextDecoder.CanonicalName(value) is not null
            ? value
            : throw new ArgumentException($"'{value}' is not an encoding the decoder reads ({string.Join(", ", Import.ReportTextDecoder.EncodingNames)}).", nameof(EncodingName));
    }

    /// <summary>
    /// The largest page read: bytes for bytes, a stream or a file, characters for a string. A larger page is not read:
    /// the document is empty and has one error, <see cref="DocumentCodes.DocumentTooLarge"/> (<c>DF6000</c>). Published
    /// report pages are 100 to 300 KB with their site template.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDocumentSize
    {
        get => maxDocumentSize;
        init => maxDocumentSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentSize), value, "The maximum size must be at least 1.");
    }

    /// <summary>
    /// The deepest element nesting read. A page nested deeper is not read: the document is empty and has one error,
    /// <see cref="DocumentCodes.NestingTooDeep"/> (<c>DF6001</c>). Real pages, site template included, stay under 40.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 8.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = value >= 8 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "The maximum depth must be at least 8.");
    }

    /// <summary>
    /// The most cells (and the most grid slots, rows × columns, over 50 times this) one table may have. A larger table is
    /// left out with the error <see cref="DocumentCodes.TableTooLarge"/> (<c>DF6002</c>); the rest of the page is read.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxTableCells
    {
        get => maxTableCells;
        init => maxTableCells = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxTableCells), value, "The maximum number of cells must be at least 1.");
    }
}
