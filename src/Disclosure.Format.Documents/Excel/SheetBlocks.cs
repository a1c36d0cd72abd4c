namespace Disclosure.Format.Documents.Excel;

/// <summary>Splits a sheet into blocks at its empty rows and lays each block out as a grid with the sheet's merged ranges as spans.</summary>
internal static class SheetBlocks
{
    /// <summary>
    /// The most slots (rows × columns) one block's grid may have: 65 536. An official table has under 700, the flat
    /// sheet of every cell about 2 500. Every slot becomes a cell (an empty one where nothing is written), so a few
    /// cells far apart (<c>A1</c> and <c>XFD256</c>) must not make millions of them.
    /// </summary>
    public const int MaxSlots = 1 << 16;

    /// <summary>The most slots all blocks of a workbook may have together: 262 144 (a few megabytes of cells).</summary>
    public const int MaxWorkbookSlots = 1 << 18;

    /// <summary>Splits a sheet into blocks; a block over <see cref="MaxSlots"/>, or past what is left of <paramref name="budget"/>, is reported through <paramref name="tooLarge"/> and left out.</summary>
    public static List<SheetBlock> Split(SheetContent sheet, SlotBudget budget, Action<string> tooLarge)
    {
        var blocks = new List<SheetBlock>();
        if (sheet.Cells.Count == 0)
        {
            return blocks;
        }

        var lastRow = sheet.Cells.Keys.Max(k => k.Row);
        var lastColumn = sheet.Cells.Keys.Max(k => k.Column);

        // A merged range counts only where it starts at a written cell or within the written area; it is clamped to it.
        var merges = sheet.Merges
            .Where(m => m.FirstRow <= lastRow && m.FirstColumn <= lastColumn)
            .Select(m => new MergedRange(m.FirstRow, m.FirstColumn, Math.Min(m.LastRow, lastRow), Math.Min(m.LastColumn, lastColumn)))
            .ToList();

        var intervals = sheet.Cells.Keys.Select(k => (First: k.Row, Last: k.Row))
            .Concat(merges.Select(m => (First: m.FirstRow, Last: m.LastRow)))
            .OrderBy(i => i.First).ThenBy(i => i.Last)
            .ToList();
        var runs = new List<(int First, int Last)>();
        foreach (var interval in intervals)
        {
            if (runs.Count > 0 && interval.First <= runs[^1].Last + 1)
            {
                runs[^1] = (runs[^1].First, Math.Max(runs[^1].Last, interval.Last));
            }
            else
            {
                runs.Add(interval);
            }
        }

        var cellsByRow = sheet.Cells.GroupBy(c => c.Key.Row).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (first, last) in runs)
        {
            var rowCells = new List<KeyValuePair<(int Row, int Column), SheetCell>>();
            for (var r = first; r <= last; r++)
            {
                if (cellsByRow.TryGetValue(r, out var list))
                {
                    rowCells.AddRange(list);
                }
            }

            var blockMerges = merges.Where(m => m.FirstRow >= first && m.FirstRow <= last).ToList();
            var firstColumn = Math.Min(rowCells.Count > 0 ? rowCells.Min(c => c.Key.Column) : int.MaxValue, blockMerges.Count > 0 ? blockMerges.Min(m => m.FirstColumn) : int.MaxValue);
            var lastColumnInBlock = Math.Max(rowCells.Count > 0 ? rowCells.Max(c => c.Key.Column) : -1, blockMerges.Count > 0 ? blockMerges.Max(m => m.LastColumn) : -1);
            var rowCount = last - first + 1;
            var columnCount = lastColumnInBlock - firstColumn + 1;
            var slots = (long)rowCount * columnCount;
            if (slots > MaxSlots || slots > budget.Left)
            {
                tooLarge(Rendering.ExcelReportRenderer.Address(first, firstColumn));
                continue;
            }

            budget.Left -= slots;
            var taken = new bool[rowCount, columnCount];
            var cells = new List<BlockCell>();
            foreach (var m in blockMerges.OrderBy(m => m.FirstRow).ThenBy(m => m.FirstColumn))
            {
                var r0 = m.FirstRow - first;
                var c0 = m.FirstColumn - firstColumn;
                var rows = m.LastRow - m.FirstRow + 1;
                var columns = m.LastColumn - m.FirstColumn + 1;
                if (Overlaps(taken, r0, c0, rows, columns))
                {
                    continue; // overlapping merged ranges (malformed): the first one stands
                }

                Take(taken, r0, c0, rows, columns);
                var text = sheet.Cells.TryGetValue((m.FirstRow, m.FirstColumn), out var cell) ? cell.Text : string.Empty;
                cells.Add(new BlockCell(r0, c0, rows, columns, text, Rendering.ExcelReportRenderer.Address(m.FirstRow, m.FirstColumn)));
            }

            foreach (var c in rowCells)
            {
                var r0 = c.Key.Row - first;
                var c0 = c.Key.Column - firstColumn;
                if (taken[r0, c0])
                {
                    continue; // hidden under a merged range, as Excel shows it
                }

                taken[r0, c0] = true;
                cells.Add(new BlockCell(r0, c0, 1, 1, c.Value.Text, Rendering.ExcelReportRenderer.Address(c.Key.Row, c.Key.Column)));
            }

            // Every other slot is an empty cell of the table (a blank), as an empty <td> is.
            for (var r = 0; r < rowCount; r++)
            {
                for (var c = 0; c < columnCount; c++)
                {
                    if (!taken[r, c])
                    {
                        cells.Add(new BlockCell(r, c, 1, 1, string.Empty, Rendering.ExcelReportRenderer.Address(first + r, firstColumn + c)));
                    }
                }
            }

            cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
            blocks.Add(new SheetBlock(first, firstColumn, rowCount, columnCount, cells));
        }

        return blocks;
    }

    private static bool Overlaps(bool[,] taken, int r0, int c0, int rows, int columns)
    {
        for (var r = r0; r < r0 + rows; r++)
        {
            for (var c = c0; c < c0 + columns; c++)
            {
                if (taken[r, c]) return true;
            }
        }

        return false;
    }

    private static void Take(bool[,] taken, int r0, int c0, int rows, int columns)
    {
        for (var r = r0; r < r0 + rows; r++)
        {
            for (var c = c0; c < c0 + columns; c++)
            {
                taken[r, c] = true;
            }
        }
    }
}
