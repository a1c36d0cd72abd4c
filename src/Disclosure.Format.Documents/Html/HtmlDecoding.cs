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
    public static (string? Text, string? EncodingName, Diagnostic? Error) Decode(byte[] bytes, int length, string? sourceName)
    {
        var exact = length == bytes.Length ? bytes : bytes.AsSpan(0, length).ToArray();
        var decoded = ReportTextDecoder.Decode(exact, sourceName);
        return decoded.Text is { } text
            ? (text, decoded.Encoding!.Name, null)
            : (null, null, decoded.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
    }
}
