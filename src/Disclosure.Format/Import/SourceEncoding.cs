namespace Disclosure.Format.Import;

/// <summary>
/// The encoding a text's bytes were decoded with and how it was decided: part of an import's provenance
/// (<see cref="ImportResult.SourceEncoding"/>, <see cref="DecodedText.Encoding"/>).
/// </summary>
public sealed record SourceEncoding
{
    /// <summary>
    /// The encoding's canonical name: <c>utf-8</c>, <c>gb18030</c> (which reads GBK and GB2312 too), <c>big5</c>,
    /// <c>utf-16le</c>, <c>utf-16be</c>, <c>utf-32le</c> or <c>utf-32be</c>.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>How the encoding was decided.</summary>
    public required EncodingDecision DecidedBy { get; init; }

    /// <summary>
    /// The charset the page declares, exactly as written (<c>gb2312</c>, <c>GBK</c>, <c>utf-8</c>, …), whether or not it
    /// was used; <see langword="null"/> when the bytes declare none.
    /// </summary>
    public string? DeclaredCharset { get; init; }

    /// <inheritdoc />
    public override string ToString() => DecidedBy switch
    {
        EncodingDecision.Specified => $"{Name} (specified)",
        EncodingDecision.ByteOrderMark => $"{Name} (byte order mark)",
        EncodingDecision.Declared => $"{Name} (declared as {DeclaredCharset})",
        _ => $"{Name} (detected)",
    };
}
