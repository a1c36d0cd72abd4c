using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Model;

namespace Disclosure.Format.Cli;

/// <summary>A report loaded from one input, with what was found while reading it.</summary>
internal sealed record LoadedReport(InputFile Input, DisclosureReport? Report, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>Reads an input as our JSON or as published report text, by extension (or content for standard input).</summary>
internal static class ReportLoader
{
    /// <summary>Loads one input. I/O failures are thrown as <see cref="IOException"/>.</summary>
    public static LoadedReport Load(InputFile input, CliConsole console)
    {
        byte[] bytes = input.IsStandardInput
            ? Encoding.UTF8.GetBytes(console.In.ReadToEnd())
            : File.ReadAllBytes(input.Path!);
        var isJson = input.IsStandardInput
            ? LooksLikeJson(bytes)
            : string.Equals(Path.GetExtension(input.Path), ".json", StringComparison.OrdinalIgnoreCase);
        if (isJson)
        {
            var result = DisclosureJson.Read(bytes, input.DisplayName);
            return new LoadedReport(input, result.Report, result.Diagnostics);
        }

        return ImportText(input, bytes);
    }

    private static bool LooksLikeJson(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b is (byte)'{' or (byte)'[';
        }

        return false;
    }

    private static LoadedReport ImportText(InputFile input, byte[] bytes)
    {
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var diagnostic = new Diagnostic
            {
                Code = ImportCodes.NotUtf8,
                Severity = DiagnosticSeverity.Error,
                Pointer = string.Empty,
                Message = $"The text is not UTF-8 (invalid byte at offset {ex.Index}); convert it to UTF-8 first (e.g. iconv -f GB18030 -t UTF-8).",
                MessageZh = $"文本不是 UTF-8 编码（偏移 {ex.Index} 处字节无效）；请先转换为 UTF-8（例如 iconv -f GB18030 -t UTF-8）。",
                Location = new SourceLocation { Source = input.DisplayName, Line = 1, Column = 1 },
            };
            return new LoadedReport(input, null, [diagnostic]);
        }

        var result = ReportTextImporter.Import(text, new ImportOptions { SourceName = input.DisplayName });
        return new LoadedReport(input, result.Report, result.Diagnostics);
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
