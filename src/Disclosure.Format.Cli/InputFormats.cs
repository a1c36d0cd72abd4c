using System.IO.Compression;
using System.Text;

namespace Disclosure.Format.Cli;

/// <summary>
/// Tells an input's format from its content first and its name second: a ZIP package is Word or Excel by the content
/// types it declares (<c>[Content_Types].xml</c>), whatever its extension; an OLE2 compound file (<c>D0 CF 11 E0</c>,
/// Office 97–2003) is Word or Excel by its streams; <c>%PDF-</c> in the first 1 024 bytes is a PDF; then <c>.json</c> (or, for other names and
/// standard input, a first character <c>{</c> or <c>[</c>) is JSON; <c>.html</c>/<c>.htm</c> or text that starts with
/// markup is HTML; anything else is report text.
/// </summary>
internal static class InputFormats
{
    /// <summary>The extensions a folder or a pattern is searched for (case ignored).</summary>
    public static readonly string[] Extensions = [".json", ".txt", ".md", ".html", ".htm", ".docx", ".xlsx", ".pdf"];

    /// <summary>The <see cref="Extensions"/> as a phrase for messages.</summary>
    public static string ExtensionList => string.Join(", ", Extensions.Take(Extensions.Length - 1)) + " or " + Extensions[^1];

    private static readonly string[] MarkupTags = ["<html", "<!doctype", "<body", "<table", "<p", "<div"];

    private static ReadOnlySpan<byte> Ole2Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The most of <c>[Content_Types].xml</c> read to tell a package's kind (real ones are under 4 KB).</summary>
    private const int ContentTypesLimit = 1024 * 1024;

    /// <summary>The format of an input given its bytes and its path (<see langword="null"/> for standard input).</summary>
    public static InputFormat Detect(ReadOnlySpan<byte> bytes, string? path)
    {
        var extension = path is null ? "" : Path.GetExtension(path).ToLowerInvariant();
        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && (bytes[2], bytes[3]) is (3, 4) or (5, 6))
        {
            return PackageKind(bytes) ?? (extension is ".xlsx" or ".xlsm" or ".xltx" ? InputFormat.Excel : InputFormat.Word);
        }

        if (bytes.StartsWith(Ole2Signature))
        {
            // Office 97–2003: a .doc holds a "WordDocument" stream, an .xls a "Workbook" (or "Book") stream; the
            // readers name the format and say how to convert it (an encrypted package is reported by the Word reader).
            if (extension is ".xls" or ".xlt" or ".xlsx") return InputFormat.Excel;
            if (extension is ".doc" or ".dot" or ".docx") return InputFormat.Word;
            return bytes.IndexOf("W\0o\0r\0k\0b\0o\0o\0k\0"u8) >= 0 && bytes.IndexOf("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"u8) < 0
                ? InputFormat.Excel
                : InputFormat.Word;
        }

        // A PDF's header may follow some bytes of junk: readers look for it in the first 1 024 bytes.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0) return InputFormat.Pdf;
        if (extension == ".json") return InputFormat.Json;
        if (extension is ".html" or ".htm" or ".xhtml") return InputFormat.Html;
        var head = Head(bytes);
        var start = 0;
        while (start < head.Length && (char.IsWhiteSpace(head[start]) || head[start] == '\uFEFF')) start++;
        if (start < head.Length && head[start] is '{' or '[' && extension is not ".txt" and not ".md")
        {
            return InputFormat.Json;
        }

        return LooksLikeMarkup(head, start) ? InputFormat.Html : InputFormat.Text;
    }

    /// <summary>A short name of the format for messages and outputs.</summary>
    public static string Name(InputFormat format) => format switch
    {
        InputFormat.Json => "json",
        InputFormat.Text => "text",
        InputFormat.Html => "html",
        InputFormat.Word => "word",
        InputFormat.Excel => "excel",
        _ => "pdf",
    };

    /// <summary>
    /// Markup, as the core's importer recognises an HTML page given as text: the first character that is not white
    /// space is <c>&lt;</c> and the first 2 000 characters hold <c>&lt;html</c>, <c>&lt;!doctype</c>, <c>&lt;body</c>,
    /// <c>&lt;table</c>, <c>&lt;p</c> or <c>&lt;div</c>.
    /// </summary>
    private static bool LooksLikeMarkup(string head, int start)
    {
        if (start >= head.Length || head[start] != '<') return false;
        var text = head.Substring(start, Math.Min(2000, head.Length - start));
        foreach (var tag in MarkupTags)
        {
            if (text.Contains(tag, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The first characters of the bytes, enough to see markup or JSON: UTF-16/32 by their mark, otherwise as Latin-1 (ASCII is the same in every encoding read).</summary>
    private static string Head(ReadOnlySpan<byte> bytes)
    {
        var take = bytes[..Math.Min(bytes.Length, 8192)];
        if (take.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return Lenient(new UTF32Encoding(false, false), take[4..]);
        if (take.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return Lenient(new UTF32Encoding(true, false), take[4..]);
        if (take.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Lenient(new UnicodeEncoding(false, false), take[2..]);
        if (take.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Lenient(new UnicodeEncoding(true, false), take[2..]);
        if (take.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) take = take[3..];
        return Encoding.Latin1.GetString(take);
    }

    private static string Lenient(Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes);

    /// <summary>Word or Excel by the main part's content type, or <see langword="null"/> when the package does not say (or cannot be opened: the reader reports that).</summary>
    private static InputFormat? PackageKind(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var entry = archive.GetEntry("[Content_Types].xml");
            if (entry is null) return null;
            using var stream = entry.Open();
            var buffer = new byte[ContentTypesLimit];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0) length += read;
            var types = Encoding.UTF8.GetString(buffer, 0, length);
            if (types.Contains("wordprocessingml.document.main+xml", StringComparison.OrdinalIgnoreCase)
                || types.Contains("wordprocessingml.template.main+xml", StringComparison.OrdinalIgnoreCase)
                || types.Contains("ms-word.document.macroEnabled.main+xml", StringComparison.OrdinalIgnoreCase)
                || types.Contains("ms-word.template.macroEnabledTemplate.main+xml", StringComparison.OrdinalIgnoreCase))
            {
                return InputFormat.Word;
            }

            if (types.Contains("spreadsheetml.sheet.main+xml", StringComparison.OrdinalIgnoreCase)
                || types.Contains("spreadsheetml.template.main+xml", StringComparison.OrdinalIgnoreCase)
                || types.Contains("ms-excel.sheet.macroEnabled.main+xml", StringComparison.OrdinalIgnoreCase)
                || types.Contains("ms-excel.template.macroEnabled.main+xml", StringComparison.OrdinalIgnoreCase))
            {
                return InputFormat.Excel;
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
    }
}
