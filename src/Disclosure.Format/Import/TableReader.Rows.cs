using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

// TableReader, phase 1: each table's rows read into units (labels found, the material after them, rows printed in another edition's layout, blank cells placed by layout).
internal sealed partial class TableReader
{
    /// <summary>Reads a table's rows into units (null when the table is not found), not yet split into cells.</summary>
    private (List<Unit>? Units, Dictionary<int, decimal>? BareUnits) ReadTable(TableLayout table)
    {
        var section = catalog.Sections.First(s => s.Table == table);
        var heading = MatchOf(a => a.Kind == AnchorKind.Section && a.Section == section);
        var rowAnchors = plan.RowAnchors(table);
        var lastOrder = rowAnchors.Count > 0 ? rowAnchors[rowAnchors.Count - 1].Order : anchors.First(a => a.Section == section).Order;
        var regionEnd = NextMatchStart(lastOrder);
        var units = new List<Unit>();

        if (LayoutShape.RowsAreColumnGroups(table))
        {
            var regionStart = heading?.NormEnd ?? PreviousMatchEnd(anchors.First(a => a.Section == section).Order);
            var start = AfterLastHeaderLabel(table, Math.Max(0, regionStart), regionEnd);
            if (heading is null && start < 0)
            {
                // Neither the heading nor the table's header: the numbers here are not this table's.
                Missing(table, null);
                return (null, null);
            }

            start = Math.Max(start, heading?.NormEnd ?? 0);
            var cells = plan.ValueCells(table);
            var material = ReadMaterial(start, regionEnd, 0, 0, cells.Count);
            if (material.Slots.Count == 0)
            {
                Missing(table, heading);
                return (null, null);
            }

            units.Add(new Unit { Cells = cells, Pointer = table.Pointer, Material = material });
        }
        else
        {
            var anyMatched = false;
            foreach (var anchor in rowAnchors)
            {
                anyMatched |= matches.ContainsKey(anchor);
            }

            if (!anyMatched)
            {
                Missing(table, heading);
                return (null, null);
            }

            foreach (var anchor in rowAnchors)
            {
                var row = anchor.Row!;
                if (!matches.TryGetValue(anchor, out var m))
                {
                    if (row.Cells.Count > 0 && row.Parent is { } parent && printedAsOtherEdition.Contains(parent))
                    {
                        fits[current!] -= 3;
                    }
                    else if (row.Cells.Count > 0)
                    {
                        sink.Add(ImportCodes.RowMissing, DiagnosticSeverity.Warning, row.Pointer ?? table.Pointer, ExpectedAt(anchor.Order),
                            ImportMessages.RowMissing(row.LabelPathText));
                        fits[current!] -= 3;
                    }

                    continue;
                }

                if (m.IsVariant)
                {
                    LabelVariant(m, row.Pointer ?? table.Pointer);
                }

                var coreStart = text.KeyToNorm[m.KeyStart];
                var end = Math.Min(NextMatchStart(anchor.Order), regionEnd);
                if (row.Cells.Count == 0)
                {
                    var after = ReadMaterial(coreStart, end, coreStart, m.NormEnd, 0, withColumns: false);
                    if (after.Slots.Count > 0)
                    {
                        fits[current!] -= 10;
                        var location = text.LocateNorm(after.Slots[0].Start);
                        if (otherEditionsValueRows.Contains(SourceText.KeyOf(row.Label)))
                        {
                            OtherEditionGroup(row, table, after, location);
                        }
                        else
                        {
                            sink.Add(ImportCodes.UnmatchedValues, DiagnosticSeverity.Warning, row.Pointer ?? table.Pointer, location,
                                ImportMessages.UnmatchedValues(row.Label));
                        }
                    }

                    continue;
                }

                if (OtherEditionRows(row, m, end))
                {
                    continue;
                }

                var material = ReadMaterial(coreStart, end, coreStart, m.NormEnd, row.Cells.Count);
                units.Add(new Unit { Cells = row.Cells, Pointer = row.Pointer!, Material = material, RegionStart = coreStart, RegionEnd = end, LabelEnd = m.NormEnd });
            }
        }

        ReadSingleValuesAsLines(units);
        PlaceAlignedBlanks(units);
        FindDetachedRows(units);
        return (units, BlockUnits(table));
    }

