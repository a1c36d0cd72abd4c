namespace Disclosure.Format.Documents;

/// <summary>
/// How <see cref="PdfReportReader"/> reads a PDF: the name it reports locations under and the limits that protect a
/// service reading files from strangers. The defaults are far above any real report (a report is a few dozen pages of a
/// few thousand characters each) and far below what would hurt a server.
/// </summary>
public sealed record PdfReadOptions
{
    /// <summary>The default options.</summary>
    public static PdfReadOptions Default { get; } = new();

    /// <summary>The file or source name used in locations and messages; <see langword="null"/> when none.</summary>
    public string? SourceName { get; init; }

    /// <summary>The largest file accepted, in bytes (default 64 MiB). Past it: <see cref="DocumentCodes.DocumentTooLarge"/>.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most pages accepted (default 1 000). Past it: <see cref="PdfCodes.TooManyPages"/>, and nothing is read.</summary>
    public int MaxPages { get; init; } = 1_000;

    /// <summary>
    /// The largest size of one stream once decoded (a page's content, a font, an image), in bytes (default 32 MiB).
    /// Past it: <see cref="PdfCodes.StreamTooLarge"/>.
    /// </summary>
    public long MaxStreamBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// The largest size of all streams decoded while reading the file, together, in bytes (default 512 MiB). Past it:
    /// <see cref="PdfCodes.StreamTooLarge"/>.
    /// </summary>
    public long MaxDecodedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The most characters on one page (default 100 000). Past it: <see cref="PdfCodes.PageTooComplex"/>.</summary>
    public int MaxLettersPerPage { get; init; } = 100_000;

    /// <summary>The most drawn paths on one page (default 50 000). Past it: <see cref="PdfCodes.PageTooComplex"/>.</summary>
    public int MaxPathsPerPage { get; init; } = 50_000;

    /// <summary>
    /// The longest time one page may take to read (default 10 seconds; <see cref="TimeSpan.Zero"/> or less for no
    /// limit). Each page is read on a worker thread of its own and waited for at most this long: past it, the reader
    /// returns at once with <see cref="PdfCodes.PageTooSlow"/> and the pages read before, whatever the page is doing.
    /// The PDF parser cannot be interrupted, so the abandoned worker (a background thread) may go on until the parser
    /// returns, using the CPU meanwhile; its result is dropped. The byte and count limits above bound each page's work
    /// beforehand.
    /// </summary>
    public TimeSpan MaxPageTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A test seam: called on the page's worker with the page's number before the page is read.</summary>
    internal Action<int>? BeforePage { get; init; }
}
