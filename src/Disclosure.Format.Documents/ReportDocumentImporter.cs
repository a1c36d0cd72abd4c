using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents.Grid;
using Disclosure.Format.Import;

namespace Disclosure.Format.Documents;

/// <summary>
/// Imports a report from a <see cref="ReportDocument"/> (an HTML page, a Word file, a PDF) into a typed report, with the same
/// label matcher and edition logic as <see cref="ReportTextImporter"/>: one way of recognising a row, a column and an
/// edition in the whole library. The result is the core's <see cref="ImportResult"/>; it succeeds as a text import does.
/// </summary>
/// <remarks>
/// <para>
/// The document's grid decides where every cell starts and ends, so digits never run together and a blank cell stays
/// blank (never 0); a written "none" (<c>/</c>, <c>—</c>, <c>无</c>) is read as the text importer reads it. Rows and
/// columns are recognised by their labels. A merged label cell (<c>三、本年度办理结果</c> over 22 rows) labels every row
/// it spans; a merged value cell gives its value to the first cell it covers, and the other cells it covers stay blank
/// with an info diagnostic (<see cref="DocumentCodes.MergedValueCell"/>) that lists them. A cell with a note beside its
/// number (<c>22（其中修订16件）</c>) gives the number, and its whole text stays in <see cref="ImportedCell.Raw"/>.
/// </para>
/// <para>
/// Every <see cref="ImportedCell.Location"/> and every diagnostic's location points into the document: the table, row
/// and cell, and for HTML the line and column of the cell's tag. The reader's own diagnostics come first in the result.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// ImportResult result = ReportDocumentImporter.ImportHtml(File.ReadAllText("report.html"), new ImportOptions { SourceName = "report.html" });
/// foreach (var d in result.Diagnostics) Console.Error.WriteLine(d);
/// if (result.Report is { } report) File.WriteAllText("report.json", DisclosureJson.Serialize(report));
/// </code>
/// </example>
public static class ReportDocumentImporter
{
    /// <summary>Imports a document read by a document reader.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">Import options (edition, text limit); optional. The source name of locations is the document's.</param>
    /// <returns>The report (or <see langword="null"/> when none could be built), its edition, the reader's and the import's diagnostics, and the cells' provenance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static ImportResult Import(ReportDocument document, ImportOptions? options = null)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        options ??= new ImportOptions();
        if (document.SourceName is not null) options = options with { SourceName = document.SourceName };
        if (document.Blocks.Count == 0 && document.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // The reader could not read the document (a limit, an encoding): its errors are the result.
            return new ImportResult { Report = null, Edition = null, Diagnostics = document.Diagnostics, Provenance = ImportProvenance.Empty, SourceEncoding = document.SourceEncoding };
        }

        // The signature (落款) closing the document is not text of its last section: the document is read without it,
        // and it gives the report's agency in full and its date. A last line that turns out not to name the agency of
        // the title is text after all, and the document is read with it.
        var signature = DocumentSignature.Find(document);
        var (text, result) = Read(document, options, signature);
        string? signedAgency = null;
        if (signature is { Agency: not null } && result.Report is { } read)
        {
            signedAgency = signature.AgencyNaming(read.Metadata.Agency);
            if (signedAgency is null)
            {
                signature = signature.Date is null ? null : signature.WithoutAgency();
                (text, result) = Read(document, options, signature);
            }
        }

