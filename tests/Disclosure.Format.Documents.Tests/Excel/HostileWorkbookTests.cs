using System.IO.Compression;
using System.Text;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Documents.Excel;
using Disclosure.Format.Documents.Rendering;
using Disclosure.Format.Documents.Tests.Rendering;
using Disclosure.Format.Import;

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
    public void A_cell_type_excel_does_not_define_is_read_as_blank_and_located()
    {
        // Found by the fuzzer: the SDK's typed value of t="x" throws; the cell is blank with DF6211 at its address.
        const string Sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"n\"><v>42</v></c><c r=\"B1\" t=\"x\"><v>7</v></c><c r=\"C1\" t=\"str\"><v>九</v></c></row>"
            + "</sheetData></worksheet>";
        var document = ExcelReportReader.Read(WithSheet(Sheet), new ExcelReadOptions { SourceName = "f.xlsx" });
        var table = document.Tables.Single(t => t.Cells.Any(c => c.Location.Address == "A1" && c.Location.Sheet == ExcelReportRenderer.CellsSheetName));
        Assert.Equal(["42", "", "九"], table.Cells.Select(c => c.Text));
        var unknown = Assert.Single(document.Diagnostics, d => d.Code == ExcelCodes.UnknownCellType);
        Assert.Equal((DiagnosticSeverity.Warning, "B1", ExcelReportRenderer.CellsSheetName), (unknown.Severity, unknown.Location!.Address, unknown.Location.Sheet));
        Assert.Contains("t=\"x\"", unknown.Message);

        var finding = File.ReadAllBytes(Path.Combine(Disclosure.Format.Tests.Support.Paths.Fixtures, "fuzz", "xlsx", "crash-0a7a8f988240.bin"));
        Assert.Contains(ExcelReportReader.Read(finding, new ExcelReadOptions { SourceName = "finding.xlsx" }).Diagnostics, d => d.Code == ExcelCodes.UnknownCellType);
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

    [Fact]
    public void A_few_cells_far_apart_do_not_make_millions_of_cells()
    {
        // 256 rows with a cell in A and one in XFD: 512 written cells, 4 194 304 slots if the block were laid out.
        var sb = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 1; r <= 256; r++)
        {
            sb.Append("<row r=\"").Append(r).Append("\"><c r=\"A").Append(r).Append("\"><v>1</v></c><c r=\"XFD").Append(r).Append("\"><v>2</v></c></row>");
        }

        sb.Append("<row r=\"300\"><c r=\"A300\" t=\"inlineStr\"><is><t>after</t></is></c></row></sheetData></worksheet>");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = ExcelReportReader.Read(WithSheet(sb.ToString()), new ExcelReadOptions { SourceName = "wide.xlsx" });
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var d = Assert.Single(document.Diagnostics, x => x.Code == ExcelCodes.SheetTooLarge);
        Assert.Equal((DiagnosticSeverity.Warning, "wide.xlsx", "A1"), (d.Severity, d.Location!.Source, d.Location.Address));
        Assert.DoesNotContain(document.Tables, t => t.ColumnCount > 1000);
        Assert.Contains(document.Blocks.OfType<DocumentParagraph>(), p => p.Text == "after");
        Assert.True(allocated < 200L * 1024 * 1024, $"{allocated} bytes allocated");

        // The report's own sheets are still read: it imports as before.
        var result = ExcelReportImporter.Import(WithSheet(sb.ToString()));
        Assert.NotNull(result.Report);
    }

    [Fact]
    public void Links_to_other_workbooks_are_reported_and_never_followed()
    {
        var report = HtmlReportRendererTests.Load("2021/valid-seed-quxian-shangwuju-2023.json");
        using var buffer = new MemoryStream();
        buffer.Write(ExcelReportRenderer.Render(report));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            void Replace(string name, Func<string, string> change)
            {
                var entry = zip.GetEntry(name)!;
                string text;
                using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
                entry.Delete();
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(change(text));
            }

            Replace("[Content_Types].xml", t => t.Replace("</Types>",
                "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>", StringComparison.Ordinal));
            Replace("xl/_rels/workbook.xml.rels", t => t.Replace("</Relationships>",
                "<Relationship Id=\"rIdLink1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" Target=\"externalLinks/externalLink1.xml\"/></Relationships>", StringComparison.Ordinal));
            using (var s = new StreamWriter(zip.CreateEntry("xl/externalLinks/externalLink1.xml").Open(), new UTF8Encoding(false)))
            {
                s.Write("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"S\"/></sheetNames></externalBook></externalLink>");
            }

            using (var s = new StreamWriter(zip.CreateEntry("xl/externalLinks/_rels/externalLink1.xml.rels").Open(), new UTF8Encoding(false)))
            {
                s.Write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath\" Target=\"file:///C:/secret/other.xlsx\" TargetMode=\"External\"/></Relationships>");
            }
        }

        var result = ExcelReportImporter.Import(buffer.ToArray(), new ImportOptions { SourceName = "linked.xlsx" });
        var d = Assert.Single(result.Diagnostics, x => x.Code == ExcelCodes.ExternalLink);
        Assert.Equal((DiagnosticSeverity.Warning, "linked.xlsx"), (d.Severity, d.Location!.Source));
        Assert.Equal(report, result.Report); // the workbook itself is read as before; the link is never opened
    }
}
