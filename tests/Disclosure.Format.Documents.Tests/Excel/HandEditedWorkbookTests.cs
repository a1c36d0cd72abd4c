using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Documents.Tests.Rendering;
using Disclosure.Format.Import;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Documents.Tests.Excel;

/// <summary>A workbook as someone edits it by hand: rows inserted above a table, a merged label split, a number typed as text, a value cleared.</summary>
public sealed class HandEditedWorkbookTests
{
    [Fact]
    public void A_hand_edited_workbook_reads_back_with_its_edits()
    {
        var report = HtmlReportRendererTests.Load("2021/valid-shili-city-ecology-2023.json");
        var catalog = LayoutCatalog.Edition2021;
        var t3Name = catalog.Sections[2].Label;
        var bytes = ExcelReportRenderer.Render(report);
        using (var stream = new MemoryStream())
        {
            stream.Write(bytes);
            using (var document = SpreadsheetDocument.Open(stream, true))
            {
                var sheet = ExcelReportRendererTests.Sheet(document, t3Name);
                var data = sheet.GetFirstChild<SheetData>()!;

                // Two rows inserted right above the table (rows 3 and 4), pushing it down.
                foreach (var row in data.Elements<Row>().Where(r => r.RowIndex!.Value >= 3).ToList())
                {
                    row.RowIndex = row.RowIndex!.Value + 2;
                    foreach (var cell in row.Elements<Cell>())
                    {
                        cell.CellReference = Shift(cell.CellReference!.Value!, 2);
                    }
                }

                foreach (var merge in sheet.Descendants<MergeCell>())
                {
                    merge.Reference = string.Join(":", merge.Reference!.Value!.Split(':').Select(a => Shift(a, 2)));
                }

                var heading = data.Elements<Row>().First();
                heading.InsertAfterSelf(new Row(new Cell { CellReference = "A3", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("填报单位：示例市生态环境局")) }) { RowIndex = 3 });
                data.Elements<Row>().ElementAt(1).InsertAfterSelf(new Row(new Cell { CellReference = "J4", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("单位：件")) }) { RowIndex = 4 });

                // The merged 三、本年度办理结果 split: the label stays in its first cell only.
                var vertical = sheet.Descendants<MergeCell>().Single(m => m.Reference!.Value!.StartsWith("A10:", StringComparison.Ordinal));
                vertical.Remove();

                // A number typed as text, and a value cleared (left blank).
                var typed = Cell(sheet, "D8");   // 一、本年新收 | 自然人
                typed.DataType = CellValues.InlineString;
                typed.CellValue = null;
                typed.InlineString = new InlineString(new Text(" 17 "));
                Cell(sheet, "E9").CellValue = null; // 二、上年结转 | 商业企业
            }

            bytes = stream.ToArray();
        }

        var result = ExcelReportImporter.Import(bytes, new ImportOptions { SourceName = "edited.xlsx" });
        Assert.True(result.Report is not null, string.Join("\n", result.Diagnostics));
        var expectedValues = catalog.ReadCells(report);
        expectedValues[catalog.FindCell("/applications/newlyReceived/naturalPerson")!.Index] = 17;
        expectedValues[catalog.FindCell("/applications/carriedOver/commercialEnterprise")!.Index] = null;
        Assert.Equal(expectedValues, catalog.ReadCells(result.Report));
        Assert.Equal(report.Overview, result.Report.Overview);
        Assert.Equal(report.Metadata, result.Report.Metadata);

        var natural = result.Provenance.Find("/applications/newlyReceived/naturalPerson")!;
        Assert.Equal((t3Name, "D8"), (natural.Location.Sheet, natural.Location.Address));
        Assert.Null(result.Provenance.Find("/applications/carriedOver/commercialEnterprise")!.Value);

        // The flat sheet still holds the old values: both edits are reported, the table sheet is what was read.
        var disagreements = result.Diagnostics.Where(d => d.Code == ExcelCodes.FlatSheetDisagrees).Select(d => d.Pointer).ToList();
        Assert.Equal(["/applications/newlyReceived/naturalPerson", "/applications/carriedOver/commercialEnterprise"], disagreements);
    }

    private static Cell Cell(Worksheet sheet, string address) => sheet.Descendants<Cell>().Single(c => c.CellReference == address);

    private static string Shift(string address, int rows)
    {
        var m = Regex.Match(address, "^([A-Z]+)([0-9]+)$");
        var row = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return row >= 3 ? m.Groups[1].Value + (row + rows).ToString(System.Globalization.CultureInfo.InvariantCulture) : address;
    }
}
