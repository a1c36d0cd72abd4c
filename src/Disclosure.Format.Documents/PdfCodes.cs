namespace Disclosure.Format.Documents;

/// <summary>
/// The stable diagnostic codes of the PDF reader (<c>DF6300</c>–<c>DF6399</c>). Codes are append-only: a code is never
/// reused for another meaning. A file that cannot be read at all gives one error and an empty document (never an empty
/// report presented as read); limits reached while reading stop there with an error beside what was read; a page that
/// could not be read gives a warning. The reader never throws on any bytes. Limits shared by every document reader use
/// <see cref="DocumentCodes"/>: a file over <see cref="PdfReadOptions.MaxFileBytes"/> is
/// <see cref="DocumentCodes.DocumentTooLarge"/>, and a failure inside the reader itself is
/// <see cref="DocumentCodes.InternalError"/>.
/// </summary>
public static class PdfCodes
{
    /// <summary>
    /// <c>DF6300</c> (error): the bytes are not a PDF (a PDF starts with <c>%PDF-</c> within its first 1 024 bytes). The
    /// message names what the bytes look like when it can tell: a Word or Excel file, an HTML page, an empty file.
    /// </summary>
    public const string NotAPdf = "DF6300";

    /// <summary>
    /// <c>DF6301</c> (error): the PDF is encrypted with a password that is needed to open it; it cannot be read without
    /// it. (A PDF whose encryption only restricts printing or copying opens without a password and is read.)
    /// </summary>
    public const string Encrypted = "DF6301";

    /// <summary>
    /// <c>DF6302</c> (error): the PDF is damaged (a truncated file, a broken cross-reference table or object, a missing
    /// page tree) and the PDF parser could not open it, or it has no pages.
    /// </summary>
    public const string Damaged = "DF6302";

    /// <summary>
    /// <c>DF6303</c> (error): the PDF has no text layer: no page holds any text (scanned pages are images). Nothing can
    /// be read from it without optical character recognition; the message says whether the pages hold images.
    /// </summary>
    public const string NoTextLayer = "DF6303";

    /// <summary>
    /// <c>DF6304</c> (warning): the PDF has text but no table was found, and its pages hold images: the tables are
    /// probably pictures (a screenshot or a scan pasted into the document), whose cells cannot be read.
    /// </summary>
    public const string TablesAsImages = "DF6304";

    /// <summary>
    /// <c>DF6305</c> (error): the PDF has more pages than <see cref="PdfReadOptions.MaxPages"/>. Nothing is read: a
    /// report has a few dozen pages at most.
    /// </summary>
    public const string TooManyPages = "DF6305";

    /// <summary>
    /// <c>DF6306</c> (error): a stream of the PDF (a page's content, a font) is larger than
    /// <see cref="PdfReadOptions.MaxStreamBytes"/> once decoded, or all streams decoded together are larger than
    /// <see cref="PdfReadOptions.MaxDecodedBytes"/> (a compression bomb, or not a report). Reading stops there; the pages
    /// read before are kept.
    /// </summary>
    public const string StreamTooLarge = "DF6306";

    /// <summary>
    /// <c>DF6307</c> (error): a page holds more characters than <see cref="PdfReadOptions.MaxLettersPerPage"/> or more
    /// drawn paths than <see cref="PdfReadOptions.MaxPathsPerPage"/>. Reading stops at that page; the pages read before
    /// are kept.
    /// </summary>
    public const string PageTooComplex = "DF6307";

    /// <summary>
    /// <c>DF6308</c> (error): reading one page took longer than <see cref="PdfReadOptions.MaxPageTime"/>. The reader
    /// returns when the limit is reached, whatever the page is doing (the PDF parser, which cannot be interrupted, may
    /// go on on its abandoned worker thread until it returns); that page is left out and the pages read before are
    /// kept. The location gives the page.
    /// </summary>
    public const string PageTooSlow = "DF6308";

    /// <summary>
    /// <c>DF6309</c> (warning): one page could not be read (its content or resources are damaged); it is left out and
    /// the other pages are read. The location gives the page.
    /// </summary>
    public const string PageNotRead = "DF6309";

    /// <summary>
    /// <c>DF6310</c> (warning): a page has no text layer while other pages do (a scanned page among text pages); its
    /// content cannot be read. The location gives the page.
    /// </summary>
    public const string PageWithoutText = "DF6310";

    /// <summary>
    /// <c>DF6311</c> (warning): a row of a table drawn without rules holds numbers that cannot be placed one to a column
    /// of the table (two numbers fall in one column, or a number lies between columns). The row's value cells are left
    /// blank rather than guessed; the location gives the page and the box of the row's numbers, and the message lists them.
    /// </summary>
    public const string NumbersNotPlaced = "DF6311";
}
