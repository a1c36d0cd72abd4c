using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents;
using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Import;
using Disclosure.Format.Json;

namespace Disclosure.Format.Cli;

/// <summary>
/// Reads an input by what it is (<see cref="InputFormats.Detect"/>: content first, then name): our JSON, report text
/// (<see cref="ReportTextImporter"/>), an HTML page (<see cref="ReportDocumentImporter.ImportHtml(byte[], ImportOptions?)"/>,
/// so that the page's charset and detection apply), a Word or Excel package, or a PDF.
/// </summary>
internal static class ReportLoader
{
    /// <summary>
    /// The largest input read, in bytes (64 MiB, the Word reader's own limit; report pages and texts are under 1 MB).
    /// A larger file or standard input is not read: one error, <see cref="LimitCodes.DocumentTooLarge"/>.
    /// </summary>
    public const int MaxInputBytes = 64 * 1024 * 1024;

    /// <summary>Loads one input. I/O failures are thrown as <see cref="IOException"/>.</summary>
    public static LoadedReport Load(InputFile input, CliConsole console, ReadSettings settings)
    {
        var bytes = ReadBounded(input, console);
        if (bytes is null)
        {
            var tooLarge = CliMessages.InputTooLarge(MaxInputBytes);
            return new LoadedReport(input, null,
            [
                new Diagnostic
                {
                    Code = LimitCodes.DocumentTooLarge,
                    Severity = DiagnosticSeverity.Error,
                    Pointer = string.Empty,
                    Location = new SourceLocation { Source = input.DisplayName },
                    Message = tooLarge.En,
                    MessageZh = tooLarge.Zh,
                },
            ]) { Format = InputFormat.Text };
        }

        var format = InputFormats.Detect(bytes, input.Path);
        if (format == InputFormat.Json)
        {
            // JSON is UTF-8 (RFC 8259): --encoding does not apply to it.
            var read = DisclosureJson.Read(bytes, input.DisplayName);
            return new LoadedReport(input, read.Report, read.Diagnostics) { Format = format };
        }

        var options = new ImportOptions { SourceName = input.DisplayName, EncodingName = settings.EncodingName };
        var result = format switch
        {
            InputFormat.Text => ReportTextImporter.Import(bytes, options),
            InputFormat.Html => ReportDocumentImporter.ImportHtml(bytes, options),
            InputFormat.Word => ReportDocumentImporter.ImportWord(bytes, options),
            InputFormat.Excel => ExcelReportImporter.Import(bytes, options),
            _ => ReportDocumentImporter.ImportPdf(bytes, options),
        };
        if (result.Evidence == ReportEvidence.None && IsNotAReport(result))
        {
            // A file found in a folder is skipped; a file named on the command line is an error.
            if (input.Found) return new LoadedReport(input, null, []) { Format = format, Import = result, SkippedBecause = NotAReport };
            var diagnostics = result.Diagnostics.Any(d => d.Code == ImportCodes.NotAReport)
                ? result.Diagnostics
                : [.. result.Diagnostics, NotAReportError(input)];
            return new LoadedReport(input, null, diagnostics) { Format = format, Import = result };
        }

        return new LoadedReport(input, result.Report, result.Diagnostics) { Format = format, Import = result };
    }

    /// <summary>Why a file that shows no evidence of a report is skipped (see <see cref="ImportResult.Evidence"/>).</summary>
    internal const string NotAReport =
        $"not a report ({ImportCodes.NotAReport}): no title line of a 政府信息公开工作年度报告 and no table of the format with at least half its cells";

    /// <summary>
    /// Whether an import's result is "not a report": it built a report without evidence (<see cref="ImportResult.Evidence"/>),
    /// or it found no part of one (<see cref="ImportCodes.NotAReport"/>). A file that could not be read at all (an
    /// undecodable text, a damaged package, a limit) is not in this case: it is unreadable, and its error stands.
    /// </summary>
    private static bool IsNotAReport(ImportResult result) =>
        result.Report is not null || result.Diagnostics.Any(d => d.Code == ImportCodes.NotAReport);

    private static Diagnostic NotAReportError(InputFile input) => new()
    {
        Code = ImportCodes.NotAReport,
        Severity = DiagnosticSeverity.Error,
        Pointer = string.Empty,
        Location = new SourceLocation { Source = input.DisplayName, Line = 1, Column = 1 },
        Message = CliMessages.NotAReport.En,
        MessageZh = CliMessages.NotAReport.Zh,
    };

    /// <summary>The summary line of the files skipped, or <see langword="null"/> when none was.</summary>
    public static string? SkipSummary(IReadOnlyCollection<LoadedReport> skipped) =>
        skipped.Count == 0
            ? null
            : $"skipped {skipped.Count} file(s) that are not reports: " + string.Join("; ", skipped.Select(s => $"{s.Input.DisplayName} ({s.SkippedBecause})"));

    /// <summary>The input's bytes, or <see langword="null"/> when there are more than <see cref="MaxInputBytes"/>.</summary>
    private static byte[]? ReadBounded(InputFile input, CliConsole console)
    {
        if (!input.IsStandardInput)
        {
            // A file is read straight into an array of its length, as File.ReadAllBytes does (not through a stream's
            // buffer, a chunk and a growing copy, which cost ten times the file in allocations per input). A file
            // that reports no length (a pipe, or /proc) is read as a stream.
            using var handle = File.OpenHandle(input.Path!, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxInputBytes) return null;
            if (length == 0)
            {
                using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
                return ReadAll(stream);
            }

            var bytes = new byte[length];
            var total = 0;
            int read;
            while (total < bytes.Length && (read = RandomAccess.Read(handle, bytes.AsSpan(total), total)) > 0) total += read;
            return total < bytes.Length ? bytes.AsSpan(0, total).ToArray() : bytes;
        }

        return ReadAll(console.In);
    }

    private static byte[]? ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxInputBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
