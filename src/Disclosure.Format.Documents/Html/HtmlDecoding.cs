using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;

namespace Disclosure.Format.Documents.Html;

/// <summary>
/// Turns a page's bytes into text: the one place where the encoding is decided. Today: UTF-8 (with or without a byte
/// order mark), strictly; bytes that are not UTF-8 give <see cref="ImportCodes.NotUtf8"/> and nothing is guessed.
/// </summary>
internal static class HtmlDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, string? EncodingName, Diagnostic? Error) Decode(byte[] bytes, int length, string? sourceName)
    {
        var start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, length - start), "utf-8", null);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            return (null, null, new Diagnostic
            {
                Code = ImportCodes.NotUtf8,
                Severity = DiagnosticSeverity.Error,
                Pointer = string.Empty,
                Location = new SourceLocation { Source = sourceName },
                Message = $"The page's bytes are not UTF-8 (an invalid sequence at byte {offset}); it is not read. Convert it to UTF-8 first.",
                MessageZh = $"该页面的字节不是 UTF-8（第 {offset} 字节处为无效序列），未读取。请先转换为 UTF-8。",
            });
        }
    }
}
