using Disclosure.Format.Layout;
using Disclosure.Format.Model;
using Disclosure.Format.Rendering;

namespace Disclosure.Format.Documents.Rendering;

/// <summary>
/// A table of the official layout as a grid of cells with row and column spans, drawn from the layout catalog through
/// the core's <see cref="TableGrid"/> (the same layout the text renderer writes): a merged label's row span is the
/// run of lines below it that hold no cell in its columns.
/// </summary>
internal sealed class DrawnTable
{
    private DrawnTable(TableLayout table, int width, int labelColumns, int headerRows, List<List<DrawnCell>> rows)
    {
        Table = table;
        Width = width;
        LabelColumns = labelColumns;
        HeaderRows = headerRows;
        Rows = rows;
    }

    public TableLayout Table { get; }

    /// <summary>The number of grid columns.</summary>
    public int Width { get; }

    /// <summary>The number of grid columns that hold row labels.</summary>
    public int LabelColumns { get; }

    /// <summary>The number of leading rows that hold only column headers (0 for the Article-20 table, whose blocks each have a header).</summary>
    public int HeaderRows { get; }

    /// <summary>The grid rows; each lists the cells that start on it, left to right.</summary>
    public List<List<DrawnCell>> Rows { get; }

    public IEnumerable<DrawnCell> Cells => Rows.SelectMany(r => r);

    public static IReadOnlyList<DrawnTable> DrawAll(DisclosureReport report) =>
        LayoutCatalog.For(report.Edition).Tables.Select(t => Draw(t, report)).ToList();

    public static DrawnTable Draw(TableLayout table, DisclosureReport report)
    {
        var grid = TableGrid.Draw(table, report);
        var rows = new List<List<DrawnCell>>(grid.Lines.Count);
        var layoutCells = table.Cells.GetEnumerator();
        for (var i = 0; i < grid.Lines.Count; i++)
        {
            var line = grid.Lines[i];
            var hasValues = line.Any(c => c.Kind == GridCellKind.Value);
            var drawn = new List<DrawnCell>(line.Count);
            foreach (var c in line)
            {
                var kind = c.Kind switch
                {
                    GridCellKind.Value => DrawnCellKind.Value,
                    GridCellKind.Header when i == 0 && c.Column == 0 && grid.LabelColumns > 0 && table.Note is not null && c.Text == table.Note => DrawnCellKind.Note,
                    GridCellKind.Header => DrawnCellKind.ColumnHeader,
                    _ when !hasValues && line.Count == 1 && c.Span == grid.Width => DrawnCellKind.Caption,
                    _ => DrawnCellKind.RowHeader,
                };
                var cell = new DrawnCell(c.Text, i, c.Column, c.Span, kind) { Id = $"{table.Key}-r{i + 1}c{c.Column + 1}" };
                if (kind == DrawnCellKind.Value)
                {
                    if (!layoutCells.MoveNext())
                    {
                        throw new InvalidOperationException($"The drawn table {table.Key} has more value cells than the catalog.");
                    }

                    cell.Cell = layoutCells.Current;
                    cell.Value = layoutCells.Current.GetValue(report);
                }

                drawn.Add(cell);
            }

            rows.Add(drawn);
        }

        if (layoutCells.MoveNext())
        {
            throw new InvalidOperationException($"The drawn table {table.Key} has fewer value cells than the catalog.");
        }

        var headerRows = 0;
        while (headerRows < rows.Count && rows[headerRows].All(c => c.Kind is DrawnCellKind.ColumnHeader or DrawnCellKind.Note))
        {
            headerRows++;
        }

        var result = new DrawnTable(table, grid.Width, grid.LabelColumns, headerRows, rows);
        result.SpanRows();
        result.LinkHeaders();
        return result;
    }

    /// <summary>A header or label cell covers the lines below it until one has a cell starting in its columns.</summary>
    private void SpanRows()
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            foreach (var cell in Rows[i].Where(c => c.IsHeader))
            {
                var end = i + 1;
                while (end < Rows.Count && !Rows[end].Any(o => o.Column < cell.Column + cell.ColumnSpan && o.Column + o.ColumnSpan > cell.Column))
                {
                    end++;
                }

                cell.RowSpan = end - i;
            }
        }
    }

    /// <summary>
    /// A value cell's headers: the row labels whose rows cover its line (left to right), then the captions and column
    /// headers that cover its column in the nearest run of header lines above it (top down).
    /// </summary>
    private void LinkHeaders()
    {
        var labels = Cells.Where(c => c.Kind == DrawnCellKind.RowHeader).ToList();
        for (var i = 0; i < Rows.Count; i++)
        {
            foreach (var value in Rows[i].Where(c => c.Kind == DrawnCellKind.Value))
            {
                value.Headers.AddRange(labels.Where(l => l.Row <= i && i < l.Row + l.RowSpan && l.Column < value.Column).OrderBy(l => l.Column));
                var k = i - 1;
                while (k >= 0 && Rows[k].Any(c => c.Kind == DrawnCellKind.Value))
                {
                    k--;
                }

                var above = new List<DrawnCell>();
                while (k >= 0 && !Rows[k].Any(c => c.Kind == DrawnCellKind.Value))
                {
                    above.AddRange(Rows[k].Where(c => c.Kind is DrawnCellKind.ColumnHeader or DrawnCellKind.Caption
                        && c.Column <= value.Column && value.Column < c.Column + c.ColumnSpan));
                    k--;
                }

                above.Reverse();
                value.Headers.AddRange(above);
            }
        }
    }
}
