using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;

namespace Disclosure.Format.Documents.Html;

/// <summary>
/// Turns a page's bytes into text: the one place where the encoding is decided, by the core's
/// <see cref="ReportTextDecoder"/> (byte order mark, <c>&lt;meta charset&gt;</c>/<c>http-equiv</c>, then strict detection
/// among UTF-8, GB18030/GBK/GB2312 and Big5). Bytes no encoding reads give its error
/// (<see cref="ImportCodes.Undecodable"/>, <see cref="ImportCodes.MixedEncodings"/>, <see cref="ImportCodes.EncodingAmbiguous"/>).
/// </summary>
internal static class HtmlDecoding
{
    /// <summary>
    /// Decodes the first <paramref name="length"/> bytes. Returns the text (or <see langword="null"/>), the encoding used
    /// and every diagnostic of the decoder: the error when nothing could be decoded, otherwise the warning of a
    /// contradicted declaration (<see cref="ImportCodes.DeclaredCharsetContradicted"/>) and the information of a text
    /// that was not UTF-8 (<see cref="ImportCodes.EncodingUsed"/>), which the document keeps.
    /// </summary>
    public static (string? Text, SourceEncoding? Encoding, IReadOnlyList<Diagnostic> Diagnostics) Decode(byte[] bytes, int length, string? sourceName, string? encodingName)
    {
        var exact = length == bytes.Length ? bytes : bytes.AsSpan(0, length).ToArray();
        var decoded = ReportTextDecoder.Decode(exact, sourceName, encodingName);
        return (decoded.Text, decoded.Text is null ? null : decoded.Encoding, decoded.Diagnostics);
    }
}
