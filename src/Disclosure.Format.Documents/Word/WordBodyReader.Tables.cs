using System.Text;
using Disclosure.Format.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Format.Documents.Word;

/// <summary>
/// Tables as grids: each row's cells placed from <c>w:gridBefore</c> on, each over its <c>w:gridSpan</c> columns
/// (legacy <c>w:hMerge</c> continuations widen the cell before them); a <c>w:vMerge</c> continuation extends the cell
/// that starts in the same column on the row above, so a merged cell appears once with its row span. Deleted rows
/// (tracked changes) are left out. Rows and cells inside content controls and custom XML are read like the others.
/// Nothing is allocated from a span: a cell is one object whatever it spans, and a span past
/// <see cref="WordReadOptions.MaxColumns"/> is clamped.
/// </summary>
internal sealed partial class WordBodyReader
{
    private void TableBlock(Table table, int depth)
    {
        if (depth > options.MaxTableNesting)
        {
            if (!reportedDeepTables)
            {
                reportedDeepTables = true;
                Report(WordCodes.TablesTooDeep, DiagnosticSeverity.Warning, WordMessages.TablesTooDeep(options.MaxTableNesting), null);
            }

            return;
        }

        var holdsTable = table.Descendants<Table>().Any();
        if (holdsTable && Cells(table).Take(LayoutFrameCells + 1).Count() <= LayoutFrameCells)
        {
            // A layout frame: its cells' paragraphs and tables are the content, read in place.
            foreach (var cell in Cells(table))
            {
                if (stopped) return;
                Blocks(cell, depth);
                CloseFields();
            }

            return;
        }

        var number = ++tableNumber;
        var grid = new WordGridBuilder(options.MaxColumns);
        foreach (var tableRow in Rows(table))
        {
            if (stopped) break;
            var properties = tableRow.TableRowProperties;
            if (properties?.GetFirstChild<Deleted>() is not null)
            {
                continue; // a row deleted with changes tracked
            }

            grid.StartRow(WordValues.Number(properties?.GetFirstChild<GridBefore>()?.Val, 0), properties?.GetFirstChild<TableHeader>() is { } h && WordValues.On(h.Val, true));
            foreach (var cell in RowCells(tableRow))
            {
                var cellProperties = cell.TableCellProperties;
                var span = WordValues.Number(cellProperties?.GridSpan?.Val, 1);
                var vertical = cellProperties?.VerticalMerge;
                var horizontal = cellProperties?.HorizontalMerge;
                if (horizontal is not null && WordValues.Text(horizontal.Val) != "restart" && grid.Widen(span))
                {
                    continue;
                }

                if (vertical is not null && WordValues.Text(vertical.Val) != "restart" && grid.Continue(span))
                {
                    continue;
                }

                if (++cellCount > options.MaxCells)
                {
                    stopped = true;
                    Report(WordCodes.TooManyCells, DiagnosticSeverity.Error, WordMessages.TooManyCells(options.MaxCells), Location(number, grid.RowCount, null));
                    break;
                }

                var column = grid.Position;
                if (!grid.Add(span, CellText(cell)))
                {
                    Report(DocumentCodes.SpanClamped, DiagnosticSeverity.Warning, WordMessages.TooManyColumns(options.MaxColumns), Location(number, grid.RowCount, column + 1));
                }
            }
        }

        if (grid.Count > 0)
        {
            // Every slot of the grid counts against the same budget as the cells, so a few cells spanning wide
            // columns down many rows cannot make the grids large.
            var built = grid.Build(number, options.SourceName, Math.Min(DocumentTable.MaxSlots, Math.Max(0L, (long)options.MaxCells * 4 - slotCount)), out var truncated);
            slotCount += (long)built.RowCount * built.ColumnCount;
            if (truncated && !stopped)
            {
                stopped = true;
                Report(WordCodes.TooManyCells, DiagnosticSeverity.Error, WordMessages.TooManyCells(options.MaxCells), Location(number, built.RowCount + 1, null));
            }

            if (built.RowCount > 0)
            {
                blocks.Add(built);
            }
        }

        if (holdsTable)
        {
            // A table of the report with a table inside a cell: the inner tables follow it, in order.
            foreach (var cell in Cells(table))
            {
                foreach (var inner in NestedTables(cell))
                {
                    if (stopped) return;
                    TableBlock(inner, depth + 1);
                }
            }
        }
    }

    /// <summary>A table that holds tables and has at most this many cells is a layout frame around its content.</summary>
    private const int LayoutFrameCells = 4;

    /// <summary>The tables directly inside a cell (through content controls and custom XML), in order.</summary>
    private static IEnumerable<Table> NestedTables(OpenXmlElement container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case Table table:
                    yield return table;
                    break;
                case Paragraph or TableCellProperties:
                    break;
                default:
                    if (child.HasChildren && child is not OpenXmlLeafElement)
                    {
                        foreach (var t in NestedTables(child)) yield return t;
                    }

                    break;
            }
        }
    }

    /// <summary>The text of a cell: its paragraphs' texts joined by <c>\n</c>, with no empty line at either end.</summary>
    private string CellText(TableCell cell)
    {
        var joined = new StringBuilder();
        var pending = 0;
        foreach (var paragraph in CellParagraphs(cell))
        {
            var style = WordValues.Text(paragraph.ParagraphProperties?.ParagraphStyleId?.Val);
            var line = ParagraphText(paragraph, styles.Hides(style) ? style : null);
            if (line.Length == 0)
            {
                if (joined.Length > 0) pending++;
                continue;
            }

            if (joined.Length > 0)
            {
                joined.Append('\n', pending + 1);
            }

            pending = 0;
            joined.Append(line);
        }

        CloseFields();
        return joined.ToString();
    }

    /// <summary>The paragraphs of a cell in order, through content controls and custom XML; never those of a nested table.</summary>
    private static IEnumerable<Paragraph> CellParagraphs(OpenXmlElement container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case Paragraph paragraph:
                    yield return paragraph;
                    break;
                case Table or TableCellProperties or DeletedRun or MoveFromRun:
                    break;
                case SdtBlock sdt:
                    if (sdt.SdtContentBlock is { } content)
                    {
                        foreach (var p in CellParagraphs(content)) yield return p;
                    }

                    break;
                default:
                    if (child.HasChildren && child is not OpenXmlLeafElement)
                    {
                        foreach (var p in CellParagraphs(child)) yield return p;
                    }

                    break;
            }
        }
    }

    /// <summary>The rows of a table, through content controls and custom XML around rows.</summary>
    private static IEnumerable<TableRow> Rows(OpenXmlElement container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case TableRow row:
                    yield return row;
                    break;
                case SdtRow sdt:
                    if (sdt.SdtContentRow is { } content)
                    {
                        foreach (var r in Rows(content)) yield return r;
                    }

                    break;
                case CustomXmlRow custom:
                    foreach (var r in Rows(custom)) yield return r;
                    break;
            }
        }
    }

    /// <summary>The cells of a row, through content controls and custom XML around cells.</summary>
    private static IEnumerable<TableCell> RowCells(OpenXmlElement container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling())
        {
            switch (child)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell sdt:
                    if (sdt.SdtContentCell is { } content)
                    {
                        foreach (var c in RowCells(content)) yield return c;
                    }

                    break;
                case CustomXmlCell custom:
                    foreach (var c in RowCells(custom)) yield return c;
                    break;
            }
        }
    }

    /// <summary>Every cell of a table's rows (for a layout frame).</summary>
    private static IEnumerable<TableCell> Cells(Table table) => Rows(table).SelectMany(RowCells);
}
