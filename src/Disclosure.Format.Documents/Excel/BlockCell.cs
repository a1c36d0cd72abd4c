namespace Disclosure.Format.Documents.Excel;

/// <summary>A cell of a block of a sheet: its place in the block's grid, its spans, its text and its sheet address.</summary>
internal readonly record struct BlockCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, string Address);