    /// <summary>
    /// A group of this edition (the 2021 （六）其他处理 and its three rows) printed as another edition's single value
    /// row, its numbers after the group's label: they are the sum of the group's rows, none of which is printed, so
    /// the rows stay blank (DF4010) and each of their cells keeps, as its provenance, the single row as printed.
    /// </summary>
    private void OtherEditionGroup(RowLayout group, TableLayout table, RowMaterial after, Diagnostics.SourceLocation location)
    {
        var rows = group.Children.Where(r => r.Cells.Count > 0 && !anchors.Any(a => a.Row == r && matches.ContainsKey(a))).ToList();
        if (rows.Count == 0)
        {
            sink.Add(ImportCodes.WrongEditionLayout, DiagnosticSeverity.Warning, group.Pointer ?? table.Pointer, location,
                ImportMessages.GroupHasNoCells(group.Label, catalog.Edition));
            return;
        }

        printedAsOtherEdition.Add(group);
        var printed = text.OriginalOf(after.Slots[0].Start, after.Slots[after.Slots.Count - 1].End).Trim();
        var cells = rows.SelectMany(r => r.Cells).ToList();
        foreach (var cell in cells)
        {
            otherEditionCells.Add(new ImportedCell { Cell = cell, Value = null, Raw = printed, Location = location, Kind = CellReadingKind.OtherEdition });
        }

        var names = string.Join("、", rows.Select(r => r.Label));
        sink.Add(ImportCodes.WrongEditionLayout, DiagnosticSeverity.Warning, group.Pointer ?? table.Pointer, location,
            ImportMessages.GroupPrintedAsOneRow(group.Label, printed, catalog.Edition, names),
            cells.Select(c => c.Pointer).ToList());
    }

    /// <summary>
    /// A value row of this edition printed as another edition's group of rows (the 2019 （六）其他处理 written as the
    /// 2021 three rows 1. 2. 3. under it): which of them this row's cells sum is the other edition's business, so the
    /// row stays blank (DF4010) and its cells keep the rows as printed in their provenance. False when the row's
    /// text holds none of the other edition's row labels.
    /// </summary>
    private bool OtherEditionRows(RowLayout row, AnchorMatch m, int end)
    {
        var split = plan.OtherEditionSplit(row);
        if (split.Count == 0)
        {
            return false;
        }

        var keyEnd = KeyIndexAtOrAfter(end);
        var region = keyEnd > m.KeyEnd ? text.Key.Substring(m.KeyEnd, keyEnd - m.KeyEnd) : string.Empty;
        var found = split.Where(k => k.Length >= 6 && region.Contains(k.Substring(0, 8 < k.Length ? 8 : k.Length))).ToList();
        if (found.Count == 0)
        {
            return false;
        }

        fits[current!] -= 10;
        var printed = text.OriginalOf(m.NormEnd, end).Trim();
        var location = text.LocateNorm(m.NormEnd);
        foreach (var cell in row.Cells)
        {
            otherEditionCells.Add(new ImportedCell { Cell = cell, Value = null, Raw = printed, Location = location, Kind = CellReadingKind.OtherEdition });
        }

        sink.Add(ImportCodes.WrongEditionLayout, DiagnosticSeverity.Warning, row.Pointer!, location,
            ImportMessages.RowPrintedAsSeveralRows(row.Label, catalog.Edition),
            row.Cells.Select(c => c.Pointer).ToList());
        return true;
    }

    /// <summary>
    /// The material of a stretch of text (see <see cref="CellTokenizer.Read"/>), read once per text: the editions
    /// share most rows, and the material depends only on the text and these arguments.
    /// </summary>
    private RowMaterial ReadMaterial(int from, int to, int labelStart, int labelEnd, int cellCount, bool withColumns = true, bool oneCellPerLine = false)
    {
        var key = new SourceText.MaterialKey(from, to, labelStart, labelEnd, cellCount, withColumns, oneCellPerLine);
        if (!text.Materials.TryGetValue(key, out var material))
        {
            material = CellTokenizer.Read(text.Norm, from, to, labelStart, labelEnd, cellCount, withColumns ? displayColumn : null, oneCellPerLine);
            text.Materials[key] = material;
        }

        return material;
    }

    /// <summary>The display column (CJK characters count two) of a folded-text index within its line of the source.</summary>
    private int DisplayColumn(int norm)
    {
        var original = text.ToOriginal(Math.Min(norm, text.Norm.Length));
        var lineStart = original == 0 ? 0 : text.Original.LastIndexOf('\n', original - 1) + 1;
        return Rendering.ReportTextRenderer.DisplayWidth(text.Original, lineStart, original);
    }

    /// <summary>
    /// In a table written one cell per line, a row that shows one value and then empty lines has blank cells (its
    /// other rows show the layout); read alone, one value could be digits run together.
    /// </summary>
    private void ReadSingleValuesAsLines(List<Unit> units)
    {
        var lines = units.Count(u => u.Material.Mode == RowMode.Lines);
        var spaces = units.Count(u => u.Material.Mode == RowMode.Spaces && u.Material.Slots.Count > 1);
        if (lines < 2 || lines <= spaces)
        {
            return;
        }

        for (var k = 0; k < units.Count; k++)
        {
            var m = units[k].Material;
            if (m.Mode != RowMode.Spaces || m.Slots.Count != 1 || units[k].Cells.Count < 2 || text.Norm.IndexOf('\n', m.Start, m.End - m.Start) < 0)
            {
                continue;
            }

            var cells = units[k].Cells;
            var row = cells[0].Row;
            var anchor = anchors.First(a => a.Row == row);
            var match = matches[anchor];
            var coreStart = text.KeyToNorm[match.KeyStart];
            var end = Math.Min(NextMatchStart(anchor.Order), text.Norm.Length);
            var reread = ReadMaterial(coreStart, end, coreStart, match.NormEnd, cells.Count, oneCellPerLine: true);
            if (reread.Mode == RowMode.Lines)
            {
                units[k] = new Unit { Cells = cells, Pointer = units[k].Pointer, Material = reread, RegionStart = units[k].RegionStart, RegionEnd = units[k].RegionEnd, LabelEnd = units[k].LabelEnd };
            }
        }
    }

