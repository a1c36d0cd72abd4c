namespace Disclosure.Format.Documents.Rendering;

/// <summary>
/// Geometry shared by the Word and Excel renderers: which drawn cell covers each grid position, and the relative
/// widths of a table's grid columns on an A4 page.
/// </summary>
internal static class GridLayout
{
    /// <summary>The text width of an A4 page with the margins of GB/T 9704 (210 − 28 − 26 mm).</summary>
    public const double TextWidth = 156;

    /// <summary>For each grid row and column, the cell that covers it (its origin may be on a row above), or <see langword="null"/>.</summary>
    public static DrawnCell?[,] Cover(DrawnTable table)
    {
        var cover = new DrawnCell?[table.Rows.Count, table.Width];
        foreach (var cell in table.Cells)
        {
            for (var r = cell.Row; r < cell.Row + cell.RowSpan && r < table.Rows.Count; r++)
            {
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan && c < table.Width; c++)
                {
                    cover[r, c] = cell;
                }
            }
        }

        return cover;
    }

    /// <summary>
    /// The widths of the grid columns in millimetres for a text width of <paramref name="total"/> mm: the label
    /// columns get room for their labels (a narrow first column for the vertical group label of 三), the value columns
    /// share the rest equally.
    /// </summary>
    public static double[] Widths(DrawnTable table, double total)
    {
        var widths = new double[table.Width];
        double[] labels = table.LabelColumns switch
        {
            0 => [],
            1 => [table.Width - 1 >= 4 ? 44 : 56],
            2 => [12, 56],
            3 => [7.5, 27, 52],
            _ => Enumerable.Repeat(70.0 / table.LabelColumns, table.LabelColumns).ToArray(),
        };
        var rest = total - labels.Sum();
        var values = table.Width - table.LabelColumns;
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = c < table.LabelColumns ? labels[c] : rest / Math.Max(1, values);
        }

        return widths;
    }
}
