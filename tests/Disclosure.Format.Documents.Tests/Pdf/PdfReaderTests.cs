using Disclosure.Format.Diagnostics;
using Disclosure.Format.Tests.Support;

namespace Disclosure.Format.Documents.Tests.Pdf;

/// <summary>The grid the PDF reader rebuilds from ruling lines and character positions, on PDFs written by hand (<see cref="MiniPdf"/>).</summary>
public sealed class PdfReaderTests
{
    /// <summary>A 3 × 3 ruled table: a blank cell at (1, 2) and a value merged over the last two columns of row 2.</summary>
    internal static MiniPdf.PageSpec RuledTable(double top = 100) => new(
        [
            (55, top + 14, "Name"), (155, top + 14, "A"), (255, top + 14, "B"),
            (55, top + 34, "x"), (155, top + 34, "1"),
            (55, top + 54, "y"), (200, top + 54, "2"),
        ],
        [
            (50, top, 350, top), (50, top + 20, 350, top + 20), (50, top + 40, 350, top + 40), (50, top + 60, 350, top + 60),
            (50, top, 50, top + 60), (150, top, 150, top + 60), (250, top, 250, top + 40), (350, top, 350, top + 60),
        ]);

    private static List<string> Cells(DocumentTable table) =>
        table.Cells.Select(c => $"{c.Row},{c.Column} {c.RowSpan}x{c.ColumnSpan} '{c.Text}'").ToList();

    [Fact]
    public void A_ruled_table_gives_its_grid_with_merged_and_blank_cells()
    {
        var document = PdfReportReader.Read(MiniPdf.Pages([RuledTable()]), new PdfReadOptions { SourceName = "t.pdf" });
        Assert.Empty(document.Diagnostics);
        var table = Assert.Single(document.Tables);
        Assert.Equal(3, table.RowCount);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["0,0 1x1 'Name'", "0,1 1x1 'A'", "0,2 1x1 'B'", "1,0 1x1 'x'", "1,1 1x1 '1'", "1,2 1x1 ''", "2,0 1x1 'y'", "2,1 1x2 '2'"], Cells(table));
        var merged = table.CellAt(2, 2)!;
        Assert.Equal(new SourceLocation { Source = "t.pdf", Page = 1, Box = new PageBox(150, 140, 200, 20), Table = 1, Row = 3, Cell = 2 }, merged.Location);
        Assert.Equal("t.pdf, page 1 (150.0,140.0 200.0×20.0 pt), table 1, row 3, cell 2", merged.Location.ToString());
    }

    [Fact]
    public void A_table_continued_on_the_next_page_is_joined_without_its_repeated_header()
    {
        MiniPdf.PageSpec Part(string label, string value) => new(
            [(55, 114, "Label"), (155, 114, "Value"), (55, 134, label), (155, 134, value), (290, 800, "- 1 -")],
            [(50, 100, 250, 100), (50, 120, 250, 120), (50, 140, 250, 140), (50, 100, 50, 140), (150, 100, 150, 140), (250, 100, 250, 140)]);
        var document = PdfReportReader.Read(MiniPdf.Pages([Part("a", "1"), Part("b", "2")]));
        var table = Assert.Single(document.Tables);
        Assert.Equal(["0,0 1x1 'Label'", "0,1 1x1 'Value'", "1,0 1x1 'a'", "1,1 1x1 '1'", "2,0 1x1 'b'", "2,1 1x1 '2'"], Cells(table));
        Assert.Equal(2, table.CellAt(2, 1)!.Location.Page);
        Assert.Equal(3, table.CellAt(2, 1)!.Location.Row);
        Assert.DoesNotContain(document.Blocks, b => b is DocumentParagraph); // the page numbers are left out
    }

    [Fact]
    public void Text_outside_tables_is_paragraphs_in_reading_order()
    {
        var page = RuledTable(200);
        page = page with { Texts = [(50, 100, "Before the table"), .. page.Texts, (50, 300, "After the table")] };
        var document = PdfReportReader.Read(MiniPdf.Pages([page]));
        Assert.Equal(["Before the table", "table", "After the table"], document.Blocks.Select(b => b is DocumentParagraph p ? p.Text : "table").ToList());
        Assert.Equal(1, document.Blocks[0].Location!.Page);
        Assert.NotNull(document.Blocks[0].Location!.Box);
    }

    [Fact]
    public void The_signature_test_finds_a_pdf_header_within_the_first_kilobyte()
    {
        Assert.True(PdfReportReader.LooksLikePdf("%PDF-1.7\n"u8));
        Assert.True(PdfReportReader.LooksLikePdf([.. new byte[100], .. "%PDF-1.4"u8]));
        Assert.False(PdfReportReader.LooksLikePdf("PK\u0003\u0004"u8));
        Assert.False(PdfReportReader.LooksLikePdf([.. new byte[1100], .. "%PDF-1.4"u8]));
    }

    [Fact]
    public void Importing_a_pdf_without_a_report_says_so_and_never_presents_an_empty_report()
    {
        var result = ReportDocumentImporter.ImportPdf(MiniPdf.Pages([RuledTable()]), new Disclosure.Format.Import.ImportOptions { SourceName = "t.pdf" });
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
