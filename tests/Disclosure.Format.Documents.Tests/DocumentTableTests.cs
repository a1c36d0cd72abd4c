using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Tests;

/// <summary>The grid types every document reader produces: spans, covering cells, and the checks that keep a grid consistent.</summary>
public sealed class DocumentTableTests
{
    private static DocumentCell Cell(int row, int column, string text, int rowSpan = 1, int columnSpan = 1) => new()
    {
        Row = row,
        Column = column,
        RowSpan = rowSpan,
        ColumnSpan = columnSpan,
        Text = text,
        Location = new SourceLocation { Source = "t.html", Table = 1, Row = row + 1, Cell = column + 1 },
    };

    [Fact]
    public void A_merged_cell_covers_every_slot_of_its_span_and_only_those()
    {
        // 三、本年度办理结果 spans three rows; the header "商业企业" spans two columns.
        var table = new DocumentTable(1, 3, 4,
        [
            Cell(0, 0, "三、本年度办理结果", rowSpan: 3),
            Cell(0, 1, "商业\n企业", columnSpan: 2),
            Cell(0, 3, "总计"),
            Cell(1, 1, "1"), Cell(1, 2, ""), Cell(1, 3, "1"),
            Cell(2, 1, "0"),
        ]);

        Assert.Equal("三、本年度办理结果", table.CellAt(2, 0)!.Text);
        Assert.Same(table.CellAt(0, 1), table.CellAt(0, 2));
        Assert.Equal("", table.CellAt(1, 2)!.Text); // an empty cell is a cell
        Assert.Null(table.CellAt(2, 2));            // a short row leaves slots with no cell
        Assert.Equal([(0, 0), (0, 1), (0, 3), (1, 1), (1, 2), (1, 3), (2, 1)], table.Cells.Select(c => (c.Row, c.Column)));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.CellAt(3, 0));
    }

    [Fact]
    public void Overlapping_or_outlying_cells_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new DocumentTable(1, 2, 2, [Cell(0, 0, "a", rowSpan: 2), Cell(1, 0, "b")]));
        Assert.Throws<ArgumentException>(() => new DocumentTable(1, 2, 2, [Cell(0, 1, "a", columnSpan: 2)]));
        Assert.Throws<ArgumentException>(() => new DocumentTable(1, 2, 2, [Cell(0, 0, "a", rowSpan: 0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentTable(1, 1_000_000, 1_000_000, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentTable(0, 1, 1, []));
    }

    [Fact]
    public void A_document_keeps_its_blocks_in_reading_order_and_lists_its_tables()
    {
        var table = new DocumentTable(1, 1, 1, [Cell(0, 0, "1")]);
        var document = new ReportDocument([new DocumentParagraph("一、总体情况", 2), new DocumentParagraph("正文"), table])
        {
            Title = "某局2023年政府信息公开工作年度报告",
        };

        Assert.Equal(3, document.Blocks.Count);
        Assert.Same(table, Assert.Single(document.Tables));
        Assert.True(((DocumentParagraph)document.Blocks[0]).IsHeading);
        Assert.False(((DocumentParagraph)document.Blocks[1]).IsHeading);
    }

    [Theory]
    [InlineData("r.txt", 12, 5, null, null, null, "r.txt(12,5)")]
    [InlineData(null, 12, 5, null, null, null, "line 12, column 5")]
    [InlineData("r.html", 120, 9, 2, 5, 3, "r.html(120,9), table 2, row 5, cell 3")]
    [InlineData("r.docx", null, null, 2, 5, 3, "r.docx, table 2, row 5, cell 3")]
    public void A_location_says_what_it_knows(string? source, int? line, int? column, int? table, int? row, int? cell, string expected)
    {
        Assert.Equal(expected, new SourceLocation { Source = source, Line = line, Column = column, Table = table, Row = row, Cell = cell }.ToString());
    }

    [Fact]
    public void A_workbook_location_names_its_sheet_and_address()
    {
        Assert.Equal("r.xlsx, 表一!B5", new SourceLocation { Source = "r.xlsx", Sheet = "表一", Address = "B5" }.ToString());
        Assert.Equal("r.pdf, page 3", new SourceLocation { Source = "r.pdf", Page = 3 }.ToString());
    }
}
