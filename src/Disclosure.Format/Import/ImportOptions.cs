namespace Disclosure.Format.Import;

/// <summary>Options of <see cref="ReportTextImporter.Import(string, ImportOptions?)"/>.</summary>
public sealed record ImportOptions
{
    /// <summary>The file or source name to put in diagnostic locations; optional.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// The edition to read the text as, or <see langword="null"/> (the default) to detect it from the layout of the
    /// tables. Detection never uses the report year alone.
    /// </summary>
    public ReportEdition? Edition { get; init; }

    /// <summary>
    /// For <see cref="ReportTextImporter.Import(byte[], ImportOptions?)"/> only: the encoding of the bytes (any label
    /// <see cref="ReportTextDecoder.CanonicalName"/> accepts: <c>utf-8</c>, <c>gb18030</c>, <c>gbk</c>, <c>gb2312</c>,
    /// <c>big5</c>, …), or <see langword="null"/> (the default) to decide it by byte order mark, declared charset and
    /// detection (see <see cref="ReportTextDecoder"/>).
    /// </summary>
    public string? EncodingName { get; init; }

    /// <summary>The default <see cref="MaxTextLength"/>: 1 048 576 characters.</summary>
    public const int DefaultMaxTextLength = 1024 * 1024;

    private readonly int maxTextLength = DefaultMaxTextLength;

    /// <summary>
    /// The longest text imported, in characters (UTF-16 code units). A longer text is not read: the result has no report
    /// and one error, <see cref="Diagnostics.LimitCodes.TextTooLong"/> (<c>DF5002</c>). A report's text is 3 000 to
    /// 30 000 characters and a whole HTML page rarely over 300 000; the default of 1 048 576 bounds what one hostile text
    /// can cost (import time grows about linearly with the text, a few seconds per million characters at worst).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxTextLength
    {
        get => maxTextLength;
        init => maxTextLength = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxTextLength), value, "The maximum text length must be at least 1 character.");
    }
}
