using System.Reflection;
using System.Text.RegularExpressions;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents;
using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Import;
using Disclosure.Format.Json;

namespace Disclosure.Format.Fuzz;

/// <summary>
/// The targets of the document readers (package Disclosure.Format.Documents): an HTML page, a Word file and an Excel
/// workbook given as bytes, read into a <see cref="ReportDocument"/> and imported through the grid matcher. Each checks
/// what the readers promise (docs/security.md): a result or diagnostics, never an exception and never the readers'
/// "failed inside" codes; every diagnostic has a documented code and both messages; an imported report writes as JSON
/// that reads back equal, and validates.
/// </summary>
/// <remarks>
/// The Word reader turns the exceptions of the packaging and XML layers into a diagnostic (<c>DF6105</c>), and some of
/// those types (<see cref="ArgumentException"/>, <see cref="InvalidOperationException"/>, <see cref="KeyNotFoundException"/>)
/// would also hide a defect of the reader's own code. So every target also watches first-chance exceptions: one of
/// the types that only a defect throws (<see cref="DefectTypes"/>), thrown by a method of the document readers
/// themselves (not by the SDK or AngleSharp under them), is a finding even when something caught it.
/// </remarks>
internal static partial class DocumentTargets
{
    // Only the document readers' own code: the core library throws and catches by design in places (the validator's
    // rule compilation), and the importer's own failures come back as DF4999, which CheckDiagnostics treats as a crash.
    private static readonly Assembly Documents = typeof(ReportDocument).Assembly;

    private static readonly Type[] DefectTypes =
    [
        typeof(NullReferenceException), typeof(IndexOutOfRangeException), typeof(ArgumentException), typeof(InvalidCastException),
        typeof(KeyNotFoundException), typeof(InvalidOperationException), typeof(DivideByZeroException), typeof(OverflowException),
        typeof(FormatException), typeof(NotSupportedException), typeof(NotImplementedException),
    ];

    [ThreadStatic]
    private static Exception? defect;

    private static int watching;

    /// <summary>An HTML page's bytes (so the encoding detection is fuzzed too), read and imported.</summary>
    public static void Html(byte[] input) => Watched(() =>
    {
        var document = HtmlReportReader.Read(input, new HtmlReadOptions { SourceName = "fuzz.html" });
        CheckDocument(document);
        // What ReportDocumentImporter.ImportHtml(bytes) does, with the document checked on the way.
        CheckImport(ReportDocumentImporter.Import(document, new ImportOptions { SourceName = "fuzz.html" }));
    });

    /// <summary>A Word file (or a package built from parts text, see <see cref="Packages"/>), read and imported.</summary>
    public static void Word(byte[] input) => Watched(() =>
    {
        var bytes = Packages.FromPartsText(input) ?? input;
        var document = WordReportReader.Read(bytes, new WordReadOptions { SourceName = "fuzz.docx" });
        CheckDocument(document);
        // What ReportDocumentImporter.ImportWord(bytes) does, with the document checked on the way.
        CheckImport(ReportDocumentImporter.Import(document, new ImportOptions { SourceName = "fuzz.docx" }));
    });

    /// <summary>An Excel workbook (or a package built from parts text), imported by <see cref="ExcelReportImporter"/>.</summary>
    public static void Xlsx(byte[] input) => Watched(() =>
    {
        var bytes = Packages.FromPartsText(input) ?? input;
        // The importer reads the workbook with the same code as ExcelReportReader.Read (WorkbookDocument.Read), then
        // matches the grid and overlays the text and flat sheets; its result carries the reader's diagnostics. Reading
        // the workbook a second time only to look at the document would halve the execution rate.
        CheckImport(ExcelReportImporter.Import(bytes, new ImportOptions { SourceName = "fuzz.xlsx" }));
    });

    private static void Watched(Action run)
    {
        if (Interlocked.Exchange(ref watching, 1) == 0)
        {
            AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
            {
                if (defect is null && IsDefect(e.Exception)) defect = e.Exception;
            };
        }

        defect = null;
        run();
        if (defect is { } found)
        {
            defect = null;
            throw new InvalidOperationException($"The library threw {found.GetType().Name} in {found.TargetSite?.DeclaringType?.FullName}.{found.TargetSite?.Name} (caught inside): {found.Message}", found);
        }
    }

    private static bool IsDefect(Exception e) =>
        Array.Exists(DefectTypes, t => t.IsInstanceOfType(e))
        && e.TargetSite?.DeclaringType?.Assembly == Documents;

    /// <summary>A document: no internal failure, well-formed diagnostics, tables numbered in order.</summary>
    private static void CheckDocument(ReportDocument document)
    {
        CheckDiagnostics(document.Diagnostics);
        var number = 0;
        foreach (var table in document.Tables)
        {
            if (table.Number <= number) throw new InvalidOperationException($"Table {table.Number} follows table {number}.");
            number = table.Number;
        }
    }

    /// <summary>An import: a report or an error that says why; a report round-trips through JSON and validates.</summary>
    private static void CheckImport(ImportResult result)
    {
        CheckDiagnostics(result.Diagnostics);
        if (result.Report is { } report)
        {
            var back = DisclosureJson.Read(DisclosureJson.SerializeToUtf8Bytes(report));
            if (!Equals(back.Report, report))
            {
                throw new InvalidOperationException("An imported report did not read back equal: " + string.Join("; ", back.Diagnostics));
            }

            _ = Validation.DisclosureValidator.Validate(report);
        }
        else if (result.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("An import without a report must say why with an error.");
        }
    }

    private static void CheckDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.Code is DocumentCodes.InternalError or ImportCodes.InternalError)
            {
                throw new InvalidOperationException($"{d.Code}: {d.Message}");
            }

            if (!CodePattern().IsMatch(d.Code) || string.IsNullOrWhiteSpace(d.Message) || string.IsNullOrWhiteSpace(d.MessageZh))
            {
                throw new InvalidOperationException($"A diagnostic without a documented code or without both messages: {d.Code} '{d.Message}' '{d.MessageZh}'.");
            }
        }
    }

    [GeneratedRegex("^DF[0-9]{4}$")]
    private static partial Regex CodePattern();
}
