namespace Disclosure.Format.Layout;

/// <summary>
/// How a table of the catalog is drawn on paper, derived from its structure (used by the text importer and the
/// renderers so that both read the same layout).
/// </summary>
internal static class LayoutShape
{
    /// <summary>
    /// <see langword="true"/> when the table's value rows are printed side by side as column groups under a
    /// multi-level header, with one label-less row of numbers (the review and litigation table: 行政复议 |
    /// 行政诉讼 → 未经复议直接起诉 / 复议后起诉, each over the same leaf columns). A table is drawn so when it declares its
    /// leaf columns at table level and all its value rows share them.
    /// </summary>
    public static bool RowsAreColumnGroups(TableLayout table)
    {
        if (table.Columns.Count == 0 || table.Columns.Any(c => !c.IsLeaf))
        {
            return false;
        }

        var valueRows = table.ValueRows.ToList();
        return valueRows.Count > 0 && valueRows.All(r => ReferenceEquals(r.Columns, table.Columns) || r.Columns.SequenceEqual(table.Columns));
    }

    /// <summary>The value rows of a table in official order.</summary>
    public static IReadOnlyList<RowLayout> ValueRows(TableLayout table) => table.ValueRows.ToList();

    /// <summary>
    /// The header lines of a table whose rows are column groups, as printed: line 1 holds the top-level rows, the next
    /// lines their children, and a value row's leaf columns sit on the line below its own label (so
    /// <c>行政复议</c>'s five outcome columns share line 2 with <c>未经复议直接起诉</c> and <c>复议后起诉</c>). Each cell
    /// carries its first leaf column and its span in leaf columns.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<HeaderCell>> GroupHeader(TableLayout table)
    {
        var lines = new List<List<HeaderCell>>();
        var column = 0;
        foreach (var row in table.Rows.Where(r => r.Parent is null))
        {
            column += Emit(row, 0, column);
        }

        return lines.Where(l => l.Count > 0).Select(l => (IReadOnlyList<HeaderCell>)l.OrderBy(c => c.Start).ToList()).ToList();

        int Emit(RowLayout row, int level, int start)
        {
            int span;
            if (row.Cells.Count > 0)
            {
                span = row.Columns.Count;
                for (var i = 0; i < row.Columns.Count; i++)
                {
                    Line(level + 1).Add(new HeaderCell(row.Columns[i].Label, start + i, 1));
                }
            }
            else
            {
                span = 0;
                foreach (var child in row.Children)
                {
                    span += Emit(child, level + 1, start + span);
                }
            }

            Line(level).Add(new HeaderCell(row.Label, start, span));
            return span;
        }

        List<HeaderCell> Line(int level)
        {
            while (lines.Count <= level)
            {
                lines.Add([]);
            }

            return lines[level];
        }
    }

    /// <summary>The unit a column's amounts are in: 万元 when its label says so, otherwise 元.</summary>
    public static decimal AmountUnit(ColumnLayout column) => column.AmountUnit;
}
