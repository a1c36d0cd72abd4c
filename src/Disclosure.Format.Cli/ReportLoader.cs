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
        // Decoded by BOM, declared charset, then detection among UTF-8, GB18030 and Big5 (ReportTextDecoder).
        var result = ReportTextImporter.Import(bytes, new ImportOptions { SourceName = input.DisplayName });
        return new LoadedReport(input, result.Report, result.Diagnostics);
    }
}
