using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Layout;
using Disclosure.Format.Validation;

namespace Disclosure.Format.Documents.Tests.Rendering;

public sealed class ExcelReportRendererTests
{
    public static TheoryData<string> ValidFixtures() => HtmlReportRendererTests.ValidFixtures();

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Every_fixture_renders_a_valid_workbook_with_a_sheet_per_table_and_the_flat_sheet(string fixture)
    {
        var report = HtmlReportRendererTests.Load(fixture);
        using var document = SpreadsheetDocument.Open(new MemoryStream(ExcelReportRenderer.Render(report)), false);
        Assert.Empty(new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var catalog = LayoutCatalog.For(report.Edition);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(
            [ExcelReportRenderer.TextSheetName, .. catalog.Sections.Where(s => s.Table is not null).Select(s => s.Label), ExcelReportRenderer.CellsSheetName, ExcelReportRenderer.DiagnosticsSheetName],
            names);

        // No formulas anywhere: published totals are values.
        Assert.All(document.WorkbookPart.WorksheetParts, p => Assert.Empty(p.Worksheet.Descendants<CellFormula>()));

        // The flat sheet: one row per cell of the edition, each value as in the report (blank = no value).
        var flat = Sheet(document, ExcelReportRenderer.CellsSheetName);
        var rows = flat.Descendants<Row>().Skip(1).ToList();
        Assert.Equal(catalog.Cells.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var value = rows[i].Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value!.StartsWith('E'));
            var expected = catalog.Cells[i].GetValue(report);
            Assert.Equal(expected?.ToString(CultureInfo.InvariantCulture), value?.CellValue?.Text);
        }

        // The tables: merged header cells and frozen headers.
        var t3 = Sheet(document, catalog.Sections[2].Label);
        var merges = t3.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("D3:J3", merges);   // 申请人情况 over the seven applicant columns
        Assert.Contains("E4:I4", merges);   // 法人或其他组织 over five
        Assert.Contains("A3:C5", merges);   // the note
        var pane = t3.Descendants<Pane>().Single();
        Assert.Equal("D6", pane.TopLeftCell!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
    }

    [Fact]
    public void The_diagnostics_sheet_lists_the_validators_findings_with_their_cells()
    {
        var report = HtmlReportRendererTests.Load("2021/arith-row-and-case-totals.json");
        var expected = DisclosureValidator.Validate(report).Diagnostics;
        Assert.NotEmpty(expected);
        using var document = SpreadsheetDocument.Open(new MemoryStream(ExcelReportRenderer.Render(report)), false);
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var sheet = Sheet(document, ExcelReportRenderer.DiagnosticsSheetName);
        var rows = sheet.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()),
            c => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)] : c.CellValue?.Text)).ToList();
        Assert.Equal(expected.Count, rows.Count);
        var t3 = LayoutCatalog.Edition2021.Sections[2].Label;
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Code, rows[i]["A"]);
            Assert.Equal(expected[i].Pointer, rows[i]["C"]);
            Assert.Equal(expected[i].MessageZh, rows[i]["I"]);
            if (expected[i].Pointer.StartsWith("/applications/", StringComparison.Ordinal))
            {
                Assert.StartsWith($"'{t3}'!", rows[i]["D"]);
            }
        }
    }

    [Fact]
    public void A_blank_cell_is_an_empty_cell_never_0()
    {
        var report = HtmlReportRendererTests.Load("2021/arith-blank-totals.json");
        var catalog = LayoutCatalog.For(report.Edition);
        using var document = SpreadsheetDocument.Open(new MemoryStream(ExcelReportRenderer.Render(report)), false);
        var t3 = Sheet(document, catalog.Sections[2].Label);
        var blank = catalog.Cells.First(c => c.Table.Key == "T3" && c.GetValue(report) is null);
        var row = 6 + blank.Table.ValueRows.ToList().IndexOf(blank.Row);
        var column = 3 + blank.Row.Cells.ToList().IndexOf(blank);
        var cell = t3.Descendants<Cell>().Single(c => c.CellReference!.Value == ExcelReportRenderer.Address(row - 1, column));
        Assert.Null(cell.CellValue);
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var report = HtmlReportRendererTests.Load("2021/valid-shili-city-ecology-2023.json");
        Assert.Equal(ExcelReportRenderer.Render(report), ExcelReportRenderer.Render(report));
    }

    internal static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }
}
