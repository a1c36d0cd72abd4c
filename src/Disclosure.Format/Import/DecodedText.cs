using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Import;

/// <summary>The outcome of <see cref="ReportTextDecoder.Decode(byte[], string?, string?)"/>: the text, the encoding it was in and what was noticed.</summary>
public sealed record DecodedText
{
    /// <summary>
    /// The decoded text (without its byte order mark), or <see langword="null"/> when the bytes could not be decoded
    /// (<see cref="Diagnostics"/> then holds the error: <see cref="ImportCodes.Undecodable"/>,
    /// <see cref="ImportCodes.MixedEncodings"/> or <see cref="ImportCodes.EncodingAmbiguous"/>).
    /// </summary>
    public string? Text { get; init; }

    /// <summary>The encoding used and how it was decided, or <see langword="null"/> when the bytes could not be decoded.</summary>
    public SourceEncoding? Encoding { get; init; }

    /// <summary>
    /// What decoding found: an error when the bytes could not be decoded; a warning
    /// (<see cref="ImportCodes.DeclaredCharsetContradicted"/>) when the page's declared charset was not used; an
    /// information (<see cref="ImportCodes.EncodingUsed"/>) when the text was not UTF-8. Empty for plain UTF-8.
    /// </summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary><see langword="true"/> when the bytes were decoded (<see cref="Text"/> is not <see langword="null"/>).</summary>
    public bool Succeeded => Text is not null;
}
