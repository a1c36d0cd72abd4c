using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Disclosure.Format.Documents;
using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Format.Benchmarks;

/// <summary>
/// Importing a report page (issue 12): <see cref="ReportDocumentImporter.ImportHtml(byte[], ImportOptions?)"/> on the
/// page's bytes against AngleSharp's own parse of the same bytes (its <see cref="HtmlParser"/> with default options,
/// decoding included: the least any reader built on it does). The pages: a real report page of the shared corpus when
/// the shared folder is beside the clone (a crawled page with its site template), and the seed report rendered by
/// <see cref="HtmlReportRenderer"/> (always there).
/// </summary>
public class HtmlImportBenchmarks
{
    private byte[] bytes = [];

    /// <summary>The pages measured: a real one (when the shared corpus is present) and the rendered seed.</summary>
    public static IEnumerable<string> Pages()
    {
        if (File.Exists(Inputs.CorpusPagePath)) yield return "corpus 115 (real page)";
        yield return "seed (rendered)";
    }

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        bytes = Page.StartsWith("corpus", StringComparison.Ordinal)
            ? File.ReadAllBytes(Inputs.CorpusPagePath)
            : System.Text.Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(Inputs.SeedReport()));
        if (Import() is null) throw new InvalidOperationException($"The page '{Page}' does not import.");
    }

    [Benchmark(Baseline = true, Description = "baseline: AngleSharp parse of the bytes")]
    public int AngleSharpParse()
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new HtmlParser().ParseDocument(stream).All.Length;
    }

    [Benchmark(Description = "HtmlReportReader.Read (grid only)")]
    public int Read() => HtmlReportReader.Read(bytes).Tables.Count;

    [Benchmark(Description = "ImportHtml (read + import)")]
    public DisclosureReport? Import() => ReportDocumentImporter.ImportHtml(bytes).Report;
}

/// <summary>
/// Importing a Word report (issue 12): <see cref="ReportDocumentImporter.ImportWord(byte[], ImportOptions?)"/> against
/// opening the same package with the Open XML SDK and reading the text of every table cell (the least any reader of
/// the tables does). The files: a LibreOffice conversion of a fixture's page (<c>tests/fixtures/docx</c>, as another
/// program writes Word files) and the seed report rendered by <see cref="WordReportRenderer"/>.
/// </summary>
public class WordImportBenchmarks
{
    private byte[] bytes = [];

    [Params("LibreOffice (fixture)", "seed (rendered)")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        bytes = File.StartsWith("LibreOffice", StringComparison.Ordinal)
            ? System.IO.File.ReadAllBytes(Inputs.LibreOfficeDocxPath)
            : WordReportRenderer.Render(Inputs.SeedReport());
        if (Import() is null) throw new InvalidOperationException($"The file '{File}' does not import.");
    }

    [Benchmark(Baseline = true, Description = "baseline: Open XML SDK open + every cell's text")]
    public int OpenXmlCells()
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var characters = 0;
        foreach (var cell in document.MainDocumentPart!.Document!.Body!.Descendants<TableCell>()) characters += cell.InnerText.Length;
        return characters;
    }

    [Benchmark(Description = "WordReportReader.Read (grid only)")]
    public int Read() => WordReportReader.Read(bytes).Tables.Count;

    [Benchmark(Description = "ImportWord (read + import)")]
    public DisclosureReport? Import() => ReportDocumentImporter.ImportWord(bytes).Report;
}

/// <summary>
/// The official layout written and read back (issue 14): the seed report rendered to HTML, Word and Excel, and each
/// rendering imported back, against writing the same report as JSON (<see cref="DisclosureJson.SerializeToUtf8Bytes"/>).
/// </summary>
public class RenderBenchmarks
{
    private DisclosureReport report = null!;
    private byte[] html = [], docx = [], xlsx = [];

    [GlobalSetup]
    public void Setup()
    {
        report = Inputs.SeedReport();
        html = RenderHtml();
        docx = RenderWord();
        xlsx = RenderExcel();
        foreach (var back in new[] { ImportHtml(), ImportWord(), ImportExcel() })
        {
            if (!Equals(back, report)) throw new InvalidOperationException("A rendering of the seed does not import back equal.");
        }
    }

    [Benchmark(Baseline = true, Description = "baseline: JSON write")]
    public byte[] WriteJson() => DisclosureJson.SerializeToUtf8Bytes(report);

    [Benchmark(Description = "render HTML")]
    public byte[] RenderHtml()
    {
        using var stream = new MemoryStream();
        HtmlReportRenderer.Render(report, stream);
        return stream.ToArray();
    }

    [Benchmark(Description = "render Word")]
    public byte[] RenderWord() => WordReportRenderer.Render(report);

    [Benchmark(Description = "render Excel")]
    public byte[] RenderExcel() => ExcelReportRenderer.Render(report);

    [Benchmark(Description = "import HTML (rendered)")]
    public DisclosureReport? ImportHtml() => ReportDocumentImporter.ImportHtml(html).Report;

    [Benchmark(Description = "import Word (rendered)")]
    public DisclosureReport? ImportWord() => ReportDocumentImporter.ImportWord(docx).Report;

    [Benchmark(Description = "import Excel (rendered)")]
    public DisclosureReport? ImportExcel() => ExcelReportImporter.Import(xlsx).Report;
}
