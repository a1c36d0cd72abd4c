using System.Globalization;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Documents.Excel;

/// <summary>
/// Imports a report from an Excel workbook: the workbook is read into a grid by <see cref="ExcelReportReader"/> and
/// matched to the layout catalog by <see cref="ReportDocumentImporter"/>, the same matcher as HTML and Word (rows,
/// columns and the edition recognised by their labels, never by position alone), so a workbook filled in or
/// reformatted by hand reads as well as one <see cref="Rendering.ExcelReportRenderer"/> wrote: rows inserted above a
/// table, a merged label split, numbers typed as text, blanks left blank (never 0). Each imported cell's location
/// gives its sheet and address.
/// </summary>
/// <remarks>
/// When the workbook has the metadata and text sheet (<c>报告信息和文字</c>, recognised by its <c>JSON Pointer</c>
/// column), its members are read exactly by pointer: agency, year, title, publication date, address, preamble, the
/// texts of 一、五、六 and the 信息处理费 figures (<see cref="ExcelCodes.TextSheetValue"/> for a value that is not of its
/// member's type). When it has the flat sheet of every cell (<c>全部单元格</c>), a value there that differs from the
/// table sheet is reported (<see cref="ExcelCodes.FlatSheetDisagrees"/>): the table sheets, in the official layout,
/// are what is read.
/// </remarks>
/// <example>
/// <code>
/// ImportResult result = ExcelReportImporter.Import(File.ReadAllBytes("report.xlsx"), new ImportOptions { SourceName = "report.xlsx" });
/// foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
/// Console.WriteLine(result.Provenance.Find("/applications/newlyReceived/total")?.Location); // report.xlsx, table 2, row 4, cell 10, '三、收到和处理政府信息公开申请情况'!J6
/// </code>
/// </example>
public static class ExcelReportImporter
{
    /// <summary>Imports a report from a workbook given as bytes.</summary>
    /// <param name="workbook">The <c>.xlsx</c> file's bytes.</param>
    /// <param name="options">Import options (edition, source name); optional.</param>
    /// <param name="readOptions">The workbook reader's limits; optional. Its source name is taken from <paramref name="options"/> when it has none.</param>
    /// <returns>The report (or <see langword="null"/>), its edition, the reader's and the import's diagnostics, and every cell's provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is <see langword="null"/>.</exception>
    public static ImportResult Import(byte[] workbook, ImportOptions? options = null, ExcelReadOptions? readOptions = null)
    {
        if (workbook is null) throw new ArgumentNullException(nameof(workbook));
        readOptions = Named(readOptions, options);
        return Import(WorkbookDocument.Read(workbook, readOptions), options);
    }

    /// <summary>Imports a report from a workbook read from a stream (at most <see cref="ExcelReadOptions.MaxPackageBytes"/> bytes).</summary>
    /// <param name="workbook">The stream.</param>
    /// <param name="options">Import options (edition, source name); optional.</param>
    /// <param name="readOptions">The workbook reader's limits; optional.</param>
    /// <returns>The import's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is <see langword="null"/>.</exception>
    public static ImportResult Import(Stream workbook, ImportOptions? options = null, ExcelReadOptions? readOptions = null)
    {
        if (workbook is null) throw new ArgumentNullException(nameof(workbook));
        readOptions = Named(readOptions, options);
        return ExcelReportReader.ReadBounded(workbook, readOptions) is { } bytes
            ? Import(WorkbookDocument.Read(bytes, readOptions), options)
            : ReportDocumentImporter.Import(ExcelReportReader.TooLarge(readOptions), options);
    }

    private static ExcelReadOptions Named(ExcelReadOptions? readOptions, ImportOptions? options)
    {
        readOptions ??= new ExcelReadOptions();
        return readOptions.SourceName is null && options?.SourceName is { } name ? readOptions with { SourceName = name } : readOptions;
    }

    private static ImportResult Import(WorkbookDocument workbook, ImportOptions? options)
    {
        var result = ReportDocumentImporter.Import(workbook.Document, options);
        if (result.Report is not { } report)
        {
            return result;
        }

        var source = workbook.Document.SourceName;
        var diagnostics = new List<Diagnostic>(result.Diagnostics);
        if (workbook.Texts.Count > 0)
        {
            report = Overlay(report, workbook.Texts, source, diagnostics);
        }

        Compare(report, workbook.Flat, source, diagnostics);
        return result with { Report = report, Diagnostics = diagnostics };
    }