        var diagnostics = new List<Diagnostic>(document.Diagnostics);
        diagnostics.AddRange(result.Diagnostics);
        diagnostics.AddRange(MergedValueCells(text, result.Provenance));
        return result with
        {
            Report = WithMetadata(result.Report, document, signedAgency, signature?.SignedOn),
            Diagnostics = diagnostics,
            Provenance = WithWholeCells(document, result.Provenance),
            SourceEncoding = document.SourceEncoding,
        };
    }

    private static (GridText Text, ImportResult Result) Read(ReportDocument document, ImportOptions options, DocumentSignature? signature)
    {
        var text = GridText.Write(document, signature is null ? null : b => ReferenceEquals(b, signature.Agency) || ReferenceEquals(b, signature.Date));
        return (text, ReportTextImporter.ImportLocated(text.Text, text.Locate, options));
    }

    /// <summary>
    /// What the document says of the report beyond its text: the signature's full agency name, the publication date
    /// (the page's own, else the signature's) and the address, where the text gave none.
    /// </summary>
    private static Model.DisclosureReport? WithMetadata(Model.DisclosureReport? report, ReportDocument document, string? signedAgency, DateTime? signedOn)
    {
        if (report is null) return null;
        var metadata = report.Metadata;
        var updated = metadata with
        {
            Agency = signedAgency ?? metadata.Agency,
            PublishedOn = metadata.PublishedOn ?? document.PublishedOn ?? signedOn,
            SourceUrl = metadata.SourceUrl ?? document.SourceUrl,
        };
        return updated == metadata ? report : report with { Metadata = updated };
    }

    /// <summary>
    /// A number read from a cell that says more (<c>22（其中修订16件）</c>) keeps the whole cell as its
    /// <see cref="ImportedCell.Raw"/> text, so the note stays in the provenance.
    /// </summary>
    private static ImportProvenance WithWholeCells(ReportDocument document, ImportProvenance provenance)
    {
        var texts = new Dictionary<(int, int, int), string>();
        foreach (var table in document.Tables)
        {
            foreach (var cell in table.Cells) texts[(table.Number, cell.Row + 1, cell.Column + 1)] = cell.Text.Replace('\n', ' ');
        }

        var changed = false;
        var cells = new List<ImportedCell>(provenance.Cells.Count);
        foreach (var cell in provenance.Cells)
        {
            if (cell.Kind == CellReadingKind.Number && cell.Location is { Table: { } t, Row: { } r, Cell: { } c }
                && texts.TryGetValue((t, r, c), out var whole) && whole.Length > cell.Raw.Length && whole.Contains(cell.Raw))
            {
                cells.Add(cell with { Raw = whole });
                changed = true;
            }
            else
            {
                cells.Add(cell);
            }
        }

        return changed ? new ImportProvenance(cells) : provenance;
    }

    /// <summary>Reads an HTML page given as text with <see cref="HtmlReportReader"/> and imports it.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="options">Import options; optional. Its <see cref="ImportOptions.SourceName"/> names the page in locations.</param>
    /// <returns>The import's result, the reader's diagnostics first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    public static ImportResult ImportHtml(string html, ImportOptions? options = null)
    {
        if (html is null) throw new ArgumentNullException(nameof(html));
        return Import(HtmlReportReader.Read(html, new HtmlReadOptions { SourceName = options?.SourceName }), options);
    }

    /// <summary>Reads an HTML page given as bytes with <see cref="HtmlReportReader"/> and imports it.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="options">
    /// Import options; optional. Its <see cref="ImportOptions.SourceName"/> names the page in locations, and its
    /// <see cref="ImportOptions.EncodingName"/>, when set, is the page's encoding (instead of its byte order mark,
    /// declared charset and detection).
    /// </param>
    /// <returns>
    /// The import's result, the reader's diagnostics first (the decoder's among them: <see cref="ImportCodes.DeclaredCharsetContradicted"/>,
    /// <see cref="ImportCodes.EncodingUsed"/>, or the error when the bytes cannot be decoded), with
    /// <see cref="ImportResult.SourceEncoding"/> set.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="ImportOptions.EncodingName"/> names an encoding the decoder does not read.</exception>
    public static ImportResult ImportHtml(byte[] html, ImportOptions? options = null)
    {
        if (html is null) throw new ArgumentNullException(nameof(html));
        return Import(HtmlReportReader.Read(html, new HtmlReadOptions { SourceName = options?.SourceName, EncodingName = options?.EncodingName }), options);
    }

    /// <summary>Reads a Word file (<c>.docx</c>) given as bytes with <see cref="WordReportReader"/> and imports it.</summary>
    /// <param name="docx">The file's bytes.</param>
    /// <param name="options">Import options; optional. Its <see cref="ImportOptions.SourceName"/> names the file in locations.</param>
    /// <returns>The import's result, the reader's diagnostics first (<see cref="WordCodes"/> when the file cannot be read).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is <see langword="null"/>.</exception>
    public static ImportResult ImportWord(byte[] docx, ImportOptions? options = null)
    {
        if (docx is null) throw new ArgumentNullException(nameof(docx));
        return Import(WordReportReader.Read(docx, new WordReadOptions { SourceName = options?.SourceName }), options);
    }

    /// <summary>Reads a PDF given as bytes with <see cref="PdfReportReader"/> and imports it.</summary>
    /// <param name="pdf">The file's bytes.</param>
    /// <param name="options">Import options; optional. Its <see cref="ImportOptions.SourceName"/> names the file in locations.</param>
    /// <returns>The import's result, the reader's diagnostics first (<see cref="PdfCodes"/> when the file cannot be read).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pdf"/> is <see langword="null"/>.</exception>
    public static ImportResult ImportPdf(byte[] pdf, ImportOptions? options = null)
    {
        if (pdf is null) throw new ArgumentNullException(nameof(pdf));
        return Import(PdfReportReader.Read(pdf, new PdfReadOptions { SourceName = options?.SourceName }), options);
    }

    /// <summary>One info per merged value cell that covers cells of the report below its first row: which cells it covers.</summary>
    private static IEnumerable<Diagnostic> MergedValueCells(GridText text, ImportProvenance provenance)
    {
        if (text.Covered.Count == 0) yield break;
        var byPlace = new Dictionary<(int, int, int), ImportedCell>();
        foreach (var cell in provenance.Cells)
        {
            if (cell.Location is { Table: { } t, Row: { } r, Cell: { } c }) byPlace[(t, r, c)] = cell;
        }

        foreach (var group in text.Covered.GroupBy(s => s.By))
        {
            var by = group.Key;
            var table = group.First().Table.Number;
            var covered = group
                .Select(s => byPlace.TryGetValue((table, s.Row + 1, s.Column + 1), out var imported) ? imported.Cell.Pointer : null)
                .Where(p => p is not null)
                .Select(p => p!)
                .Distinct()
                .ToList();
            if (covered.Count == 0) continue;
            byPlace.TryGetValue((table, by.Row + 1, by.Column + 1), out var origin);
            var pointer = origin?.Cell.Pointer ?? string.Empty;
            var message = DocumentMessages.MergedValueCell(by, pointer, string.Join(", ", covered));
            yield return new Diagnostic
            {
                Code = DocumentCodes.MergedValueCell,
                Severity = DiagnosticSeverity.Info,
                Pointer = pointer,
                RelatedPointers = covered,
                Location = by.Location,
                Message = message.En,
                MessageZh = message.Zh,
            };
        }
    }
}
