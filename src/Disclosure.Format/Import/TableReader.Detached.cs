using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

// TableReader, phase 1b: rows whose labels stand apart from their number lines, found and assigned their lines.
internal sealed partial class TableReader
{
    /// <summary>
    /// Finds rows whose numbers are not on their label's line: a label followed by several lines of numbers, or labels
    /// with no numbers of their own followed (after the last of them) by lines of numbers. Such rows are read together
    /// (<see cref="DetachedRows"/>): which line belongs to which row is then decided by the arithmetic, never by position.
    /// A label with its numbers on the next line, alone, is read as before.
    /// </summary>
    private void FindDetachedRows(List<Unit> units)
    {
        for (var k = 0; k < units.Count; k++)
        {
            var unit = units[k];
            if (unit.RegionStart < 0 || (unit.Material.Mode == RowMode.Lines && unit.Cells.Count > 1) || NumberLines(unit) is not { } lines || lines.Count == 0)
            {
                continue;
            }

            // The labels just before it that have no numbers at all, with no numbers between them.
            var first = k;
            while (first > 0 && units[first - 1].RegionStart >= 0 && units[first - 1].Material.Slots.Count == 0 && units[first - 1].Detached is null
                   && !HasDigit(units[first - 1].RegionEnd, units[first].RegionStart))
            {
                first--;
            }

            var rows = units.GetRange(first, k - first + 1);
            if (lines.Count > 1 && rows.All(r => r.Cells.Count > 1))
            {
                // A line with a single bare number among lines of several numbers is a page number, not a row.
                var kept = lines.Where(l => !IsBareNumber(l)).ToList();
                if (kept.Count > 0 && kept.Count < lines.Count && kept.All(l => ValueCount(l) > 1))
                {
                    lines = kept;
                }
            }

            if (rows.Count == 1 && lines.Count == 1)
            {
                if (unit.Material.Slots.Count > 0 && unit.Material.Slots[0].Start < lines[0].Start)
                {
                    // The row's numbers are on the line after a page number.
                    units[k] = new Unit
                    {
                        Cells = unit.Cells, Pointer = unit.Pointer, RegionStart = unit.RegionStart, RegionEnd = unit.RegionEnd, LabelEnd = unit.LabelEnd,
                        Material = ReadMaterial(lines[0].Start, lines[0].End, lines[0].Start, lines[0].Start, unit.Cells.Count),
                    };
                }

                continue;
            }

            var cells = rows.SelectMany(r => r.Cells).ToList();
            var slots = new List<Slot>();
            foreach (var (start, end) in lines)
            {
                slots.AddRange(ReadMaterial(start, end, start, start, cells.Count).Slots);
            }

            units.RemoveRange(first, rows.Count);
            units.Insert(first, new Unit
            {
                Cells = cells,
                Pointer = rows[0].Pointer,
                Material = new RowMaterial { Slots = slots, Mode = unit.Material.Mode, Start = lines[0].Start, End = lines[lines.Count - 1].End },
                Detached = new DetachedRows(rows, lines),
            });
            k = first;
        }
    }

