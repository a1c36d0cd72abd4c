using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents.Html;

/// <summary>One table read as a grid, its spans expanded and clamped.</summary>
internal sealed partial class HtmlDocumentReader
{
    /// <summary>Reads one table (with no table inside it) as a grid: rowspan and colspan expanded, clamped, never allocated blindly.</summary>
    private sealed class TableGridReader(HtmlDocumentReader reader, IHtmlTableElement table, int number)
    {
        private const int MaxRowSpan = 65534; // as HTML clamps it

        public DocumentTable? Read()
        {
            var options = reader.options;
            var rows = new List<IHtmlTableRowElement>();
            var cellCount = 0L;
            foreach (var row in table.Rows)
            {
                if (Hidden(row)) continue;
                rows.Add(row);
                cellCount += row.Cells.Length;
            }

            if (cellCount > options.MaxTableCells)
            {
                TooLarge(HtmlMessages.Cells(cellCount));
                return null;
            }

            var maxSlots = Math.Min(DocumentTable.MaxSlots, (long)options.MaxTableCells * 50);
            var busyUntil = new List<int>(); // per column, the first row where the column is free again
            var placed = new List<(IHtmlTableCellElement Element, int Row, int Column, int RowSpan, int ColumnSpan)>();
            for (var r = 0; r < rows.Count; r++)
            {
                var c = 0;
                foreach (var cell in rows[r].Cells)
                {
                    if (Hidden(cell)) continue;
                    while (c < busyUntil.Count && busyUntil[c] > r) c++;
                    if (c >= HtmlReadOptions.MaxTableColumns)
                    {
                        TooLarge(HtmlMessages.MoreColumnsThan(HtmlReadOptions.MaxTableColumns));
                        return null;
                    }

                    var colSpan = Span(cell, "colspan", 1, HtmlReadOptions.MaxTableColumns - c, out var colClamped);
                    var rowSpan = Span(cell, "rowspan", rows.Count - r, Math.Min(MaxRowSpan, rows.Count - r), out var rowClamped);
                    for (var k = 1; k < colSpan; k++)
                    {
                        if (c + k < busyUntil.Count && busyUntil[c + k] > r)
                        {
                            colSpan = k; // a cell from above already holds that slot: the spans overlap, the first one wins
                            colClamped = true;
                            break;
                        }
                    }

                    if (colClamped || rowClamped)
                    {
                        var message = HtmlMessages.SpanClamped(cell.GetAttribute("rowspan"), cell.GetAttribute("colspan"), rowSpan, colSpan);
                        reader.diagnostics.Add(new Diagnostic
                        {
                            Code = DocumentCodes.SpanClamped,
                            Severity = DiagnosticSeverity.Warning,
                            Pointer = string.Empty,
                            Location = reader.Locate(cell, number, r + 1, c + 1),
                            Message = message.En,
                            MessageZh = message.Zh,
                        });
                    }

                    while (busyUntil.Count < c + colSpan) busyUntil.Add(0);
                    for (var k = 0; k < colSpan; k++) busyUntil[c + k] = r + rowSpan;
                    placed.Add((cell, r, c, rowSpan, colSpan));
                    c += colSpan;
                }
            }

            var width = busyUntil.Count;
            if ((long)rows.Count * width > maxSlots)
            {
                TooLarge(HtmlMessages.GridSlots(rows.Count, width));
                return null;
            }

            var cells = new List<DocumentCell>(placed.Count);
            foreach (var (element, row, column, rowSpan, columnSpan) in placed)
            {
                cells.Add(new DocumentCell
                {
                    Row = row,
                    Column = column,
                    RowSpan = rowSpan,
                    ColumnSpan = columnSpan,
                    Text = CellText(element),
                    IsHeader = string.Equals(element.LocalName, "th", StringComparison.OrdinalIgnoreCase),
                    Location = reader.Locate(element, number, row + 1, column + 1),
                });
            }

            return new DocumentTable(number, rows.Count, width, cells) { Location = reader.Locate(table, number) };
        }

        private void TooLarge(Message what) =>
            reader.diagnostics.Add(Error(DocumentCodes.TableTooLarge, reader.Locate(table, number), HtmlMessages.TableTooLarge(what, reader.options.MaxTableCells)));

        /// <summary>
        /// A span attribute as HTML reads it (its leading digits; anything else is 1; a row span of 0 reaches the end of
        /// the table), clamped to <paramref name="max"/>; <paramref name="clamped"/> says whether the written span went past it.
        /// </summary>
        private static int Span(IElement cell, string attribute, int zeroMeans, int max, out bool clamped)
        {
            clamped = false;
            var value = cell.GetAttribute(attribute);
            if (value is null) return 1;
            long n = 0;
            var digits = 0;
            foreach (var ch in value.Trim())
            {
                if (ch is < '0' or > '9') break;
                if (n < int.MaxValue) n = n * 10 + (ch - '0');
                digits++;
            }

            if (digits == 0) return 1;
            if (n == 0) return Math.Max(1, Math.Min(zeroMeans, max));
            if (n > max)
            {
                clamped = true;
                n = max;
            }

            return (int)Math.Max(1, n);
        }

        /// <summary>The cell's text as displayed: paragraphs and line breaks inside it become lines.</summary>
        private static string CellText(IElement cell)
        {
            var run = new TextRun();
            var stack = new Stack<(INode Node, bool Enter)>();
            stack.Push((cell, true));
            while (stack.Count > 0)
            {
                var (node, enter) = stack.Pop();
                if (node is IText text)
                {
                    run.Append(text.Data);
                    continue;
                }

                if (node is not IElement element) continue;
                var name = element.LocalName;
                if (!enter)
                {
                    if (BlockElements.Contains(name)) run.LineBreak();
                    continue;
                }

                if (element != cell && (Skipped.Contains(name) || Hidden(element))) continue;
                if (name == "br")
                {
                    run.LineBreak();
                    continue;
                }

                if (element != cell && BlockElements.Contains(name)) run.LineBreak();
                stack.Push((element, false));
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], true));
            }

            return run.Take();
        }
    }
}
