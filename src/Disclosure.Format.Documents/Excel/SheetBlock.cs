namespace Disclosure.Format.Documents.Excel;

/// <summary>
/// A run of consecutive non-empty rows of a sheet (rows separated by at least one empty row are separate blocks): a
/// table grid, or, when it holds a single cell, a paragraph (a heading or a note above a table).
/// </summary>
internal sealed class SheetBlock
{
    public SheetBlock(int firstRow, int firstColumn, int rowCount, int columnCount, List<BlockCell> cells)
    {
        FirstRow = firstRow;
        FirstColumn = firstColumn;
        RowCount = rowCount;
        ColumnCount = columnCount;
        Cells = cells;
    }

    public int FirstRow { get; }

    public int FirstColumn { get; }

    public int RowCount { get; }

    public int ColumnCount { get; }

    public List<BlockCell> Cells { get; }

    public bool IsParagraph => RowCount == 1 && Cells.Count(c => c.Text.Length > 0) == 1;
}