    /// <summary>Sets the metadata and free-text members from the text sheet, each read by its pointer.</summary>
    private static DisclosureReport Overlay(DisclosureReport report, List<TextSheetEntry> texts, string? source, List<Diagnostic> diagnostics)
    {
        var metadata = report.Metadata;
        var overview = report.Overview;
        var other = report.OtherMatters;
        var preamble = report.Preamble;
        var problems = report.ProblemsAndImprovements;
        int? notices = null;
        decimal? noticed = null, collected = null;
        var fees = false;
        foreach (var entry in texts)
        {
            var text = entry.Text;
            switch (entry.Pointer)
            {
                case "/edition":
                    if (text?.Trim() != ((int)report.Edition).ToString(CultureInfo.InvariantCulture))
                    {
                        Unreadable(entry, ExcelMessages.WhyEditionOfTables(report.Edition));
                    }

                    break;
                case "/metadata/agency":
                    if (!string.IsNullOrWhiteSpace(text)) metadata = metadata with { Agency = text! };
                    break;
                case "/metadata/year":
                    if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) metadata = metadata with { Year = year };
                    else Unreadable(entry, ExcelMessages.WhyYear);
                    break;
                case "/metadata/title":
                    metadata = metadata with { Title = text };
                    break;
                case "/metadata/publishedOn":
                    if (text is null) metadata = metadata with { PublishedOn = null };
                    else if (DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) metadata = metadata with { PublishedOn = date };
                    else Unreadable(entry, ExcelMessages.WhyDate);
                    break;
                case "/metadata/sourceUrl":
                    metadata = metadata with { SourceUrl = text };
                    break;
                case "/preamble":
                    preamble = text;
                    break;
                case "/overview/text":
                    overview = overview with { Text = text ?? string.Empty };
                    break;
                case "/overview/proactiveDisclosure":
                    overview = overview with { ProactiveDisclosure = text };
                    break;
                case "/overview/disclosureOnRequest":
                    overview = overview with { DisclosureOnRequest = text };
                    break;
                case "/overview/informationManagement":
                    overview = overview with { InformationManagement = text };
                    break;
                case "/overview/platformConstruction":
                    overview = overview with { PlatformConstruction = text };
                    break;
                case "/overview/oversightAndSafeguards":
                    overview = overview with { OversightAndSafeguards = text };
                    break;
                case "/problemsAndImprovements":
                    problems = text ?? string.Empty;
                    break;
                case "/otherMatters/text":
                    other = other with { Text = text ?? string.Empty };
                    break;
                case "/otherMatters/processingFees/noticesIssued":
                    fees |= text is not null;
                    if (text is null) notices = null;
                    else if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) notices = n;
                    else Unreadable(entry, ExcelMessages.WhyNotices);
                    break;
                case "/otherMatters/processingFees/amountNoticed":
                    fees |= text is not null;
                    noticed = Amount(entry);
                    break;
                case "/otherMatters/processingFees/amountCollected":
                    fees |= text is not null;
                    collected = Amount(entry);
                    break;
                default:
                    Unreadable(entry, ExcelMessages.WhyUnknownPointer);
                    break;
            }
        }

        return report with
        {
            Metadata = metadata,
            Preamble = preamble,
            Overview = overview,
            ProblemsAndImprovements = problems,
            OtherMatters = other with
            {
                ProcessingFees = fees ? new ProcessingFees { NoticesIssued = notices, AmountNoticed = noticed, AmountCollected = collected } : null,
            },
        };

        decimal? Amount(TextSheetEntry entry)
        {
            if (entry.Text is null) return null;
            if (decimal.TryParse(entry.Text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return amount;
            Unreadable(entry, ExcelMessages.WhyAmount);
            return null;
        }

        void Unreadable(TextSheetEntry entry, Message why) =>
            diagnostics.Add(ExcelMessages.Create(ExcelCodes.TextSheetValue, DiagnosticSeverity.Warning, source, entry.Sheet, entry.Address,
                ExcelMessages.TextSheetValue(entry.Text, entry.Pointer, why)) with { Pointer = entry.Pointer });
    }

    /// <summary>Reports every value of the flat sheet that differs from the report read from the table sheets.</summary>
    private static void Compare(DisclosureReport report, List<FlatSheetEntry> flat, string? source, List<Diagnostic> diagnostics)
    {
        var catalog = LayoutCatalog.For(report.Edition);
        foreach (var entry in flat)
        {
            if (catalog.FindCell(entry.Pointer) is not { } cell)
            {
                continue;
            }

            var read = cell.GetValue(report);
            decimal? written = entry.Text.Trim().Length == 0 ? null
                : decimal.TryParse(entry.Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
            if (written != read)
            {
                var message = ExcelMessages.FlatSheetDisagrees(entry.Text, cell.Row.LabelPathText, cell.Column.Label, read?.ToString(CultureInfo.InvariantCulture));
                diagnostics.Add(ExcelMessages.Create(ExcelCodes.FlatSheetDisagrees, DiagnosticSeverity.Warning, source, entry.Sheet, entry.Address, message)
                    with { Pointer = cell.Pointer, Expected = read, Actual = written });
            }
        }
    }
}
