using System.IO.Compression;
using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Documents.Tests.Rendering;

namespace Disclosure.Format.Documents.Tests.Excel;

/// <summary>Bad and hostile workbooks: each gives a documented code, never an exception, a hang or unbounded memory.</summary>
public sealed class HostileWorkbookTests
{
    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                var bytes = Encoding.UTF8.GetBytes(text);
                s.Write(bytes, 0, bytes.Length);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Our own workbook with one sheet's XML replaced.</summary>
    private static byte[] WithSheet(string sheetXml, string? extraPart = null)
    {
        var report = HtmlReportRendererTests.Load("2021/valid-seed-quxian-shangwuju-2023.json");
        using var buffer = new MemoryStream();
        buffer.Write(ExcelReportRenderer.Render(report));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet5.xml")!.Delete();
            using var s = zip.CreateEntry("xl/worksheets/sheet5.xml").Open();
            var bytes = Encoding.UTF8.GetBytes(sheetXml);
            s.Write(bytes, 0, bytes.Length);
        }

        return buffer.ToArray();
    }

    private static string Codes(Disclosure.Format.Documents.ReportDocument document) => string.Join(",", document.Diagnostics.Select(d => d.Code));

    [Fact]
    public void An_xls_file_is_refused_with_a_clear_code()
    {
        byte[] ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var document = ExcelReportReader.Read(ole2, new ExcelReadOptions { SourceName = "old.xls" });
        var d = Assert.Single(document.Diagnostics);
        Assert.Equal((ExcelCodes.LegacyWorkbook, DiagnosticSeverity.Error, "old.xls"), (d.Code, d.Severity, d.Location!.Source));
        Assert.Contains(".xlsx", d.Message);
        Assert.Empty(document.Blocks);
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_are_not_a_workbook()
    {
        var document = ExcelReportReader.Read(Encoding.UTF8.GetBytes("<html>not a workbook</html>"));
        Assert.Equal(ExcelCodes.NotAWorkbook, Codes(document));
        Assert.Equal(ExcelCodes.NotAWorkbook, Codes(ExcelReportReader.Read(Zip(("hello.txt", "hi")))));
    }

    [Fact]
    public void A_zip_bomb_stops_at_the_part_limit_counted_while_inflating()
    {
        var bomb = Zip(("[Content_Types].xml", "<Types/>"), ("xl/worksheets/sheet1.xml", new string(' ', 4 * 1024 * 1024)));
        Assert.Equal(ExcelCodes.PartTooLarge, Codes(ExcelReportReader.Read(bomb, new ExcelReadOptions { MaxPartBytes = 1024 * 1024 })));
        Assert.Equal(ExcelCodes.PackageTooLarge, Codes(ExcelReportReader.Read(bomb, new ExcelReadOptions { MaxPackageBytes = 2 * 1024 * 1024 })));
        var many = Zip([.. Enumerable.Range(0, 50).Select(i => ($"p{i}.xml", "<a/>"))]);
        Assert.Equal(ExcelCodes.TooManyParts, Codes(ExcelReportReader.Read(many, new ExcelReadOptions { MaxParts = 10 })));
    }

    [Theory]
    [InlineData("sheet")]
    [InlineData("shared strings")]
    public void A_hundred_thousand_nested_elements_are_refused_before_the_sdk_builds_them(string where)
    {
        // The SDK loads a cell's inline string or a shared string item recursively: 100 000 nested elements overflowed
        // the stack and ended the process. Found while writing the fuzz targets (a crafted input); now every part's depth is scanned first (DF6001).
        var open = string.Concat(Enumerable.Repeat("<r>", 100_000));
        var close = string.Concat(Enumerable.Repeat("</r>", 100_000));
        byte[] workbook;
        if (where == "sheet")
        {
            workbook = WithSheet("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                + open + close + "<t>x</t></is></c></row></sheetData></worksheet>");
        }
        else
        {
            var report = HtmlReportRendererTests.Load("2021/valid-seed-quxian-shangwuju-2023.json");
            using var buffer = new MemoryStream();
            buffer.Write(ExcelReportRenderer.Render(report));
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            {
                zip.GetEntry("xl/sharedStrings.xml")!.Delete();
                using var s = zip.CreateEntry("xl/sharedStrings.xml").Open();
                s.Write(Encoding.UTF8.GetBytes("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si>" + open + close + "<t>x</t></si></sst>"));
            }

            workbook = buffer.ToArray();
        }

        var document = ExcelReportReader.Read(workbook, new ExcelReadOptions { SourceName = "deep.xlsx" });
        var d = Assert.Single(document.Diagnostics);
        Assert.Equal((DocumentCodes.NestingTooDeep, DiagnosticSeverity.Error, "deep.xlsx"), (d.Code, d.Severity, d.Location!.Source));
        Assert.Contains("MaxXmlDepth", d.Message);
        Assert.Empty(document.Blocks);
        // Our own workbook nests well within the default; a limit below its depth refuses it.
        var ours = ExcelReportRenderer.Render(HtmlReportRendererTests.Load("2021/valid-seed-quxian-shangwuju-2023.json"));
        Assert.DoesNotContain(ExcelReportReader.Read(ours).Diagnostics, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DocumentCodes.NestingTooDeep, Codes(ExcelReportReader.Read(ours, new ExcelReadOptions { MaxXmlDepth = 3 })));
    }

    [Fact]
    public void A_sheet_of_a_million_empty_rows_is_streamed_within_bounds()
    {
        var sb = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 1; r <= 1_000_000; r++) sb.Append("<row r=\"").Append(r).Append("\"/>");
        sb.Append("<row r=\"1000001\"><c r=\"A1000001\" t=\"inlineStr\"><is><t>far away</t></is></c></row></sheetData></worksheet>");
        var document = ExcelReportReader.Read(WithSheet(sb.ToString()), new ExcelReadOptions { SourceName = "rows.xlsx" });
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(document.Blocks.OfType<DocumentParagraph>(), p => p.Text == "far away" && p.Location!.Address == "A1000001");
        var limited = ExcelReportReader.Read(WithSheet(sb.ToString()), new ExcelReadOptions { MaxRows = 1000 });
        Assert.Contains(limited.Diagnostics, d => d.Code == ExcelCodes.SheetTooLarge);
    }

    [Fact]
    public void Formulas_are_never_evaluated_and_external_ones_are_reported()
    {
        const string Sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\"><f>[1]Sheet1!A1</f><v>42</v></c><c r=\"B1\"><f>SUM(C1:C2)</f></c><c r=\"C1\"><f>'C:\\x\\[other.xlsx]S'!A1+1</f><v>7</v></c></row>"
            + "</sheetData></worksheet>";
        var document = ExcelReportReader.Read(WithSheet(Sheet), new ExcelReadOptions { SourceName = "f.xlsx" });
        var table = document.Tables.Single(t => t.Cells.Any(c => c.Location.Address == "A1" && c.Location.Sheet == ExcelReportRenderer.CellsSheetName));
        Assert.Equal(["42", "", "7"], table.Cells.Select(c => c.Text));
        var external = document.Diagnostics.Where(d => d.Code == ExcelCodes.ExternalFormula).Select(d => d.Location!.Address).ToList();
        Assert.Equal(["A1", "C1"], external);
        Assert.Equal("B1", Assert.Single(document.Diagnostics, d => d.Code == ExcelCodes.FormulaWithoutValue).Location!.Address);
    }
}
