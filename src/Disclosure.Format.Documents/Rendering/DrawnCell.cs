using Disclosure.Format.Layout;

namespace Disclosure.Format.Documents.Rendering;

/// <summary>One cell of a drawn table, with both spans and the header cells that describe it.</summary>
internal sealed class DrawnCell
{
    public DrawnCell(string text, int row, int column, int columnSpan, DrawnCellKind kind)
    {
        Text = text;
        Row = row;
        Column = column;
        ColumnSpan = columnSpan;
        Kind = kind;
    }

    /// <summary>The text as printed (for a value, its number in invariant form; empty for a blank).</summary>
    public string Text { get; }

    /// <summary>The 0-based grid row.</summary>
    public int Row { get; }

    /// <summary>The 0-based first grid column.</summary>
    public int Column { get; }

    /// <summary>The number of grid columns the cell covers.</summary>
    public int ColumnSpan { get; }

    /// <summary>The number of grid rows the cell covers.</summary>
    public int RowSpan { get; set; } = 1;

    public DrawnCellKind Kind { get; }

    /// <summary>For a value cell, the catalog cell it shows; otherwise <see langword="null"/>.</summary>
    public CellLayout? Cell { get; set; }

    /// <summary>For a value cell, its value (<see langword="null"/> when blank).</summary>
    public decimal? Value { get; set; }

    /// <summary>An identifier unique within the report, e.g. <c>T3-r4c1</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>For a value cell, the header cells that describe it (row labels first, then column headers top down).</summary>
    public List<DrawnCell> Headers { get; } = [];

    public bool IsHeader => Kind != DrawnCellKind.Value;
}
