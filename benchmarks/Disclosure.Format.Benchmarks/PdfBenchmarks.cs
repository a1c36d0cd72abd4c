using BenchmarkDotNet.Attributes;
using Disclosure.Format.Documents;
using Disclosure.Format.Model;
using UglyToad.PdfPig;

namespace Disclosure.Format.Benchmarks;

/// <summary>
/// Importing a PDF report (issue 13): <see cref="ReportDocumentImporter.ImportPdf"/> on the file's bytes against
/// PdfPig's own <c>GetWords()</c> over all its pages (opening the document and extracting every page's words: the
/// least any reader of the text does). The files: the real five-page report of the shared corpus when the shared
/// folder is beside the clone (else left out), and the LibreOffice print of the seed fixture (always there).
/// </summary>
public class PdfImportBenchmarks
{
    private byte[] bytes = [];

    /// <summary>The real report of ../shared/corpus/pdf.</summary>
    public static string CorpusPdfPath => Path.Combine(Inputs.RepositoryRoot, "..", "shared", "corpus", "pdf", "201-2024-huaian-hongzequ.pdf");

    /// <summary>The committed LibreOffice print of the seed fixture.</summary>
    public static string FixturePdfPath => Path.Combine(Inputs.RepositoryRoot, "tests", "fixtures", "pdf", "valid-seed-quxian-shangwuju-2023.word.pdf");

    /// <summary>The files measured: the real report (when the shared corpus is present) and the fixture's print.</summary>
    public static IEnumerable<string> Files()
    {
        if (File.Exists(CorpusPdfPath)) yield return "corpus 201 (real, 5 pages, WPS)";
        yield return "seed (LibreOffice print)";
    }

    [ParamsSource(nameof(Files))]
    public string Pdf { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        bytes = File.ReadAllBytes(Pdf.StartsWith("corpus", StringComparison.Ordinal) ? CorpusPdfPath : FixturePdfPath);
        if (Import() is null) throw new InvalidOperationException($"The file '{Pdf}' does not import.");
    }

    [Benchmark(Baseline = true, Description = "baseline: PdfPig open + GetWords() of every page")]
    public int PdfPigWords()
    {
        using var document = PdfDocument.Open(bytes);
        var words = 0;
        foreach (var page in document.GetPages())
        {
            words += page.GetWords().Count();
        }

        return words;
    }

    [Benchmark(Description = "PdfReportReader.Read (grid only)")]
    public int Read() => PdfReportReader.Read(bytes).Tables.Count;

    [Benchmark(Description = "ImportPdf (read + import)")]
    public DisclosureReport? Import() => ReportDocumentImporter.ImportPdf(bytes).Report;
}
