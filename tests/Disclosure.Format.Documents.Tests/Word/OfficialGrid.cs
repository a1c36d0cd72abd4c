using System.Globalization;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Documents.Tests.Word;

/// <summary>What a cell of a drawn table holds.</summary>
internal enum DrawnKind
{
    Label,
    Header,
    Value,
}

/// <summary>A cell of a table drawn in its official layout: origin, spans, text and kind.</summary>
internal sealed record DrawnCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, DrawnKind Kind)
{
    /// <summary>For a value cell, the catalog cell it shows; otherwise <see langword="null"/>.</summary>
    public CellLayout? Cell { get; init; }
}

/// <summary>
/// A table of the layout catalog drawn as the official form prints it (test side, from the public catalog only):
/// merged row labels span their rows, group headers span their columns, a leaf header spans down to the last header
/// line, the top-left note spans the label columns and the header lines.
/// </summary>
internal sealed class OfficialGrid
{
    private OfficialGrid(TableLayout table, int rows, int columns, IReadOnlyList<DrawnCell> cells, int headerRows)
    {
        Table = table;
        RowCount = rows;
        ColumnCount = columns;
        Cells = cells;
        HeaderRows = headerRows;
    }

    public TableLayout Table { get; }

    public int RowCount { get; }

    public int ColumnCount { get; }

    /// <summary>The number of header lines at the top (0 for the block table T2).</summary>
    public int HeaderRows { get; }

    public IReadOnlyList<DrawnCell> Cells { get; }

    public static OfficialGrid Draw(TableLayout table, DisclosureReport report)
    {
        if (table.Columns.Count == 0)
        {
            return Blocks(table, report);
        }

        var sideBySide = table.Columns.All(c => c.IsLeaf) && table.ValueRows.All(r => r.Columns.SequenceEqual(table.Columns));
        return sideBySide ? SideBySide(table, report) : Rows(table, report);
    }

    /// <summary>The text a value cell prints (a 2019 采购总金额 as printed, with its unit).</summary>
    public static string Format(CellLayout cell, DisclosureReport report)
    {
        if (report is DisclosureReport2019 r && r.ProactiveDisclosure.CentralizedProcurement.TotalAmountText is { } printed
            && cell.Pointer == "/proactiveDisclosure/centralizedProcurement/totalAmount")
        {
            return printed;
        }

        return cell.GetValue(report) is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;
    }

    /// <summary>The Article-20 table: per block a caption line over the whole width, a header line, value lines.</summary>
    private static OfficialGrid Blocks(TableLayout table, DisclosureReport report)
    {
        var width = 1 + table.Rows.Max(r => r.Columns.Count);
        var cells = new List<DrawnCell>();
        var line = 0;
        foreach (var row in table.Rows)
        {
            if (row.Cells.Count == 0)
            {
                cells.Add(new DrawnCell(line++, 0, 1, width, row.Label, DrawnKind.Header));
                cells.Add(new DrawnCell(line, 0, 1, 1, row.HeaderLabel ?? string.Empty, DrawnKind.Header));
                for (var j = 0; j < row.Columns.Count; j++)
                {
                    cells.Add(new DrawnCell(line, 1 + j, 1, Span(j, row.Columns.Count, width - 1), row.Columns[j].Label, DrawnKind.Header));
                }

                line++;
                continue;
            }

            cells.Add(new DrawnCell(line, 0, 1, 1, row.Label, DrawnKind.Label));
            for (var j = 0; j < row.Cells.Count; j++)
            {
                cells.Add(new DrawnCell(line, 1 + j, 1, Span(j, row.Cells.Count, width - 1), Format(row.Cells[j], report), DrawnKind.Value)
                {
                    Cell = row.Cells[j],
                });
            }

            line++;
        }

        return new OfficialGrid(table, line, width, cells, 0);

        static int Span(int j, int count, int width) => j == count - 1 ? width - j : 1;
    }

    /// <summary>The applications table: a header tree over the value columns, nested row labels merged down their rows.</summary>
    private static OfficialGrid Rows(TableLayout table, DisclosureReport report)
    {
        var labelColumns = table.Rows.Max(r => r.Depth) + 1;
        var headerRows = table.Columns.Max(Depth);
        var cells = new List<DrawnCell>();
        if (table.Note is { } note)
        {
            cells.Add(new DrawnCell(0, 0, headerRows, labelColumns, note, DrawnKind.Header));
        }

        var position = labelColumns;
        foreach (var column in table.Columns)
        {
            Header(column, 0);
        }

        var valueRows = table.ValueRows.ToList();
        foreach (var row in table.Rows)
        {
            var under = valueRows.Where(v => IsUnder(v, row)).ToList();
            var first = headerRows + valueRows.IndexOf(under[0]);
            if (row.Cells.Count == 0)
            {
                cells.Add(new DrawnCell(first, row.Depth, under.Count, 1, row.Label, DrawnKind.Label));
                continue;
            }

            cells.Add(new DrawnCell(first, row.Depth, 1, labelColumns - row.Depth, row.Label, DrawnKind.Label));
            for (var j = 0; j < row.Cells.Count; j++)
            {
                cells.Add(new DrawnCell(first, labelColumns + j, 1, 1, Format(row.Cells[j], report), DrawnKind.Value) { Cell = row.Cells[j] });
            }
        }

        return new OfficialGrid(table, headerRows + valueRows.Count, position, cells, headerRows);

        void Header(ColumnLayout column, int level)
        {
            var start = position;
            if (column.IsLeaf)
            {
                position++;
                cells.Add(new DrawnCell(level, start, headerRows - level, 1, column.Label, DrawnKind.Header));
                return;
            }

            foreach (var child in column.Children)
            {
                Header(child, level + 1);
            }

            cells.Add(new DrawnCell(level, start, 1, position - start, column.Label, DrawnKind.Header));
        }

        static int Depth(ColumnLayout c) => 1 + (c.Children.Count == 0 ? 0 : c.Children.Max(Depth));

        static bool IsUnder(RowLayout row, RowLayout ancestor)
        {
            for (var r = row; r is not null; r = r.Parent)
            {
                if (ReferenceEquals(r, ancestor)) return true;
            }

            return false;
        }
    }

    /// <summary>
    /// The review and litigation table: its rows are column groups (行政复议 | 行政诉讼 → 未经复议直接起诉 / 复议后起诉), each
    /// over the same leaf columns, and one line of numbers.
    /// </summary>
    private static OfficialGrid SideBySide(TableLayout table, DisclosureReport report)
    {
        var headerRows = table.Rows.Max(r => r.Depth) + 2;
        var cells = new List<DrawnCell>();
        var column = 0;
        foreach (var row in table.Rows.Where(r => r.Parent is null))
        {
            column += Emit(row, 0, column);
        }

        var j = 0;
        foreach (var cell in table.ValueRows.SelectMany(r => r.Cells))
        {
            cells.Add(new DrawnCell(headerRows, j++, 1, 1, Format(cell, report), DrawnKind.Value) { Cell = cell });
        }

        return new OfficialGrid(table, headerRows + 1, column, cells, headerRows);

        int Emit(RowLayout row, int level, int start)
        {
            int span;
            if (row.Cells.Count > 0)
            {
                span = row.Columns.Count;
                for (var i = 0; i < span; i++)
                {
                    cells.Add(new DrawnCell(level + 1, start + i, headerRows - level - 1, 1, row.Columns[i].Label, DrawnKind.Header));
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

            cells.Add(new DrawnCell(level, start, 1, span, row.Label, DrawnKind.Header));
            return span;
        }
    }
}
