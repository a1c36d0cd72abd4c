namespace Disclosure.Format.Documents;

/// <summary>
/// The stable diagnostic codes of the Word reader (<c>DF6100</c>–<c>DF6199</c>). Codes are append-only: a code is never
/// reused for another meaning. A file that cannot be read at all gives one error and an empty document; limits and
/// parts left out give a diagnostic beside what was read. The reader never throws on any bytes. Limits shared by every
/// document reader use <see cref="DocumentCodes"/>: a file over <see cref="WordReadOptions.MaxFileBytes"/> is
/// <see cref="DocumentCodes.DocumentTooLarge"/>, XML nested deeper than <see cref="WordReadOptions.MaxXmlDepth"/> is
/// <see cref="DocumentCodes.NestingTooDeep"/>, a cell past <see cref="WordReadOptions.MaxColumns"/> is
/// <see cref="DocumentCodes.SpanClamped"/>, and a failure inside the reader is <see cref="DocumentCodes.InternalError"/>.
/// </summary>
public static class WordCodes
{
    /// <summary>
    /// <c>DF6100</c> (error): the bytes are not a Word document (<c>.docx</c> is a ZIP package; these start with
    /// something else). The message names what the bytes look like when it can tell: an RTF file or an HTML page (both
    /// often saved with a <c>.doc</c> name), a PDF, an empty file.
    /// </summary>
    public const string NotAZipPackage = "DF6100";

    /// <summary>
    /// <c>DF6101</c> (error): the file is a binary Word 97–2003 document (<c>.doc</c>, an OLE2 compound file starting
    /// with <c>D0 CF 11 E0</c>), which this reader does not read; convert it to <c>.docx</c> (Word: Save As; LibreOffice:
    /// <c>soffice --headless --convert-to docx</c>).
    /// </summary>
    public const string LegacyWordDocument = "DF6101";

    /// <summary>
    /// <c>DF6102</c> (error): the file is an encrypted (password-protected) Office document (an OLE2 compound file
    /// holding an encrypted package); it cannot be read without its password. Remove the protection and save it again.
    /// </summary>
    public const string Encrypted = "DF6102";

    /// <summary>
    /// <c>DF6103</c> (error): the file is a ZIP package but not a Word document: no WordprocessingML main part (an Excel
    /// workbook, a PowerPoint deck, an OpenDocument text or another archive; the message says which when it can tell).
    /// </summary>
    public const string NotAWordDocument = "DF6103";

    /// <summary>
    /// <c>DF6104</c> (error): the package is larger than a limit of <see cref="WordReadOptions"/> once inflated: one XML
    /// part (<see cref="WordReadOptions.MaxPartBytes"/>), all parts together
    /// (<see cref="WordReadOptions.MaxUncompressedBytes"/>), or the number of entries
    /// (<see cref="WordReadOptions.MaxEntries"/>). Sizes are checked from the ZIP directory before anything is inflated
    /// and counted again while inflating, so a ZIP bomb that misstates its sizes is stopped at the limit too.
    /// </summary>
    public const string PackageTooLarge = "DF6104";

    /// <summary>
    /// <c>DF6105</c> (error): the package is damaged: a broken ZIP structure, a part that is not well-formed XML, a
    /// document type declaration (never written by Word), or a part the Open XML SDK cannot load. The message names the
    /// part when it is known.
    /// </summary>
    public const string DamagedPackage = "DF6105";

    /// <summary>
    /// <c>DF6106</c> (warning): tables are nested inside table cells deeper than
    /// <see cref="WordReadOptions.MaxTableNesting"/>; the deeper tables are left out.
    /// </summary>
    public const string TablesTooDeep = "DF6106";

    /// <summary>
    /// <c>DF6107</c> (error): the document has more table cells than <see cref="WordReadOptions.MaxCells"/> (or its
    /// grids more slots than four times that); reading stops there and the blocks read so far are kept.
    /// </summary>
    public const string TooManyCells = "DF6107";

    /// <summary>
    /// <c>DF6108</c> (info): the document holds macros (a VBA project, as a <c>.docm</c> does). They are ignored: never
    /// run, never read.
    /// </summary>
    public const string MacrosIgnored = "DF6108";

    /// <summary>
    /// <c>DF6109</c> (warning): content the document only refers to was not read: an embedded chunk in another format
    /// (<c>w:altChunk</c>) or a linked sub-document (<c>w:subDoc</c>). External relationships are never followed.
    /// </summary>
    public const string ContentNotRead = "DF6109";
}
