namespace Disclosure.Format.Documents.Pdf;

/// <summary>A table found on a page (or joined over pages): its grid, its cells and its column edges.</summary>
internal sealed class GridTable
{
    public GridTable(int page, double top, double bottom, double[] columnEdges, int rowCount, List<GridCell> cells)
    {
        Page = page;
        LastPage = page;
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

    /// <summary>The page the table ends on.</summary>
    public int LastPage { get; private set; }

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
        var continued = ContinuedLabels(next, skip);
        foreach (var cell in next.Cells)
        {
            if (cell.Row < skip) continue;
            if (continued.TryGetValue(cell, out var index))
            {
                // The rest of a merged label cut by the page break: the cell above grows over the continued rows.
                var above = Cells[index];
                var (text, page, box) = above.Text.Length == 0 ? (cell.Text, cell.Page, cell.Box)
                    : cell.Text.Length == 0 ? (above.Text, above.Page, above.Box)
                    : (Joined(above.Text, cell.Text), above.Page, above.Box);
                Cells[index] = above with { RowSpan = above.RowSpan + cell.RowSpan, Text = text, Page = page, Box = box };
                continue;
            }

            Cells.Add(cell with { Row = cell.Row - skip + RowCount });
        }

        RowCount += next.RowCount - skip;
        Bottom = next.Bottom;
        LastPage = next.LastPage;
    }

    /// <summary>
    /// The label cells of the continuation's first row (after its repeated header) that go on with a merged label cell
    /// of this table cut by the page break (<c>三、本年度办理结果</c> over rows on both pages), each with the index of that
    /// cell in <see cref="Cells"/>. A label cell (left of every column holding a number) goes on with the cell above it
    /// when that cell covers the same columns and reaches this table's last row, and: either of the two is empty (the
    /// label is printed once, on one of the pages), or the label's text was cut in two (one of them spans several rows
    /// and the lower one does not open a new label with an ordinal such as <c>（四）</c>, <c>四、</c> or <c>1.</c>).
    /// </summary>
    private Dictionary<GridCell, int> ContinuedLabels(GridTable next, int skip)
    {
        var continued = new Dictionary<GridCell, int>();
        if (skip >= next.RowCount) return continued;
        var firstNumber = Cells.Concat(next.Cells).Where(c => IsNumber(c.Text)).Select(c => c.Column).DefaultIfEmpty(int.MaxValue).Min();
        foreach (var cell in next.Cells)
        {
            if (cell.Row != skip || cell.Column + cell.ColumnSpan > firstNumber || IsNumber(cell.Text)) continue;
            var index = Cells.FindIndex(c => c.Column == cell.Column && c.ColumnSpan == cell.ColumnSpan && c.Row + c.RowSpan == RowCount);
            if (index < 0) continue;
            var above = Cells[index];
            if (IsNumber(above.Text)) continue;
            var goesOn = above.Text.Length == 0 || cell.Text.Length == 0
                || ((above.RowSpan > 1 || cell.RowSpan > 1) && !Ordinal.IsMatch(cell.Text));
            if (goesOn) continued[cell] = index;
        }

        return continued;
    }

    /// <summary>
    /// Takes <paramref name="paragraph"/> as the text of the empty merged label cell it lies under: a cell of the last
    /// row, left of every column holding a number, whose columns hold the paragraph, the paragraph starting at most two
    /// of its lines below the table on the table's last page. A browser prints the label of a merged cell cut by a page
    /// break there, below the part of the table on that page. Returns whether it did.
    /// </summary>
    public bool TakeOverflowLabel(PageParagraph paragraph)
    {
        if (paragraph.Page != LastPage) return false;
        var box = paragraph.Box;
        var height = paragraph.Lines[0].Height;
        if (box.Y < Bottom - 1 || box.Y - Bottom > 2 * height) return false;
        var firstNumber = Cells.Where(c => IsNumber(c.Text)).Select(c => c.Column).DefaultIfEmpty(int.MaxValue).Min();
        var index = Cells.FindIndex(c => c.Text.Length == 0 && c.Row + c.RowSpan == RowCount && c.Column + c.ColumnSpan <= firstNumber
            && box.X >= ColumnEdges[c.Column] - 1 && box.X + box.Width <= ColumnEdges[c.Column + c.ColumnSpan] + 1);
        if (index < 0) return false;
        Cells[index] = Cells[index] with { Text = TextLine.JoinLines(paragraph.Lines, '\n'), Page = paragraph.Page, Box = box };
        return true;
    }

    /// <summary>A label that opens with an ordinal: <c>三、</c>, <c>（四）</c>, <c>(4)</c>, <c>1.</c>, <c>1、</c>, <c>第</c>….</summary>
    private static readonly System.Text.RegularExpressions.Regex Ordinal = new(
        @"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十0-9０-９]+\s*[）)]|[0-9０-９]+\s*[、.．](?![0-9０-９])|第)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsNumber(string text) => Grid.GridText.IsValueLike(text) && !Ordinal.IsMatch(text);

    private static string Joined(string above, string below) =>
        TextLine.IsWide(above[above.Length - 1]) || TextLine.IsWide(below[0]) ? above + below : above + "\n" + below;

    private static string? RowText(GridTable table, int row)
    {
        var cells = table.Cells.Where(c => c.Row == row).OrderBy(c => c.Column).Select(c => $"{c.Column}:{c.ColumnSpan}:{c.Text}").ToList();
        return cells.Count == 0 ? null : string.Join("\t", cells);
    }

    private static bool HasValue(GridTable table, int row) =>
        table.Cells.Any(c => c.Row == row && Grid.GridText.IsValueLike(c.Text));
}