    /// <summary>
    /// In column-aligned text (PDF) a blank cell is a gap. Rows of a table that show all their cells give the column
    /// positions (where numbers end); a row with fewer numbers gets each number placed in the nearest column and a
    /// blank in the others, when that placement is clear.
    /// </summary>
    private void PlaceAlignedBlanks(List<Unit> units)
    {
        if (!units.Exists(u => u.Material.Aligned))
        {
            return; // nothing laid out in columns
        }

        static bool OneLine(RowMaterial m) => m.Slots.Select(s => s.Line).Distinct().Count() == 1;
        var references = units
            .Where(u => u.Material.Aligned && u.Material.Slots.Count == u.Cells.Count && OneLine(u.Material))
            .GroupBy(u => u.Cells[0].Row.Columns)
            .ToDictionary(g => g.Key, g => Enumerable.Range(0, g.First().Cells.Count)
                .Select(j => Median(g.Select(u => u.Material.Slots[j].EndColumn))).ToArray());
        for (var k = 0; k < units.Count; k++)
        {
            var unit = units[k];
            var m = unit.Material;
            if (!m.Aligned || m.Slots.Count >= unit.Cells.Count || !OneLine(m) || m.Slots.Any(s => s.Kind == SlotKind.Blank)
                || !references.TryGetValue(unit.Cells[0].Row.Columns, out var ends))
            {
                continue;
            }

            var tolerance = Enumerable.Range(1, ends.Length - 1).Select(j => ends[j] - ends[j - 1]).DefaultIfEmpty(4).Min() / 2.0;
            var placed = new Slot?[unit.Cells.Count];
            var column = -1;
            var ok = true;
            foreach (var slot in m.Slots)
            {
                var best = -1;
                for (var j = column + 1; j < ends.Length; j++)
                {
                    if (Math.Abs(slot.EndColumn - ends[j]) < tolerance && (best < 0 || Math.Abs(slot.EndColumn - ends[j]) < Math.Abs(slot.EndColumn - ends[best])))
                    {
                        best = j;
                    }
                }

                if (best < 0)
                {
                    ok = false;
                    break;
                }

                placed[best] = slot;
                column = best;
            }

            if (!ok)
            {
                continue;
            }

            var slots = new List<Slot>();
            var at = m.Slots[0].Start;
            foreach (var slot in placed)
            {
                slots.Add(slot ?? new Slot { Kind = SlotKind.Blank, Start = at, End = at });
                at = slot?.End ?? at;
            }

            units[k] = new Unit
            {
                Cells = unit.Cells,
                Pointer = unit.Pointer,
                Material = new RowMaterial { Slots = slots, Mode = m.Mode, Start = m.Start, End = m.End, Aligned = true },
                RegionStart = unit.RegionStart,
                RegionEnd = unit.RegionEnd,
                LabelEnd = unit.LabelEnd,
            };
        }

        static double Median(IEnumerable<int> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2.0;
        }
    }

    private void Missing(TableLayout table, AnchorMatch? heading)
    {
        fits[current!] -= 20;
        var order = anchors.First(a => a.Kind == AnchorKind.Section && a.Section?.Table == table).Order;
        sink.Add(ImportCodes.TableMissing, DiagnosticSeverity.Error, table.Pointer, heading is null ? ExpectedAt(order) : text.LocateNorm(heading.NormStart),
            ImportMessages.TableMissing(table.Label));
    }

    private void LabelVariant(AnchorMatch m, string pointer)
    {
        var written = text.OriginalOf(m.NormStart, m.NormEnd);
        sink.Add(ImportCodes.LabelVariant, DiagnosticSeverity.Info, pointer, text.LocateNorm(m.NormStart),
            ImportMessages.LabelVariant(written.Trim(), m.Anchor.Label));
    }

    /// <summary>The start of the table's number row: after the last header label of a side-by-side table; -1 when no header label is there.</summary>
    private int AfterLastHeaderLabel(TableLayout table, int regionStart, int regionEnd)
    {
        var labels = plan.HeaderLabelKeys(table);
        var keyStart = KeyIndexAtOrAfter(regionStart);
        var keyEnd = KeyIndexAtOrAfter(regionEnd);
        var last = -1;
        foreach (var label in labels)
        {
            var at = keyEnd - label.Length >= keyStart ? text.Key.LastIndexOf(label, keyEnd - 1, keyEnd - keyStart, StringComparison.Ordinal) : -1;
            if (at >= 0)
            {
                last = Math.Max(last, at + label.Length);
            }
        }

        return last > 0 ? text.KeyToNorm[last - 1] + 1 : -1;
    }
}
