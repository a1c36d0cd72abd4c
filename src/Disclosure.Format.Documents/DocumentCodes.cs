namespace Disclosure.Format.Documents;

/// <summary>
/// The stable diagnostic codes of the document readers' general and HTML problems (<c>DF6000</c>–<c>DF6099</c>). Word
/// has its own range (<c>DF61xx</c>), Excel <c>DF62xx</c>; <c>DF63xx</c> is reserved for PDF. Codes are
/// append-only: a code is never reused for another meaning.
/// </summary>
public static class DocumentCodes
{
    /// <summary>
    /// <c>DF6000</c> (error): the document is larger than the reader's configured maximum (in bytes for bytes and
    /// files, in characters for a string). Nothing is read.
    /// </summary>
    public const string DocumentTooLarge = "DF6000";

    /// <summary>
    /// <c>DF6001</c> (error): the document's elements are nested deeper than the reader's configured maximum. Nothing
    /// is read: a report is never nested more than a few dozen levels, and deeper markup is hostile or broken.
    /// </summary>
    public const string NestingTooDeep = "DF6001";

    /// <summary>
    /// <c>DF6002</c> (error): a table has more cells (or grid slots) than the reader's configured maximum; the table
    /// is left out, the rest of the document is read.
    /// </summary>
    public const string TableTooLarge = "DF6002";

    /// <summary>
    /// <c>DF6003</c> (warning): a cell's row or column span reaches past the end of its table (or past the reader's
    /// limit) and was clamped to the table, as browsers do; the location says which cell.
    /// </summary>
    public const string SpanClamped = "DF6003";

    /// <summary>
    /// <c>DF6004</c> (info): one merged value cell of the document covers several cells of the report (a
    /// <c>rowspan</c> or <c>colspan</c> over value cells). Its value is given to the first cell it covers and the
    /// other cells it covers stay blank; the message lists them. Values are never copied into the covered cells.
    /// </summary>
    public const string MergedValueCell = "DF6004";

    /// <summary>
    /// <c>DF6005</c> (error): reading the document failed unexpectedly. Please report it with the document.
    /// </summary>
    public const string InternalError = "DF6005";
}
