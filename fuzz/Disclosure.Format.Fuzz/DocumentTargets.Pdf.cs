using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents;
using Disclosure.Format.Import;

namespace Disclosure.Format.Fuzz;

/// <summary>The PDF target: <see cref="PdfReportReader"/> on bytes, then the import of its grid, with the checks of the other document targets.</summary>
internal static partial class DocumentTargets
{
    /// <summary>A PDF's bytes, read and imported; a document without blocks must say why with an error.</summary>
    public static void Pdf(byte[] input) => Watched(() =>
    {
        var document = PdfReportReader.Read(input, new PdfReadOptions { SourceName = "fuzz.pdf" });
        CheckDocument(document);
        if (document.Blocks.Count == 0 && document.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("A PDF read to nothing without an error.");
        }

        foreach (var table in document.Tables)
        {
            foreach (var cell in table.Cells)
            {
                if (cell.Location.Page is not >= 1 || cell.Location.Box is null)
                {
                    throw new InvalidOperationException($"A PDF cell without its page and box: {cell.Location}.");
                }
            }
        }

        // What ReportDocumentImporter.ImportPdf(bytes) does, with the document checked on the way.
        CheckImport(ReportDocumentImporter.Import(document, new ImportOptions { SourceName = "fuzz.pdf" }));
    });
}