    private bool HasDigit(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text.Norm[i] is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The lines after a row's label that hold numbers and no words (notes in brackets and units aside); null when the
    /// label's own line holds the row's numbers (the row is as usual).
    /// </summary>
    private List<(int Start, int End)>? NumberLines(Unit unit)
    {
        var norm = text.Norm;
        var lineEnd = norm.IndexOf('\n', unit.LabelEnd, unit.RegionEnd - unit.LabelEnd);
        var slots = unit.Material.Slots;
        if (slots.Count > 0 && slots[0].Kind != SlotKind.Blank && slots[0].Start >= unit.LabelEnd && (lineEnd < 0 || slots[0].Start < lineEnd))
        {
            return null; // the usual row: its first value is on its label's line
        }

        var labelLineEnd = lineEnd < 0 ? unit.RegionEnd : lineEnd;
        if (ReadMaterial(unit.LabelEnd, labelLineEnd, unit.LabelEnd, unit.LabelEnd, unit.Cells.Count).Slots.Exists(s => s.Kind != SlotKind.Blank))
        {
            return null;
        }

        var lines = new List<(int Start, int End)>();
        var at = labelLineEnd + 1;
        while (at < unit.RegionEnd)
        {
            var next = norm.IndexOf('\n', at, unit.RegionEnd - at);
            var end = next < 0 ? unit.RegionEnd : next;
            if (IsNumberLine(at, end))
            {
                lines.Add((at, end));
            }

            at = end + 1;
        }

        return lines;
    }

    /// <summary>A line with at least one digit and no words (notes in brackets after a number, units and page-number lines aside).</summary>
    private bool IsNumberLine(int start, int end)
    {
        var norm = text.Norm;
        if (CellTokenizer.PageNumberLineEnd(norm, start, end) > 0)
        {
            return false;
        }

        var digits = false;
        for (var i = start; i < end; i++)
        {
            var c = norm[i];
            if (c is >= '0' and <= '9')
            {
                digits = true;
            }
            else if (c == '(' && i > start && CellTokenizer.NoteEnd(norm, i, end) is var noteEnd && noteEnd > i)
            {
                i = noteEnd - 1;
            }
            else if (char.IsLetter(c) && c != '无' && "万元个件条项次份家宗笔人".IndexOf(c) < 0)
            {
                return false;
            }
        }

        return digits;
    }

    private bool IsBareNumber((int Start, int End) line)
    {
        var s = text.Norm.AsSpan(line.Start, line.End - line.Start).Trim().Trim('|').Trim();
        if (s.Length == 0 || s.Length > 4)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private int ValueCount((int Start, int End) line) =>
        ReadMaterial(line.Start, line.End, line.Start, line.Start, 1).Slots.Count(s => s.Kind != SlotKind.Blank);

    /// <summary>
    /// The readings of detached rows: every assignment of the number lines to the rows (each line to one row at most;
    /// a row without a line is blank, which is allowed only where there are fewer lines than rows, and then every
    /// line is used), each line read as its row's cells.
    /// </summary>
    private void SplitDetached(Unit unit, DetachedRows run, Dictionary<int, decimal> bareUnits)
    {
        const int AssignmentLimit = 4_096;
        var rows = run.Rows;
        var lines = run.Lines;
        var options = new List<(int Line, Reading Reading)>[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            var amountUnits = new decimal[cells.Count];
            for (var i = 0; i < amountUnits.Length; i++)
            {
                amountUnits[i] = bareUnits.TryGetValue(cells[i].Index, out var u) ? u : LayoutShape.AmountUnit(cells[i].Column);
            }

            var local = LocalIdentitiesOf(cells);
            options[r] = [];
            for (var l = 0; l < lines.Count; l++)
            {
                var material = ReadMaterial(lines[l].Start, lines[l].End, lines[l].Start, lines[l].Start, cells.Count);
                var (outcome, readings, _) = Splitter.Enumerate(material, cells, amountUnits, local, Splitter.NodeBudget, text.Splits);
                if (outcome == SplitOutcome.Read)
                {
                    options[r].AddRange(readings.Select(x => (l, x)));
                }
            }

            if (lines.Count < rows.Count)
            {
                options[r].Add((-1, new Reading
                {
                    Values = new decimal?[cells.Count],
                    Spans = Enumerable.Repeat((lines[0].Start, lines[0].Start), cells.Count).ToArray(),
                    Kinds = Enumerable.Repeat(CellReadingKind.Missing, cells.Count).ToArray(),
                    Units = new string?[cells.Count],
                }));
            }
        }

        var results = new List<Reading>();
        var seen = new HashSet<decimal?[]>(Splitter.ValuesComparer.Instance);
        var used = new bool[lines.Count];
        var chosen = new Reading[rows.Count];
        var capped = false;
        void Assign(int r, int usedCount)
        {
            if (capped)
            {
                return;
            }

            if (r == rows.Count)
            {
                if (usedCount < Math.Min(lines.Count, rows.Count))
                {
                    return;
                }

                var joined = Join(chosen);
                if (seen.Add(joined.Values))
                {
                    results.Add(joined);
                    capped = results.Count > AssignmentLimit;
                }

                return;
            }

            foreach (var (line, reading) in options[r])
            {
                if (line >= 0 && used[line])
                {
                    continue;
                }

                chosen[r] = reading;
                if (line >= 0) used[line] = true;
                Assign(r + 1, usedCount + (line >= 0 ? 1 : 0));
                if (line >= 0) used[line] = false;
            }
        }

        Assign(0, 0);
        fits[current!] += 2 * rows.Count;
        var location = text.LocateNorm(lines[0].Start);
        if (capped)
        {
            unit.Outcome = SplitOutcome.Capped;
            unit.Readings = [];
            sink.Add(ImportCodes.SplitSearchCapped, DiagnosticSeverity.Warning, unit.Pointer, location,
                ImportMessages.DetachedRowsCapped(),
                unit.Cells.Select(c => c.Pointer).ToList());
            return;
        }

        unit.Outcome = results.Count > 0 ? SplitOutcome.Read : SplitOutcome.Unreadable;
        unit.Readings = results;
        unit.Structural = results.Count;
        if (results.Count == 0)
        {
            sink.Add(ImportCodes.CellUnreadable, DiagnosticSeverity.Warning, unit.Pointer, location,
                ImportMessages.DetachedLinesUnreadable(Excerpt(unit.Material)),
                unit.Cells.Select(c => c.Pointer).ToList());
        }
    }

    private static Reading Join(Reading[] parts)
    {
        var n = parts.Sum(p => p.Values.Length);
        var values = new decimal?[n];
        var spans = new (int, int)[n];
        var kinds = new CellReadingKind[n];
        var units = new string?[n];
        var at = 0;
        foreach (var p in parts)
        {
            p.Values.CopyTo(values, at);
            p.Spans.CopyTo(spans, at);
            p.Kinds.CopyTo(kinds, at);
            p.Units.CopyTo(units, at);
            at += p.Values.Length;
        }

        return new Reading { Values = values, Spans = spans, Kinds = kinds, Units = units };
    }
}
