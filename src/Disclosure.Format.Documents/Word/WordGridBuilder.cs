using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Word;

/// <summary>
/// Places the cells of a Word table on its grid row by row. A cell is added at the row's next free column over its
/// <c>w:gridSpan</c>; a vertical-merge continuation of the same columns extends the cell above (its row span grows);
/// a legacy horizontal-merge continuation widens the cell before it. Cells never overlap (a continuation that does not
/// line up with a cell above is a cell of its own) and nothing is allocated per spanned column.
/// </summary>
internal sealed class WordGridBuilder
{
    private readonly int maxColumns;
    private readonly List<Slot> cells = [];
    private readonly Dictionary<int, int> openByColumn = []; // start column → index of the last cell that starts there
    private int row = -1;
    private int position;
    private int lastAddedInRow = -1;
    private bool header;
    private bool reportedWide;

    public WordGridBuilder(int maxColumns)
    {
        this.maxColumns = maxColumns;
    }

    /// <summary>The number of rows started.</summary>
    public int RowCount => row + 1;

    /// <summary>The number of grid columns used so far.</summary>
    public int ColumnCount { get; private set; }

    /// <summary>The 0-based grid column where the row's next cell goes.</summary>
    public int Position => position;

    /// <summary>The number of cells placed.</summary>
    public int Count => cells.Count;

    /// <summary>Starts a row, with <paramref name="gridBefore"/> grid columns left empty before its first cell.</summary>
    public void StartRow(int gridBefore, bool isHeader)
    {
        row++;
        position = Math.Min(Math.Max(0, gridBefore), maxColumns);
        lastAddedInRow = -1;
        header = isHeader;
    }

    /// <summary>Extends the cell above that starts at the current column over as many columns; <see langword="false"/> when none lines up.</summary>
    public bool Continue(int span)
    {
        span = Clamp(span);
        if (!openByColumn.TryGetValue(position, out var index))
        {
            return false;
        }

        var above = cells[index];
        if (above.ColumnSpan != span || above.Row + above.RowSpan != row)
        {
            return false;
        }

        above.RowSpan++;
        position += span;
        lastAddedInRow = -1;
        return true;
    }

    /// <summary>Widens the cell added just before on this row by <paramref name="span"/> columns; <see langword="false"/> when there is none.</summary>
    public bool Widen(int span)
    {
        if (lastAddedInRow < 0)
        {
            return false;
        }

        span = Math.Min(Clamp(span), maxColumns - position);
        if (span <= 0)
        {
            return true; // past the widest table read: dropped with the columns past the limit
        }

        var cell = cells[lastAddedInRow];
        cell.ColumnSpan += span;
        position += span;
        ColumnCount = Math.Max(ColumnCount, position);
        return true;
    }

    /// <summary>
    /// Adds a cell at the current column; <see langword="false"/> the first time a cell falls past
    /// <c>maxColumns</c> (it is dropped, or clamped to the limit).
    /// </summary>
    public bool Add(int span, string text)
    {
        span = Clamp(span);
        if (position >= maxColumns)
        {
            return WideOnce();
        }

        var fits = position + span <= maxColumns;
        span = Math.Min(span, maxColumns - position);
        for (var c = position + 1; c < position + span; c++)
        {
            openByColumn.Remove(c); // a wider cell ends merges that started inside it
        }

        var index = cells.Count;
        cells.Add(new Slot { Row = row, Column = position, ColumnSpan = span, RowSpan = 1, Text = text, IsHeader = header });
        openByColumn[position] = index;
        lastAddedInRow = index;
        position += span;
        ColumnCount = Math.Max(ColumnCount, position);
        return fits || WideOnce();
    }

    private bool WideOnce()
    {
        if (reportedWide)
        {
            return true;
        }

        reportedWide = true;
        return false;
    }

    private static int Clamp(int span) => span < 1 ? 1 : span;

    /// <summary>
    /// The table, keeping at most <paramref name="maxSlots"/> grid slots (rows past it are left out; the caller reports).
    /// </summary>
    public DocumentTable Build(int number, string? source, long maxSlots, out bool truncated)
    {
        var rows = RowCount;
        var columns = ColumnCount;
        truncated = false;
        if (columns > 0 && (long)rows * columns > maxSlots)
        {
            rows = (int)(maxSlots / columns);
            truncated = true;
        }

        var list = new List<DocumentCell>(cells.Count);
        foreach (var cell in cells)
        {
            if (cell.Row >= rows)
            {
                continue;
            }

            list.Add(new DocumentCell
            {
                Row = cell.Row,
                Column = cell.Column,
                RowSpan = Math.Min(cell.RowSpan, rows - cell.Row),
                ColumnSpan = cell.ColumnSpan,
                Text = cell.Text,
                IsHeader = cell.IsHeader,
                Location = new SourceLocation { Source = source, Table = number, Row = cell.Row + 1, Cell = cell.Column + 1 },
            });
        }

        return new DocumentTable(number, rows, columns, list) { Location = new SourceLocation { Source = source, Table = number } };
    }

    private sealed class Slot
    {
        public int Row;
        public int Column;
        public int RowSpan;
        public int ColumnSpan;
        public string Text = string.Empty;
        public bool IsHeader;
    }
}
