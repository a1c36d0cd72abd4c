using System.Security.Cryptography;
using System.Text.Json;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Import;
using Disclosure.Format.Json;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Pdf;

/// <summary>
/// The real PDF report of ../shared/corpus/pdf (read in place; skipped where the folder is absent) against its cells
/// transcribed by hand from the rendered pages (hongzequ-2024.expected.json beside this file): every table found,
/// every cell's text, row, column and spans exact, every cell located on its page; and its import read as the text
/// importer reads the same report (2021 edition; the one-row （六）其他处理 leaves the 2021 rows blank with DF4010,
/// as in the text).
/// </summary>
public sealed class PdfCorpusTests
{
    private static readonly string ExpectedPath = Path.Combine(Paths.RepositoryRoot, "tests", "Disclosure.Format.Documents.Tests", "Pdf", "hongzequ-2024.expected.json");

    private static readonly Lazy<JsonElement> Expected = new(() => JsonDocument.Parse(File.ReadAllText(ExpectedPath)).RootElement.Clone());

    private static string? PdfPath =>
        Paths.Shared is { } shared && File.Exists(Path.Combine(shared, "corpus", "pdf", "201-2024-huaian-hongzequ.pdf"))
            ? Path.Combine(shared, "corpus", "pdf", "201-2024-huaian-hongzequ.pdf")
            : null;

    private static byte[] Bytes()
    {
        Assert.SkipWhen(PdfPath is null, "The shared corpus is not beside this clone.");
        var bytes = File.ReadAllBytes(PdfPath!);
        Assert.Equal(Expected.Value.GetProperty("sha256").GetString(), Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
        return bytes;
    }

    [Fact]
    public void Every_table_and_cell_is_read_as_transcribed()
    {
        var document = PdfReportReader.Read(Bytes(), new PdfReadOptions { SourceName = "hzq.pdf" });
        Assert.Empty(document.Diagnostics);
        var tables = Expected.Value.GetProperty("tables");
        Assert.Equal(tables.GetArrayLength(), document.Tables.Count);
        for (var t = 0; t < document.Tables.Count; t++)
        {
            var expected = tables[t];
            var table = document.Tables[t];
            Assert.Equal(t + 1, table.Number);
            Assert.Equal(expected.GetProperty("rows").GetInt32(), table.RowCount);
            Assert.Equal(expected.GetProperty("columns").GetInt32(), table.ColumnCount);
            Assert.Equal(expected.GetProperty("page").GetInt32(), table.Location!.Page);
            var want = new List<string>();
            var row = 0;
            foreach (var cells in expected.GetProperty("cells").EnumerateArray())
            {
                foreach (var cell in cells.EnumerateArray())
                {
                    var rowSpan = cell.GetArrayLength() > 2 ? cell[2].GetInt32() : 1;
                    var columnSpan = cell.GetArrayLength() > 3 ? cell[3].GetInt32() : 1;
                    want.Add($"{row},{cell[0].GetInt32()} {rowSpan}x{columnSpan} '{cell[1].GetString()}'");
                }

                row++;
            }

            var got = table.Cells.Select(c => $"{c.Row},{c.Column} {c.RowSpan}x{c.ColumnSpan} '{c.Text}'").ToList();
            Assert.Equal(want, got);
            foreach (var cell in table.Cells)
            {
                Assert.Equal(new SourceLocation { Source = "hzq.pdf", Page = cell.Location.Page, Box = cell.Location.Box, Table = t + 1, Row = cell.Row + 1, Cell = cell.Column + 1 }, cell.Location);
                Assert.InRange(cell.Location.Page!.Value, 2, 4);
                Assert.NotNull(cell.Location.Box);
                Assert.InRange(cell.Location.Box!.X, 50, 550);
                Assert.InRange(cell.Location.Box.Y, 50, 800);
            }
        }

        // Table 3 goes on from page 3 to page 4: its first rows are on page 3, its last on page 4.
        Assert.Equal(3, document.Tables[2].Cells[0].Location.Page);
        Assert.Equal(4, document.Tables[2].Cells[^1].Location.Page);
    }

    [Fact]
    public void The_free_text_is_read_in_order_without_page_numbers()
    {
        var document = PdfReportReader.Read(Bytes());
        var paragraphs = document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text).ToList();
        // The title printed over two lines is one paragraph, and the document's title.
        Assert.Equal("淮安市洪泽区人民政府2024年政府信息公开工作年度报告", paragraphs[0]);
        Assert.Equal(paragraphs[0], document.Title);
        Assert.Equal(1, document.Blocks[0].Location!.Page);
        Assert.NotNull(document.Blocks[0].Location!.Box);
        Assert.StartsWith("本报告", paragraphs[1]);
        Assert.Contains("一、总体情况", paragraphs);
        Assert.Contains("六、其他需要报告的事项", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("- 2 -") || p.Trim() is "-2-" or "- 2 -");

        // A paragraph wrapped between '7' and '期' is one text, with no space added by the wrap.
        Assert.Contains(paragraphs, p => p.Contains("公开政府常务会议7期") || p.Contains("公开政府常务会议7 期"));
        var headings = new[] { "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项" };
        var order = headings.Select(h => document.Blocks.ToList().FindIndex(b => b is DocumentParagraph p && p.Text == h)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.OrderBy(i => i), order);
    }

    [Fact]
    public void The_report_imports_as_the_text_importer_reads_it()
    {
        var result = ReportDocumentImporter.ImportPdf(Bytes(), new ImportOptions { SourceName = "hzq.pdf" });
        var report = Assert.IsType<Disclosure.Format.Model.DisclosureReport>(result.Report, exactMatch: false);
        var expected = Expected.Value.GetProperty("report");
        Assert.Equal(expected.GetProperty("edition").GetString(), result.Edition is { } edition ? ((int)edition).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        Assert.Equal(expected.GetProperty("agency").GetString(), report.Metadata.Agency);
        Assert.Equal(expected.GetProperty("year").GetInt32(), report.Metadata.Year);
        Assert.Equal("淮安市洪泽区人民政府2024年政府信息公开工作年度报告", report.Metadata.Title);
        using var json = JsonDocument.Parse(DisclosureJson.Serialize(report));
        foreach (var value in expected.GetProperty("values").EnumerateObject())
        {
            var actual = Resolve(json.RootElement, value.Name);
            Assert.True(value.Value.ValueKind == JsonValueKind.Null ? actual.ValueKind == JsonValueKind.Null : actual.ValueKind == JsonValueKind.Number && actual.GetDecimal() == value.Value.GetDecimal(), $"{value.Name}: {actual} (expected {value.Value})");
        }

        // The one-row （六） is said, located on page 4, and its printed cells are kept in provenance.
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.WrongEditionLayout && d.Pointer.StartsWith("/applications/outcomes/otherHandling", StringComparison.Ordinal) && d.Location is { Page: 4 });
        Assert.Contains(result.Provenance.Cells, c => c.Kind == CellReadingKind.OtherEdition && c.Location.Page == 4);

        // The typo is matched and said; every imported number points at its page and box.
        Assert.Contains(result.Diagnostics, d => d.Code == ImportCodes.LabelVariant && d.Location is { Page: 3, Box: not null });
        Assert.All(result.Provenance.Cells.Where(c => c.Kind == CellReadingKind.Number), c => Assert.True(c.Location.Page is >= 2 and <= 4 && c.Location.Box is not null, c.ToString()));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static JsonElement Resolve(JsonElement root, string pointer)
    {
        var e = root;
        foreach (var part in pointer.Split('/').Skip(1))
        {
            e = e.GetProperty(part);
        }

        return e;
    }
}
