using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Model;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Rendering;

/// <summary>
/// Every fixture that is a report (<c>valid-*</c> and <c>arith-*</c> of both editions: the ones the strict reader
/// accepts) rendered to HTML, Word and Excel and read back through the document readers and the grid matcher gives the
/// same report, compared as the Excel round trip compares it: the whole record and its JSON.
/// </summary>
public sealed class DocumentRoundTripTests
{
    public static TheoryData<string> Reports() => [.. Fixtures.ReadableDocuments()];

    [Fact]
    public void Both_editions_and_the_arithmetic_fixtures_are_covered()
    {
        var all = Fixtures.ReadableDocuments().ToList();
        Assert.Contains(all, f => f.StartsWith("2019", StringComparison.Ordinal) && f.Contains("arith-", StringComparison.Ordinal));
        Assert.Contains(all, f => f.StartsWith("2021", StringComparison.Ordinal) && f.Contains("arith-", StringComparison.Ordinal));
        Assert.Contains(all, f => f.StartsWith("2019", StringComparison.Ordinal) && f.Contains("valid-", StringComparison.Ordinal));
        Assert.Contains(all, f => f.StartsWith("2021", StringComparison.Ordinal) && f.Contains("valid-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_report_rendered_to_HTML_imports_back_equal_from_its_text(string fixture)
    {
        var report = HtmlReportRendererTests.Load(fixture);
        var result = ReportDocumentImporter.ImportHtml(HtmlReportRenderer.Render(report), new ImportOptions { SourceName = "report.html" });
        AssertEqual(report, result, "report.html");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_report_rendered_to_HTML_imports_back_equal_from_its_bytes(string fixture)
    {
        var report = HtmlReportRendererTests.Load(fixture);
        var bytes = Encoding.UTF8.GetBytes(HtmlReportRenderer.Render(report));
        var result = ReportDocumentImporter.ImportHtml(bytes, new ImportOptions { SourceName = "report.html" });
        AssertEqual(report, result, "report.html");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_report_rendered_to_Word_imports_back_equal(string fixture)
    {
        var report = HtmlReportRendererTests.Load(fixture);
        var result = ReportDocumentImporter.ImportWord(WordReportRenderer.Render(report), new ImportOptions { SourceName = "report.docx" });
        AssertEqual(report, result, "report.docx");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_report_rendered_to_Excel_imports_back_equal(string fixture)
    {
        var report = HtmlReportRendererTests.Load(fixture);
        var result = ExcelReportImporter.Import(ExcelReportRenderer.Render(report), new ImportOptions { SourceName = "report.xlsx" });
        AssertEqual(report, result, "report.xlsx");
    }

    /// <summary>
    /// The Excel round trip's comparison: no warning or error, the same JSON, the same record; every cell located in the
    /// file. One documented reading differs from the fixture: a 2019 采购总金额 left blank but printed as a "none" mark
    /// (<c>—</c>, kept in <c>totalAmountText</c>) is printed as such, and a printed "none" mark reads as 0 with DF4014,
    /// as in every text import; the test checks that reading and compares the rest exactly. In a workbook the flat sheet
    /// still holds the blank, and the disagreement is reported (DF6210) as for any edit of a table sheet.
    /// </summary>
    internal static void AssertEqual(DisclosureReport report, ImportResult result, string source)
    {
        Assert.True(result.Report is not null, string.Join("\n", result.Diagnostics));
        var diagnostics = result.Diagnostics.ToList();
        if (report is DisclosureReport2019 { ProactiveDisclosure.CentralizedProcurement: { TotalAmount: null, TotalAmountText: { } printed } procurement } r2019
            && GridNone(printed))
        {
            const string pointer = "/proactiveDisclosure/centralizedProcurement/totalAmount";
            Assert.Equal(CellReadingKind.NoneMarker, result.Provenance.Find(pointer)!.Kind);
            Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.NoneMarkerAsZero && d.Pointer == pointer);
            diagnostics.RemoveAll(d => d.Code == ExcelCodes.FlatSheetDisagrees && d.Pointer == pointer && source.EndsWith(".xlsx", StringComparison.Ordinal));
            report = r2019 with { ProactiveDisclosure = r2019.ProactiveDisclosure with { CentralizedProcurement = procurement with { TotalAmount = 0 } } };
        }

        Assert.True(diagnostics.All(d => d.Severity == DiagnosticSeverity.Info), string.Join("\n", diagnostics));
        Assert.Equal(DisclosureJson.Serialize(report), DisclosureJson.Serialize(result.Report));
        Assert.Equal(report, result.Report);
        Assert.All(result.Provenance.Cells, c => Assert.Equal(source, c.Location.Source));
    }

    private static bool GridNone(string printed) => printed.Trim() is "/" or "／" or "-" or "－" or "—" or "——" or "–" or "无";
}
