using System.Globalization;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Rendering;

/// <summary>
/// A table drawn in its official layout as lines of positioned cells: <see cref="LabelColumns"/> label columns on the
/// left, then the value columns. Built from the layout catalog only.
/// </summary>
internal sealed class TableGrid
{
    private TableGrid(int labelColumns, int valueColumns, List<List<GridCell>> lines)
    {
        LabelColumns = labelColumns;
        ValueColumns = valueColumns;
        Lines = lines;
    }

    public int LabelColumns { get; }

    public int ValueColumns { get; }

    public int Width => LabelColumns + ValueColumns;

    public List<List<GridCell>> Lines { get; }

    public static TableGrid Draw(TableLayout table, DisclosureReport report)
    {
        if (LayoutShape.RowsAreColumnGroups(table))
        {
            return SideBySide(table, report);
        }

        return table.Columns.Count == 0 ? Blocks(table, report) : Rows(table, report);
    }

    internal static string Format(CellLayout cell, DisclosureReport report)
    {
        // The 2019 edition keeps the 采购总金额 cell as printed (with its unit) beside its value in 元.
        if (report is DisclosureReport2019 r && r.ProactiveDisclosure.CentralizedProcurement.TotalAmountText is { } printed
            && cell.Pointer == "/proactiveDisclosure/centralizedProcurement/totalAmount")
        {
            return printed;
        }

        var value = cell.GetValue(report);
        return value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;
    }

    /// <summary>A table of blocks, each with a caption, a header and rows (the Article-20 table).</summary>
    private static TableGrid Blocks(TableLayout table, DisclosureReport report)
    {
        var valueColumns = Math.Max(1, table.Rows.Max(r => r.Columns.Count));
        var lines = new List<List<GridCell>>();
        foreach (var row in table.Rows)
        {
            if (row.Cells.Count == 0)
            {
                lines.Add([new GridCell(row.Label, 0, 1 + valueColumns, GridCellKind.Label)]);
                var header = new List<GridCell> { new(row.HeaderLabel ?? string.Empty, 0, 1, GridCellKind.Header) };
                for (var j = 0; j < row.Columns.Count; j++)
                {
                    header.Add(new GridCell(row.Columns[j].Label, 1 + j, Span(j, row.Columns.Count, valueColumns), GridCellKind.Header));
                }

                lines.Add(header);
                continue;
            }

            var line = new List<GridCell> { new(row.Label, 0, 1, GridCellKind.Label) };
            for (var j = 0; j < row.Cells.Count; j++)
            {
                line.Add(new GridCell(Format(row.Cells[j], report), 1 + j, Span(j, row.Cells.Count, valueColumns), GridCellKind.Value));
            }

            lines.Add(line);
        }

        return new TableGrid(1, valueColumns, lines);

        static int Span(int j, int count, int width) => j == count - 1 ? width - j : 1;
    }

    /// <summary>A table with a column-header tree over its value columns and nested row labels (the applications table).</summary>
    private static TableGrid Rows(TableLayout table, DisclosureReport report)
    {
        var labelColumns = table.Rows.Max(r => r.Depth) + 1;
        var leaves = new List<ColumnLayout>();
        void Leaves(ColumnLayout c)
        {
            if (c.IsLeaf) leaves.Add(c);
            foreach (var child in c.Children) Leaves(child);
        }

        foreach (var c in table.Columns) Leaves(c);
        var headerDepth = 0;
        void Depth(ColumnLayout c, int d)
        {
            headerDepth = Math.Max(headerDepth, d + 1);
            foreach (var child in c.Children) Depth(child, d + 1);
        }

        foreach (var c in table.Columns) Depth(c, 0);

        var lines = new List<List<GridCell>>();
        for (var level = 0; level < headerDepth; level++)
        {
            lines.Add([]);
        }

        if (table.Note is { } note)
        {
            lines[0].Add(new GridCell(note, 0, labelColumns, GridCellKind.Header));
        }

        var position = 0;
        void Header(ColumnLayout c, int level)
        {
            var start = position;
            if (c.IsLeaf)
            {
                position++;
            }
            else
            {
                foreach (var child in c.Children) Header(child, level + 1);
            }

            lines[level].Add(new GridCell(c.Label, labelColumns + start, position - start, GridCellKind.Header));
        }

        foreach (var c in table.Columns) Header(c, 0);
        foreach (var l in lines) l.Sort((a, b) => a.Column.CompareTo(b.Column));

        var shown = new HashSet<RowLayout>();
        foreach (var row in table.Rows.Where(r => r.Cells.Count > 0))
        {
            var line = new List<GridCell>();
            var ancestors = new List<RowLayout>();
            for (var p = row.Parent; p is not null; p = p.Parent) ancestors.Insert(0, p);
            foreach (var group in ancestors.Where(shown.Add))
            {
                line.Add(new GridCell(group.Label, group.Depth, 1, GridCellKind.Label));
            }

            var span = row.Children.Count == 0 ? labelColumns - row.Depth : 1;
            line.Add(new GridCell(row.Label, row.Depth, span, GridCellKind.Label));
            for (var j = 0; j < row.Cells.Count; j++)
            {
                line.Add(new GridCell(Format(row.Cells[j], report), labelColumns + j, 1, GridCellKind.Value));
            }

            lines.Add(line);
        }

        return new TableGrid(labelColumns, leaves.Count, lines);
    }

    /// <summary>A table whose rows are column groups, with one label-less line of numbers (the review and litigation table).</summary>
    private static TableGrid SideBySide(TableLayout table, DisclosureReport report)
    {
        var lines = LayoutShape.GroupHeader(table)
            .Select(l => l.Select(c => new GridCell(c.Label, c.Start, c.Span, GridCellKind.Header)).ToList())
            .ToList();
        var values = new List<GridCell>();
        var j = 0;
        foreach (var cell in table.ValueRows.SelectMany(r => r.Cells))
        {
            values.Add(new GridCell(Format(cell, report), j++, 1, GridCellKind.Value));
        }

        lines.Add(values);
        return new TableGrid(0, j, lines);
    }
}
