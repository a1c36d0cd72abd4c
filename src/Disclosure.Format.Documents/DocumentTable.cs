namespace Disclosure.Format.Documents;

/// <summary>
/// A table of a document as a grid: <see cref="RowCount"/> rows by <see cref="ColumnCount"/> columns, and the cells
/// that start in it, each with its spans. Every slot of the grid is covered by at most one cell; a slot covered by none
/// (a row shorter than the others) has no cell.
/// </summary>
/// <example>
/// <code>
/// foreach (var cell in table.Cells)
///     Console.WriteLine($"{cell.Location}: '{cell.Text}' ({cell.RowSpan}×{cell.ColumnSpan})");
/// DocumentCell? covering = table.CellAt(row: 5, column: 2); // the merged cell that covers slot (5, 2), if any
/// </code>
/// </example>
public sealed class DocumentTable : DocumentBlock
{
    /// <summary>The most slots (<see cref="RowCount"/> × <see cref="ColumnCount"/>) a table may have: 4 194 304. Readers stop well before it (see their options).</summary>
    public const int MaxSlots = 1 << 22;

    private readonly int[] slots; // per slot, 1 + the index in Cells of the cell covering it; 0 when none

    /// <summary>Creates a table from its cells.</summary>
    /// <param name="number">The 1-based number of the table in its document, in reading order.</param>
    /// <param name="rowCount">The number of rows of the grid.</param>
    /// <param name="columnCount">The number of columns of the grid.</param>
    /// <param name="cells">The cells, each starting at its top-left slot, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="number"/> is under 1, a count is negative, or the grid has more than <see cref="MaxSlots"/> slots.
    /// </exception>
    /// <exception cref="ArgumentException">A cell lies outside the grid, has a span under 1, or overlaps another cell.</exception>
    public DocumentTable(int number, int rowCount, int columnCount, IEnumerable<DocumentCell> cells)
    {
        if (number < 1) throw new ArgumentOutOfRangeException(nameof(number), number, "A table's number counts from 1.");
        if (rowCount < 0) throw new ArgumentOutOfRangeException(nameof(rowCount), rowCount, "A row count cannot be negative.");
        if (columnCount < 0) throw new ArgumentOutOfRangeException(nameof(columnCount), columnCount, "A column count cannot be negative.");
        if ((long)rowCount * columnCount > MaxSlots)
        {
            throw new ArgumentOutOfRangeException(nameof(rowCount), $"A table of {rowCount} × {columnCount} slots is over the limit of {MaxSlots}.");
        }

        if (cells is null) throw new ArgumentNullException(nameof(cells));
        Number = number;
        RowCount = rowCount;
        ColumnCount = columnCount;
        var list = new List<DocumentCell>();
        foreach (var cell in cells)
        {
            list.Add(cell ?? throw new ArgumentNullException(nameof(cells), "A table's cells cannot be null."));
        }

        list.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        slots = new int[rowCount * columnCount];
        for (var i = 0; i < list.Count; i++)
        {
            var cell = list[i];
            if (cell.RowSpan < 1 || cell.ColumnSpan < 1)
            {
                throw new ArgumentException($"The cell at row {cell.Row}, column {cell.Column} has a span under 1 ({cell.RowSpan} × {cell.ColumnSpan}).", nameof(cells));
            }

            if (cell.Row < 0 || cell.Column < 0 || (long)cell.Row + cell.RowSpan > rowCount || (long)cell.Column + cell.ColumnSpan > columnCount)
            {
                throw new ArgumentException($"The cell at row {cell.Row}, column {cell.Column} spanning {cell.RowSpan} × {cell.ColumnSpan} lies outside the {rowCount} × {columnCount} grid.", nameof(cells));
            }

            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                {
                    ref var slot = ref slots[r * columnCount + c];
                    if (slot != 0)
                    {
                        throw new ArgumentException($"The cell at row {cell.Row}, column {cell.Column} overlaps the cell at row {list[slot - 1].Row}, column {list[slot - 1].Column} (slot {r}, {c}).", nameof(cells));
                    }

                    slot = i + 1;
                }
            }
        }

        Cells = list;
    }

    /// <summary>The 1-based number of the table in its document, in reading order (the number its cells' locations give).</summary>
    public int Number { get; }

    /// <summary>The number of rows of the grid.</summary>
    public int RowCount { get; }

    /// <summary>The number of columns of the grid.</summary>
    public int ColumnCount { get; }

    /// <summary>The cells, ordered by row and then column of their top-left slot.</summary>
    public IReadOnlyList<DocumentCell> Cells { get; }

    /// <summary>The cell that covers a slot of the grid (the cell starting there, or a merged cell spanning over it), or <see langword="null"/> when none does.</summary>
    /// <param name="row">The 0-based row.</param>
    /// <param name="column">The 0-based column.</param>
    /// <exception cref="ArgumentOutOfRangeException">The slot is outside the grid.</exception>
    public DocumentCell? CellAt(int row, int column)
    {
        if (row < 0 || row >= RowCount) throw new ArgumentOutOfRangeException(nameof(row), row, $"The table has {RowCount} rows.");
        if (column < 0 || column >= ColumnCount) throw new ArgumentOutOfRangeException(nameof(column), column, $"The table has {ColumnCount} columns.");
        var slot = slots[row * ColumnCount + column];
        return slot == 0 ? null : Cells[slot - 1];
    }

    /// <inheritdoc />
    public override string ToString() => $"table {Number} ({RowCount} × {ColumnCount}, {Cells.Count} cells)";
}
