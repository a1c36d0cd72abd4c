using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Pdf;

/// <summary>One cell of a table found on a page, before the table is numbered.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, int Page, PageBox Box);

/// <summary>A table found on a page (or joined over pages): its grid, its cells and its column edges.</summary>
internal sealed class GridTable
{
    public GridTable(int page, double top, double bottom, double[] columnEdges, int rowCount, List<GridCell> cells)
    {
        Page = page;
        Top = top;
        Bottom = bottom;
        ColumnEdges = columnEdges;
        RowCount = rowCount;
        Cells = cells;
    }

    /// <summary>The page the table starts on.</summary>
    public int Page { get; }

    /// <summary>The top of the table on its first page.</summary>
    public double Top { get; }

    /// <summary>The bottom of the table on its last page.</summary>
    public double Bottom { get; private set; }

    /// <summary>The x of each column edge, left to right (one more than the columns).</summary>
    public double[] ColumnEdges { get; }

    public int ColumnCount => ColumnEdges.Length - 1;

    public int RowCount { get; private set; }

    public List<GridCell> Cells { get; }

    /// <summary>
    /// <see langword="true"/> when <paramref name="next"/> (the first table of the next page) continues this table: the
    /// same columns at the same places, within 3 pt.
    /// </summary>
    public bool ContinuesInto(GridTable next)
    {
        if (next.ColumnEdges.Length != ColumnEdges.Length) return false;
        for (var i = 0; i < ColumnEdges.Length; i++)
        {
            if (Math.Abs(next.ColumnEdges[i] - ColumnEdges[i]) > 3) return false;
        }

        return true;
    }

    /// <summary>Appends the rows of a continuation, leaving out its first rows where they repeat this table's header.</summary>
    public void Append(GridTable next)
    {
        var skip = 0;
        while (skip < next.RowCount && skip < RowCount && RowText(next, skip) is { } repeated && repeated == RowText(this, skip) && !HasValue(next, skip))
        {
            skip++;
        }

        // Only whole rows are left out: a cell spanning from a repeated row into a kept one keeps the table whole.
        if (next.Cells.Any(c => c.Row < skip && c.Row + c.RowSpan > skip)) skip = 0;
        foreach (var cell in next.Cells)
        {
            if (cell.Row < skip) continue;
            Cells.Add(cell with { Row = cell.Row - skip + RowCount });
        }

        RowCount += next.RowCount - skip;
        Bottom = next.Bottom;
    }

    private static string? RowText(GridTable table, int row)
    {
        var cells = table.Cells.Where(c => c.Row == row).OrderBy(c => c.Column).Select(c => $"{c.Column}:{c.ColumnSpan}:{c.Text}").ToList();
        return cells.Count == 0 ? null : string.Join("\t", cells);
    }

    private static bool HasValue(GridTable table, int row) =>
        table.Cells.Any(c => c.Row == row && Grid.GridText.IsValueLike(c.Text));
}
