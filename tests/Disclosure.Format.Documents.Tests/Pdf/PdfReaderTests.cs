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
        Assert.Null(document.Title); // no line up to one that says 报告: no title
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

    /// <summary>
    /// A table without rules: a header, a row with a blank middle cell, a row with a blank last cell, a label wrapped
    /// over two lines with its numbers centred between them, and a row whose numbers are all present.
    /// </summary>
    private static MiniPdf.PageSpec UnruledTable(IReadOnlyList<(double X, double Y, string Text)>? extra = null) => new(
        [
            (50, 80, "A report"),
            (60, 100, "Item"), (200, 100, "First"), (280, 100, "Second"), (360, 100, "Third"),
            (60, 120, "alpha"), (210, 120, "12"), (370, 120, "7"),
            (60, 140, "beta"), (210, 140, "3"), (290, 140, "4"),
            (60, 156, "gamma wrapped"), (210, 163, "5"), (290, 163, "6"), (370, 163, "8"), (60, 170, "over two lines"),
            (60, 190, "delta"), (210, 190, "1"), (290, 190, "0"), (370, 190, "9"),
            .. extra ?? [],
            (50, 230, "After the table."),
        ],
        []);

    [Fact]
    public void An_unruled_table_gets_its_grid_from_the_words_positions_and_keeps_its_blank_cells()
    {
        var document = PdfReportReader.Read(MiniPdf.Pages([UnruledTable()]), new PdfReadOptions { SourceName = "u.pdf" });
        Assert.Empty(document.Diagnostics);
        var table = Assert.Single(document.Tables);
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(
            [
                "0,0 1x1 'alpha'", "0,1 1x1 '12'", "0,2 1x1 ''", "0,3 1x1 '7'",
                "1,0 1x1 'beta'", "1,1 1x1 '3'", "1,2 1x1 '4'", "1,3 1x1 ''",
                "2,0 1x1 'gamma wrapped over two lines'", "2,1 1x1 '5'", "2,2 1x1 '6'", "2,3 1x1 '8'",
                "3,0 1x1 'delta'", "3,1 1x1 '1'", "3,2 1x1 '0'", "3,3 1x1 '9'",
            ],
            Cells(table));
        var blank = table.CellAt(1, 3)!;
        Assert.Equal(1, blank.Location.Page);
        Assert.NotNull(blank.Location.Box);
        Assert.Equal(2, blank.Location.Row);
        Assert.Equal(4, blank.Location.Cell);
        Assert.Equal(["A report", "Item First Second Third", "table", "After the table."], document.Blocks.Select(b => b is DocumentParagraph p ? p.Text : "table").ToList());
    }

    [Fact]
    public void An_unruled_row_whose_numbers_fit_no_column_is_left_blank_with_a_located_warning()
    {
        // Two numbers of one row in the first column's place: which is whose cannot be told.
        var document = PdfReportReader.Read(MiniPdf.Pages([UnruledTable([(60, 210, "epsilon"), (200, 210, "1"), (222, 210, "2"), (370, 210, "3")])]), new PdfReadOptions { SourceName = "u.pdf" });
        var warning = Assert.Single(document.Diagnostics);
        Assert.Equal(PdfCodes.NumbersNotPlaced, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(1, warning.Location!.Page);
        Assert.NotNull(warning.Location.Box);
        Assert.Contains("1 2 3", warning.Message);
        var table = Assert.Single(document.Tables);
        Assert.Equal(["'epsilon'", "''", "''", "''"], table.Cells.Where(c => c.Row == 4).Select(c => $"'{c.Text}'").ToList());
    }

    [Fact]
    public void An_unruled_column_blank_in_every_row_keeps_its_place_from_the_header()
    {
        var page = new MiniPdf.PageSpec(
            [
                (60, 100, "Item"), (200, 100, "First"), (280, 100, "Second"), (360, 100, "Third"),
                (60, 120, "alpha"), (210, 120, "1"), (370, 120, "3"),
                (60, 140, "beta"), (210, 140, "4"), (370, 140, "6"),
            ],
            []);
        var table = Assert.Single(PdfReportReader.Read(MiniPdf.Pages([page])).Tables);
        Assert.Equal(
            ["0,0 1x1 'alpha'", "0,1 1x1 '1'", "0,2 1x1 ''", "0,3 1x1 '3'", "1,0 1x1 'beta'", "1,1 1x1 '4'", "1,2 1x1 ''", "1,3 1x1 '6'"],
            Cells(table));
    }

    /// <summary>One page's part of a table whose first column holds a label merged over its two value rows, under a header.</summary>
    private static MiniPdf.PageSpec MergedPart(string label, string first, string second) => new(
        [
            (55, 114, "Group"), (155, 114, "Item"), (255, 114, "N"),
            .. label.Length == 0 ? Array.Empty<(double, double, string)>() : [(55, 144, label)],
            (155, 134, first), (255, 134, "1"), (155, 154, second), (255, 154, "2"),
        ],
        [
            (50, 100, 350, 100), (50, 120, 350, 120), (150, 140, 350, 140), (50, 160, 350, 160),
            (50, 100, 50, 160), (150, 100, 150, 160), (250, 100, 250, 160), (350, 100, 350, 160),
        ]);

    [Theory]
    [InlineData("", "Grp")] // the label printed on the second page only
    [InlineData("more", "Grp\nmore")] // the label's text cut by the page break
    public void A_merged_label_cut_by_the_page_break_labels_the_rows_on_both_pages(string below, string expected)
    {
        var label = below.Length == 0 ? string.Empty : "Grp";
        var document = PdfReportReader.Read(MiniPdf.Pages([MergedPart(label.Length == 0 ? "" : label, "a", "b"), MergedPart(below.Length == 0 ? "Grp" : below, "c", "d")]));
        var table = Assert.Single(document.Tables);
        var merged = table.CellAt(1, 0)!;
        Assert.Equal(expected, merged.Text);
        Assert.Equal(4, merged.RowSpan);
        Assert.Same(merged, table.CellAt(4, 0));
        Assert.Equal(["a", "b", "c", "d"], Enumerable.Range(1, 4).Select(r => table.CellAt(r, 1)!.Text).ToList());
        Assert.Equal(below.Length == 0 ? 2 : 1, merged.Location.Page); // located where its text is printed
    }

    [Fact]
    public void A_new_label_with_an_ordinal_at_the_top_of_the_next_page_is_its_own_cell()
    {
        var document = PdfReportReader.Read(MiniPdf.Pages([MergedPart("(1) One", "a", "b"), MergedPart("(2) Two", "c", "d")]));
        var table = Assert.Single(document.Tables);
        Assert.Equal("(1) One", table.CellAt(1, 0)!.Text);
        Assert.Equal(2, table.CellAt(1, 0)!.RowSpan);
        Assert.Equal("(2) Two", table.CellAt(3, 0)!.Text);
        Assert.Equal(2, table.CellAt(3, 0)!.RowSpan);
    }
}
