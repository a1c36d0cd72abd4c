using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Documents.Tests.Rendering;
using Disclosure.Format.Import;
using Disclosure.Format.Json;

namespace Disclosure.Format.Documents.Tests.Excel;

public sealed class ExcelRoundTripTests
{
    public static TheoryData<string> ValidFixtures() => HtmlReportRendererTests.ValidFixtures();

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Every_fixture_rendered_to_Excel_imports_back_equal(string fixture)
    {
        var report = HtmlReportRendererTests.Load(fixture);
        var result = ExcelReportImporter.Import(ExcelReportRenderer.Render(report), new ImportOptions { SourceName = "report.xlsx" });
        Assert.True(result.Report is not null, string.Join("\n", result.Diagnostics));
        Assert.True(result.Diagnostics.All(d => d.Severity == DiagnosticSeverity.Info), string.Join("\n", result.Diagnostics));
        Assert.Equal(DisclosureJson.Serialize(report), DisclosureJson.Serialize(result.Report));
        Assert.Equal(report, result.Report);
    }

    [Fact]
    public void Each_cell_says_which_sheet_and_address_it_came_from()
    {
        var report = HtmlReportRendererTests.Load("2021/valid-seed-quxian-shangwuju-2023.json");
        var result = ExcelReportImporter.Import(ExcelReportRenderer.Render(report), new ImportOptions { SourceName = "report.xlsx" });
        var cell = result.Provenance.Find("/applications/newlyReceived/total")!;
        Assert.Equal("三、收到和处理政府信息公开申请情况", cell.Location.Sheet);
        Assert.Equal("J6", cell.Location.Address);
        Assert.Equal("report.xlsx", cell.Location.Source);
        var t4 = result.Provenance.Find("/reviewAndLitigation/administrativeReview/upheld")!;
        Assert.Equal(("四、政府信息公开行政复议、行政诉讼情况", "A6"), (t4.Location.Sheet, t4.Location.Address));
    }
}
