using System.Globalization;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>
/// Reads the cells of every table of a catalog from a text whose anchors have been aligned: the material after each
/// row label, the label-less number row of a side-by-side table, the ways each can be split into cells, and the
/// choice among them that the format's arithmetic allows.
/// </summary>
internal sealed class TableReader
{
    private const int JointBudget = 200_000;

    private readonly SourceText text;
    private readonly LayoutCatalog catalog;
    private readonly IReadOnlyList<Anchor> anchors;
    private readonly Dictionary<Anchor, AnchorMatch> matches;
    private readonly IReadOnlyList<Identity> identities;
    private DiagnosticSink sink = new();
    private readonly decimal?[] values;
    private readonly ImportedCell?[] provenance;

    /// <summary>The tables whose rows are read but not yet chosen among, with where their diagnostics go.</summary>
    private readonly List<(List<Unit> Units, int DiagnosticsAt)> pendingSolves = [];

    private readonly Dictionary<TableLayout, double> fits = [];

    /// <summary>
    /// The cells whose rows the text prints in another edition's layout (see <see cref="OtherEditionRows"/>), blank,
    /// with what the text holds in their place; their provenance unless a reading of their own is found.
    /// </summary>
    private readonly List<ImportedCell> otherEditionCells = [];

    /// <summary>The groups of this edition printed as another edition's single value row (their rows are not missing: see DF4010).</summary>
    private readonly HashSet<RowLayout> printedAsOtherEdition = [];
    private TableLayout? current;

    private readonly ISet<string> otherEditionsValueRows;
    private readonly int[][] identitiesByCell;
    private readonly EditionPlan plan;
    private readonly Func<int, int> displayColumn;

    /// <summary>Per catalog cell, its position in the unit being split (-1 when not in it); reset after each unit.</summary>
    private readonly int[] positionInUnit;

    /// <summary>Per identity, the last unit (a stamp) it was considered for.</summary>
    private readonly int[] identityStamp;
    private int unitStamp;

    /// <param name="text">The prepared text.</param>
    /// <param name="plan">The edition's layout, anchors (in document order) and the format's sums over its cells; the
    /// label keys of value rows in the other editions' layouts (a group here that is a value row there, followed by
    /// numbers, hints at the other edition).</param>
    /// <param name="matches">Where the anchors were found.</param>
    public TableReader(SourceText text, EditionPlan plan, Dictionary<Anchor, AnchorMatch> matches)
    {
        this.plan = plan;
        otherEditionsValueRows = plan.OtherEditionsValueRows;
        this.text = text;
        catalog = plan.Catalog;
        anchors = plan.Anchors;
        this.matches = matches;
        identities = plan.Identities;
        identitiesByCell = plan.IdentitiesByCell;
        values = new decimal?[catalog.Cells.Count];
        provenance = new ImportedCell?[catalog.Cells.Count];
        positionInUnit = new int[catalog.Cells.Count];
        positionInUnit.AsSpan().Fill(-1);
        identityStamp = new int[identities.Count];
        displayColumn = DisplayColumn;
    }

    /// <summary>
    /// The tables read so far, each with its diagnostics, its units (null when not found), the amount units of its
    /// blocks and whether its units have been split.
    /// </summary>
    private readonly Dictionary<TableLayout, ReadTableState> readTables = [];

    private bool decisiveScored;
    private TableReadResult? result;

    private sealed class ReadTableState(DiagnosticSink sink, List<Unit>? units, Dictionary<int, decimal>? bareUnits)
    {
        public DiagnosticSink Sink { get; } = sink;

        public List<Unit>? Units { get; } = units;

        public Dictionary<int, decimal>? BareUnits { get; } = bareUnits;

        public bool Split { get; set; }
    }

    /// <summary>
    /// Reads the decisive table (the largest) without splitting its rows into cells and returns the most the text
    /// can fit it: splitting a row adds at most 2 (see <see cref="SplitUnit"/>), so <see cref="ReadDecisive"/> is at
    /// most this.
    /// </summary>
    public double DecisiveHigh()
    {
        var decisive = plan.DecisiveTable;
        StartFits();
        if (!readTables.TryGetValue(decisive, out var state))
        {
            state = ReadOne(decisive, split: false);
        }

        if (decisiveScored)
        {
            return fits[decisive];
        }

        var scores = 0.0;
        foreach (var m in matches.Values)
        {
            if (m.Anchor.Kind is AnchorKind.Row or AnchorKind.Group && m.Anchor.Table == decisive)
            {
                scores += m.Score;
            }
        }

        var units = state.Split ? 0 : state.Units?.Count ?? 0;
        return fits[decisive] + (2 * units) + scores;
    }

    /// <summary>
    /// Reads only the decisive table (the largest) and returns how well the text fits it: the same value as the
    /// <see cref="TableReadResult.DecisiveFit"/> of <see cref="Read"/>, which then reads the other tables.
    /// </summary>
    public double ReadDecisive()
    {
        var decisive = plan.DecisiveTable;
        StartFits();
        if (!readTables.TryGetValue(decisive, out var state))
        {
            state = ReadOne(decisive, split: true);
        }

        SplitUnits(decisive, state);
        if (!decisiveScored)
        {
            decisiveScored = true;
            foreach (var m in matches.Values)
            {
                if (m.Anchor.Kind is AnchorKind.Row or AnchorKind.Group && m.Anchor.Table == decisive)
                {
                    fits[decisive] += m.Score;
                }
            }
        }

        return fits[decisive];
    }

    public TableReadResult Read()
    {
        if (result is not null)
        {
            return result;
        }

        StartFits();
        foreach (var table in catalog.Tables)
        {
            if (!readTables.TryGetValue(table, out var state))
            {
                ReadOne(table, split: true);
            }
            else
            {
                SplitUnits(table, state);
            }
        }

        // Each table's diagnostics in the catalog's order, whichever table was read first.
        var found = 0;
        sink = new DiagnosticSink();
        foreach (var table in catalog.Tables)
        {
            var state = readTables[table];
            var units = state.Units;
            sink.Items.AddRange(state.Sink.Items);
            if (units is not null)
            {
                found++;
                pendingSolves.Add((units, sink.Items.Count));
            }
        }

        var decisive = plan.DecisiveTable;
        foreach (var m in matches.Values.Where(m => m.Anchor.Kind is AnchorKind.Row or AnchorKind.Group))
        {
            if (!decisiveScored || m.Anchor.Table != decisive)
            {
                fits[m.Anchor.Table!] += m.Score;
            }
        }

        // The applications table (the largest) tells the editions apart by its （六） rows where the Article-20 table
        // is not complete in one edition (see ReportTextImporter's DecidedByBlocks); local templates mix columns
        // there, so otherwise it only breaks ties.
        return result = new TableReadResult(Complete)
        {
            Fit = fits.Values.Sum(),
            DecisiveFit = fits[decisive],
            TablesFound = found,
        };
    }

    /// <summary>Every table's fit starts at zero, in the catalog's order (the order they are summed in).</summary>
    private void StartFits()
    {
        if (fits.Count == 0)
        {
            foreach (var table in catalog.Tables)
            {
                fits[table] = 0;
            }
        }
    }

    private ReadTableState ReadOne(TableLayout table, bool split)
    {
        current = table;
        sink = new DiagnosticSink();
        var (units, bareUnits) = ReadTable(table);
        var state = new ReadTableState(sink, units, bareUnits);
        readTables[table] = state;
        if (split)
        {
            SplitUnits(table, state);
        }

        return state;
    }

    /// <summary>Splits the units of a table that was read (once), its diagnostics after those about its rows.</summary>
    private void SplitUnits(TableLayout table, ReadTableState state)
    {
        if (state.Split)
        {
            return;
        }

        state.Split = true;
        if (state.Units is null)
        {
            return;
        }

        current = table;
        sink = state.Sink;
        foreach (var unit in state.Units)
        {
            SplitUnit(unit, state.BareUnits!);
        }
    }

    /// <summary>
    /// Chooses among the readings of every table read (see <see cref="Solve"/>), placing each table's diagnostics
    /// about its cells right after those about its rows.
    /// </summary>
    private (decimal?[] Values, List<ImportedCell> Provenance, DiagnosticSink Diagnostics) Complete()
    {
        var read = sink;
        var final = new DiagnosticSink();
        var cursor = 0;
        sink = final;
        foreach (var (units, at) in pendingSolves)
        {
            for (; cursor < at; cursor++)
            {
                final.Items.Add(read.Items[cursor]);
            }

            Solve(units);
        }

        for (; cursor < read.Items.Count; cursor++)
        {
            final.Items.Add(read.Items[cursor]);
        }

        pendingSolves.Clear();
        foreach (var cell in otherEditionCells)
        {
            provenance[cell.Cell.Index] ??= cell;
        }

        var count = 0;
        foreach (var cell in provenance)
        {
            count += cell is null ? 0 : 1;
        }

        var cells = new List<ImportedCell>(count);
        foreach (var cell in provenance)
        {
            if (cell is not null)
            {
                cells.Add(cell);
            }
        }

        return (values, cells, final);
    }

    /// <summary>The unit of cells read from one stretch of text, with its candidate readings.</summary>
    private sealed class Unit
    {
        public required IReadOnlyList<CellLayout> Cells { get; init; }

        public required string Pointer { get; init; }

        public required RowMaterial Material { get; init; }

        public List<Reading> Readings { get; set; } = [];

        public SplitOutcome Outcome { get; set; }

        public int Structural { get; set; }

        public bool LocalArithmeticFailed { get; set; }

        /// <summary>Where the row's text starts (its label), ends (the next label) and where its label ends; -1 when not a labelled row.</summary>
        public int RegionStart { get; init; } = -1;

        public int RegionEnd { get; init; } = -1;

        public int LabelEnd { get; init; } = -1;

        /// <summary>For rows whose labels stand apart from their number lines: the rows and the lines (see <see cref="FindDetachedRows"/>).</summary>
        public DetachedRows? Detached { get; init; }
    }

    /// <summary>
    /// Rows whose labels were printed apart from their numbers (labels before a run of unlabelled number lines, or a
    /// label with several number lines after it): which line is whose is not written, so every assignment of lines to
    /// rows is a candidate reading and the format's arithmetic must prove one.
    /// </summary>
    private sealed class DetachedRows(List<Unit> rows, List<(int Start, int End)> lines)
    {
        public List<Unit> Rows { get; } = rows;

        public List<(int Start, int End)> Lines { get; } = lines;
    }

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
                            $"The row '{row.LabelPathText}' was not found; its cells are blank.",
                            $"未找到行“{row.LabelPathText}”，其单元格为空。");
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
                                $"Values after '{row.Label}' belong to no row of the format; they were not read.",
                                $"“{row.Label}”之后的数值不属于格式中的任何一行，未读取。");
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
                $"Values follow '{group.Label}', which has no cells of its own in the {Edition} edition (it has in another edition); they were not read.",
                $"“{group.Label}”在{EditionZh}中本身没有单元格（在另一版格式中有），其后的数值未读取。");
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
            $"'{group.Label}' is printed as one row ('{printed}'), as in another edition; in the {Edition} edition it is the rows {names}, which are not printed and were left blank. The single row is kept in their cells' provenance.",
            $"“{group.Label}”按另一版格式印为一行（“{printed}”）；{EditionZh}中该项分为“{names}”各行，文本未列出，其单元格为空。该行内容保留在这些单元格的来源信息中。",
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
            $"'{row.Label}' is printed as several rows, as in another edition; in the {Edition} edition it is one row, which is not printed: its cells were left blank and the rows as printed are kept in their provenance.",
            $"“{row.Label}”按另一版格式分为多行印出；{EditionZh}中该项为一行，文本未列出，其单元格为空。所印各行保留在这些单元格的来源信息中。",
            row.Cells.Select(c => c.Pointer).ToList());
        return true;
    }

    /// <summary>The edition of the catalog read.</summary>
    public ReportEdition CatalogEdition => catalog.Edition;

    /// <summary>
    /// Whether, at the block captions found for this edition, some block's printed header is not the header of the
    /// same block (by caption) in <paramref name="other"/>'s layout.
    /// </summary>
    public bool SomeBlockHeaderDiffers(EditionPlan other)
    {
        if (plan.BlockTable is not { } table || other.BlockTable is not { } otherTable)
        {
            return false;
        }

        foreach (var group in table.Rows)
        {
            if (group.Cells.Count > 0 || group.Columns.Count == 0 || BlockHeader(group) is not { } header || header.Header.Length < 4)
            {
                continue;
            }

            var key = plan.HeaderLabelKey(group);
            foreach (var otherGroup in otherTable.Rows)
            {
                if (otherGroup.Cells.Count == 0 && otherGroup.Columns.Count > 0 && other.HeaderLabelKey(otherGroup) == key
                    && HeaderSimilarity(other.HeaderKey(otherGroup), header.Header) < 0.6)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The printed header of a block (the key of the text from its caption to the next anchor, at most 80), with where it ends; null when its caption was not found.</summary>
    private (AnchorMatch Caption, string Header, int HeaderEnd)? BlockHeader(RowLayout group)
    {
        var anchor = anchors.FirstOrDefault(a => a.Row == group);
        if (anchor is null || !matches.TryGetValue(anchor, out var caption))
        {
            return null;
        }

        var next = NextMatch(anchor.Order);
        var headerEnd = next?.KeyStart ?? text.Key.Length;
        var header = text.Key.Substring(caption.KeyEnd, Math.Max(0, Math.Min(80, headerEnd - caption.KeyEnd)));
        return (caption, header, headerEnd);
    }

    /// <summary>
    /// How alike a block's printed header is to the expected one: their longest common subsequence over the longer
    /// length, or, for the same characters in another order (the header's words split over lines), their common
    /// characters.
    /// </summary>
    private static double HeaderSimilarity(string expected, string header)
    {
        var similarity = Lcs(expected, header) / (double)Math.Max(expected.Length, header.Length);
        if (similarity < 0.6 && SameCharacters(expected, header) is var same && same >= 0.9)
        {
            similarity = same;
        }

        return similarity;
    }

    /// <summary>
    /// How the text's table drawn in blocks (the Article-20 table) reads in this edition: whether it is found with
    /// every row and every block header of this edition, and whether some block is printed with other columns.
    /// </summary>
    public (bool Clean, bool OtherColumns) BlockTableReading()
    {
        if (plan.BlockTable is not { } table)
        {
            return (false, false);
        }

        StartFits();
        if (!readTables.TryGetValue(table, out var state))
        {
            var saved = sink;
            state = ReadOne(table, split: false);
            sink = saved;
        }

        var otherColumns = false;
        var clean = state.Units is not null;
        foreach (var d in state.Sink.Items)
        {
            otherColumns |= d.Code == ImportCodes.WrongEditionLayout;
            clean &= d.Code is not (ImportCodes.RowMissing or ImportCodes.WrongEditionLayout or ImportCodes.UnmatchedValues or ImportCodes.TableMissing);
        }

        return (clean, otherColumns);
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
                "The number lines of these rows, printed apart from their labels, can be assigned to the rows in too many ways to examine; their cells were left blank.",
                "这些行的数字与行标题分开排印，可对应的方式过多，未能逐一检查，单元格为空。",
                unit.Cells.Select(c => c.Pointer).ToList());
            return;
        }

        unit.Outcome = results.Count > 0 ? SplitOutcome.Read : SplitOutcome.Unreadable;
        unit.Readings = results;
        unit.Structural = results.Count;
        if (results.Count == 0)
        {
            sink.Add(ImportCodes.CellUnreadable, DiagnosticSeverity.Warning, unit.Pointer, location,
                $"The number lines after these rows' labels ('{Excerpt(unit.Material)}') cannot be read as their cells; they were left blank.",
                $"这些行标题之后的数字行（“{Excerpt(unit.Material)}”）无法读作其单元格，单元格未读取。",
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

    private string Edition => catalog.Edition == ReportEdition.Edition2019 ? "2019" : "2021";

    private string EditionZh => catalog.Edition == ReportEdition.Edition2019 ? "2019 年版格式" : "2021 年版格式";

    /// <summary>
    /// For tables drawn in blocks with their own header (the Article-20 table): checks each block's printed column
    /// headers against the catalog (a block printed with another edition's columns is left blank) and reads the unit
    /// of amounts from the header (<c>（万元）</c>, <c>（元）</c>).
    /// </summary>
    private Dictionary<int, decimal> BlockUnits(TableLayout table)
    {
        var units = new Dictionary<int, decimal>();
        foreach (var group in table.Rows.Where(r => r.Cells.Count == 0 && r.Columns.Count > 0))
        {
            if (BlockHeader(group) is not var (caption, header, headerEnd))
            {
                continue;
            }

            var expected = plan.HeaderKey(group);
            if (header.Length >= 4)
            {
                var similarity = HeaderSimilarity(expected, header);
                if (similarity < 0.6)
                {
                    fits[current!] -= expected.Length;
                    foreach (var row in group.Children.Where(r => r.Cells.Count > 0))
                    {
                        foreach (var cell in row.Cells)
                        {
                            units[cell.Index] = -1m; // do not read: the block has other columns
                        }
                    }

                    var headerText = SourceText.FoldString(text.OriginalOf(text.KeyToNorm[caption.KeyEnd], headerEnd < text.KeyToNorm.Length ? text.KeyToNorm[headerEnd] : text.Norm.Length));
                    sink.Add(ImportCodes.WrongEditionLayout, DiagnosticSeverity.Warning, group.Children.FirstOrDefault()?.Pointer ?? table.Pointer,
                        text.LocateNorm(text.KeyToNorm[caption.KeyEnd]),
                        $"The block '{group.Label}' is printed with the columns '{headerText.Trim()}', not those of the {Edition} edition ({string.Join(" / ", group.Columns.Select(c => c.Label))}); its cells were left blank.",
                        $"“{group.Label}”的表头为“{headerText.Trim()}”，不是{EditionZh}的栏目（{string.Join("／", group.Columns.Select(c => c.Label))}），其单元格未读取。",
                        group.Children.SelectMany(r => r.Cells).Select(c => c.Pointer).ToList());
                    continue;
                }

                fits[current!] += expected.Length * similarity;
            }

            var unit = header.Contains("万元") ? 10000m : header.Contains("元") ? 1m : 0m;
            if (unit > 0)
            {
                foreach (var row in group.Children.Where(r => r.Cells.Count > 0))
                {
                    foreach (var cell in row.Cells.Where(c => c.ValueKind == CellValueKind.Amount))
                    {
                        units[cell.Index] = unit;
                    }
                }
            }
        }

        return units;
    }

    private void SplitUnit(Unit unit, Dictionary<int, decimal> bareUnits)
    {
        if (unit.Detached is { } run)
        {
            if (InOtherColumns(unit.Cells, bareUnits))
            {
                unit.Outcome = SplitOutcome.Unreadable;
                unit.Readings = [];
                return;
            }

            SplitDetached(unit, run, bareUnits);
            return;
        }

        if (InOtherColumns(unit.Cells, bareUnits))
        {
            unit.Outcome = SplitOutcome.Unreadable;
            unit.Readings = [];
            return; // block printed with another edition's columns (reported once per block)
        }

        var amountUnits = new decimal[unit.Cells.Count];
        for (var i = 0; i < amountUnits.Length; i++)
        {
            var c = unit.Cells[i];
            amountUnits[i] = bareUnits.TryGetValue(c.Index, out var u) ? u : LayoutShape.AmountUnit(c.Column);
        }

        var local = LocalIdentitiesOf(unit.Cells);
        var (outcome, readings, broken) = Splitter.Enumerate(unit.Material, unit.Cells, amountUnits, local, Splitter.NodeBudget, text.Splits);
        unit.Outcome = outcome;
        unit.LocalArithmeticFailed = broken;
        unit.Structural = broken ? readings.Count : CountStructural(unit, amountUnits, readings.Count, local.Count, text.Splits);
        unit.Readings = readings;
        if (outcome == SplitOutcome.Read)
        {
            fits[current!] += 2;
            return;
        }

        var location = unit.Material.Slots.Count > 0 ? text.LocateNorm(unit.Material.Slots[0].Start) : text.LocateNorm(unit.Material.Start);
        switch (outcome)
        {
            case SplitOutcome.TooManyValues:
                fits[current!] -= 5;
                sink.Add(ImportCodes.TooManyValues, DiagnosticSeverity.Warning, unit.Pointer, location,
                    $"More values are written than the {unit.Cells.Count} cells of this row; its cells were left blank.",
                    $"该行写出的数值多于其 {unit.Cells.Count} 个单元格，单元格未读取。");
                break;
            case SplitOutcome.Capped:
                sink.Add(ImportCodes.SplitSearchCapped, DiagnosticSeverity.Warning, unit.Pointer, location,
                    "The digits of this row allow too many splits to examine; its cells were left blank.",
                    "该行数字可拆分的方式过多，未能逐一检查，单元格未读取。");
                break;
            default:
                fits[current!] -= 2;
                sink.Add(ImportCodes.CellUnreadable, DiagnosticSeverity.Warning, unit.Pointer, location,
                    $"What is written for this row ('{Excerpt(unit.Material)}') cannot be read as its cells; they were left blank.",
                    $"该行所写内容（“{Excerpt(unit.Material)}”）无法读作其单元格，单元格未读取。");
                break;
        }
    }

    /// <summary>Whether some of the cells are in a block printed with another edition's columns (a negative bare unit).</summary>
    private static bool InOtherColumns(IReadOnlyList<CellLayout> cells, Dictionary<int, decimal> bareUnits)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (bareUnits.TryGetValue(cells[i].Index, out var u) && u < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many splits there are without the arithmetic (for the diagnostic); only counted when it mattered.</summary>
    private static int CountStructural(Unit unit, IReadOnlyList<decimal> amountUnits, int kept, int identities,
        Dictionary<Splitter.SplitKey, (SplitOutcome, List<Reading>, bool)> splits)
    {
        if (identities == 0 || kept != 1)
        {
            return kept;
        }

        // Where every piece must stand for its fewest cells, there is one split at most (leading zeros are cells of
        // their own, the rest is one number): no need to count.
        var splittable = false;
        var fewest = 0;
        foreach (var s in unit.Material.Slots)
        {
            splittable |= s.Kind == SlotKind.Number && s.MaxCells != 1;
            fewest += s.MinCells;
        }

        if (!splittable || fewest == unit.Cells.Count)
        {
            return kept;
        }

        var (outcome, all, _) = Splitter.Enumerate(unit.Material, unit.Cells, amountUnits, [], 20_000, splits);
        return outcome == SplitOutcome.Capped ? int.MaxValue : Math.Max(all.Count, kept);
    }

    /// <summary>The plan's <see cref="EditionPlan.LocalIdentities"/> of a list of cells, found on first use.</summary>
    private IReadOnlyList<(int[] Positions, int[] Coefficients)> LocalIdentitiesOf(IReadOnlyList<CellLayout> cells) =>
        plan.LocalIdentities.TryGetValue(cells, out var local) ? local : plan.LocalIdentities.GetOrAdd(cells, LocalIdentities);

    /// <summary>The identities all of whose cells are among <paramref name="cells"/>, in rule-set order, as positions within them.</summary>
    private IReadOnlyList<(int[] Positions, int[] Coefficients)> LocalIdentities(IReadOnlyList<CellLayout> cells)
    {
        var local = new List<(int[] Positions, int[] Coefficients)>();
        if (identities.Count == 0)
        {
            return local;
        }

        unitStamp++;
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            positionInUnit[cells[i].Index] = i; // the first position of a cell wins
        }

        List<int>? candidates = null;
        foreach (var cell in cells)
        {
            foreach (var id in identitiesByCell[cell.Index])
            {
                if (identityStamp[id] != unitStamp)
                {
                    identityStamp[id] = unitStamp;
                    (candidates ??= []).Add(id);
                }
            }
        }

        if (candidates is not null)
        {
            candidates.Sort();
            foreach (var id in candidates)
            {
                var identity = identities[id];
                var positions = new int[identity.Cells.Length];
                var all = true;
                for (var k = 0; k < positions.Length; k++)
                {
                    var cell = identity.Cells[k];
                    positions[k] = cell >= 0 && cell < positionInUnit.Length ? positionInUnit[cell] : -1;
                    if (positions[k] < 0)
                    {
                        all = false;
                        break;
                    }
                }

                if (all)
                {
                    local.Add((positions, identity.Coefficients));
                }
            }
        }

        foreach (var cell in cells)
        {
            positionInUnit[cell.Index] = -1;
        }

        return local;
    }

    /// <summary>
    /// Chooses, across the rows of a table, the readings that break the fewest of the format's sums (all of them
    /// hold in a correct report). A cell whose value differs between equally good choices is left blank.
    /// </summary>
    private void Solve(List<Unit> units)
    {
        if (!units.Exists(u => u.Readings.Count > 1))
        {
            // Nothing to choose: every row is committed as read (what the joint search below keeps for it).
            foreach (var unit in units)
            {
                Commit(unit, unit.Readings, false, false);
            }

            return;
        }

        var ambiguous = units.Where(u => u.Readings.Count > 1).OrderBy(u => u.Readings.Count).ToList();
        var cellUnit = new Dictionary<int, (Unit Unit, int Position)>();
        if (ambiguous.Count > 0)
        {
            foreach (var unit in units)
            {
                for (var i = 0; i < unit.Cells.Count; i++)
                {
                    cellUnit[unit.Cells[i].Index] = (unit, i);
                }
            }
        }

        var orderOf = new Dictionary<Unit, int>();
        for (var i = 0; i < ambiguous.Count; i++)
        {
            orderOf[ambiguous[i]] = i;
        }

        var chosen = new int[ambiguous.Count];
        var optimal = ambiguous.Select(_ => new HashSet<int>()).ToArray();
        var best = int.MaxValue;
        var capped = false;
        var nodes = 0;

        if (ambiguous.Count > 0)
        {
            // Identities that involve an ambiguous unit, checked when the last of their ambiguous units is chosen.
            var checkAt = ambiguous.Select(_ => new List<Identity>()).ToArray();
            foreach (var id in identities)
            {
                if (!id.Cells.All(cellUnit.ContainsKey))
                {
                    continue;
                }

                var units2 = id.Cells.Select(c => cellUnit[c].Unit).Distinct().ToList();
                if (units2.Count < 2 && units2[0].Readings.Count > 1 && !units2[0].LocalArithmeticFailed && units2[0].Detached is null)
                {
                    continue; // already applied when the unit was read
                }

                var last = units2.Where(orderOf.ContainsKey).Select(u => orderOf[u]).DefaultIfEmpty(-1).Max();
                if (last >= 0)
                {
                    checkAt[last].Add(id);
                }
            }

            decimal? Value(int cell)
            {
                var (unit, position) = cellUnit[cell];
                if (unit.Readings.Count == 0)
                {
                    return null;
                }

                var reading = orderOf.TryGetValue(unit, out var o) ? unit.Readings[chosen[o]] : unit.Readings[0];
                return reading.Values[position];
            }

            void Walk(int depth, int violations)
            {
                if (capped || violations > best)
                {
                    return;
                }

                if (depth == ambiguous.Count)
                {
                    if (violations < best)
                    {
                        best = violations;
                        foreach (var set in optimal) set.Clear();
                    }

                    for (var i = 0; i < chosen.Length; i++)
                    {
                        optimal[i].Add(chosen[i]);
                    }

                    return;
                }

                for (var c = 0; c < ambiguous[depth].Readings.Count; c++)
                {
                    if (++nodes > JointBudget)
                    {
                        capped = true;
                        return;
                    }

                    chosen[depth] = c;
                    var v = violations;
                    foreach (var id in checkAt[depth])
                    {
                        if (id.Holds(Value) == false) v++;
                    }

                    Walk(depth + 1, v);
                }
            }

            Walk(0, 0);
        }

        var unproven = Unproven(ambiguous, orderOf, optimal, cellUnit, capped || best != 0);
        foreach (var unit in units)
        {
            var index = orderOf.TryGetValue(unit, out var o) ? o : -1;
            List<Reading> kept;
            if (unit.Readings.Count == 0)
            {
                kept = [];
            }
            else if (index < 0)
            {
                kept = unit.Readings;
            }
            else if (capped || (unit.Detached is not null && best > 0) || unproven.Contains(unit)
                     || unit.Detached is { } run && run.Lines.Count > run.Rows.Count)
            {
                // Rows placed only by the arithmetic are proven only by a reading that keeps every sum, each of them
                // checked; and never where there are more number lines than rows: the lines left over belong to rows
                // whose labels were not found, so a sum that leaving one line out keeps may be a published error.
                kept = unit.Readings;
            }
            else
            {
                kept = optimal[index].OrderBy(i => i).Select(i => unit.Readings[i]).ToList();
            }

            Commit(unit, kept, capped && index >= 0, best > 0 && best != int.MaxValue && index >= 0);
        }

        if (capped)
        {
            sink.Add(ImportCodes.SplitSearchCapped, DiagnosticSeverity.Warning, units[0].Pointer, text.LocateNorm(units[0].Material.Start),
                "The combined search over the table's run-together rows reached its bound; the undecided cells were left blank.",
                "对该表各行拆分方式的联合检查达到上限，未能确定的单元格为空。");
        }
    }

    /// <summary>
    /// The detached rows (see <see cref="DetachedRows"/>) whose best assignment is not proven: some sum over their
    /// cells cannot be checked, because a cell in it is blank, undecided or in a row that was not found. Such a sum
    /// could be the one another assignment keeps and this one breaks (a published error hidden by a blank elsewhere):
    /// only sums that are checked prove anything. Undecided rows make the sums they are in unchecked, so this is
    /// repeated until nothing changes.
    /// </summary>
    private HashSet<Unit> Unproven(List<Unit> ambiguous, Dictionary<Unit, int> orderOf, HashSet<int>[] optimal,
        Dictionary<int, (Unit Unit, int Position)> cellUnit, bool allKept)
    {
        var unproven = new HashSet<Unit>();
        if (allKept || !ambiguous.Exists(u => u.Detached is not null))
        {
            return unproven;
        }

        decimal? Known(int cell)
        {
            if (!cellUnit.TryGetValue(cell, out var at) || at.Unit.Readings.Count == 0)
            {
                return null;
            }

            var (unit, position) = at;
            IEnumerable<Reading> readings = !orderOf.TryGetValue(unit, out var o) ? [unit.Readings[0]]
                : unproven.Contains(unit) ? unit.Readings : optimal[o].Select(i => unit.Readings[i]);
            decimal? value = null;
            var first = true;
            foreach (var reading in readings)
            {
                if (first)
                {
                    value = reading.Values[position];
                    first = false;
                }
                else if (reading.Values[position] != value)
                {
                    return null;
                }
            }

            return value;
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var unit in ambiguous)
            {
                if (unit.Detached is null || unproven.Contains(unit))
                {
                    continue;
                }

                foreach (var cell in unit.Cells)
                {
                    if (Array.Exists(identitiesByCell[cell.Index], id => identities[id].Holds(Known) is null))
                    {
                        unproven.Add(unit);
                        changed = true;
                        break;
                    }
                }
            }
        }

        return unproven;
    }

    private void Commit(Unit unit, List<Reading> kept, bool capped, bool arithmeticBroken)
    {
        var slots = unit.Material.Slots;
        string? rawAllText = null;
        Diagnostics.SourceLocation? firstLocationAt = null;
        string RawAll() => rawAllText ??= slots.Count > 0 ? text.OriginalOf(slots[0].Start, slots[slots.Count - 1].End) : string.Empty;
        Diagnostics.SourceLocation FirstLocation() => firstLocationAt ??= slots.Count > 0 ? text.LocateNorm(slots[0].Start) : text.LocateNorm(unit.Material.Start);
        if (kept.Count == 0)
        {
            foreach (var cell in unit.Cells)
            {
                values[cell.Index] = null;
                provenance[cell.Index] = new ImportedCell
                {
                    Cell = cell, Value = null, Raw = RawAll(), Location = FirstLocation(),
                    Kind = unit.Outcome == SplitOutcome.Read ? CellReadingKind.Missing : CellReadingKind.Unreadable,
                };
            }

            return;
        }

        var ambiguousCells = new List<CellLayout>();
        for (var i = 0; i < unit.Cells.Count; i++)
        {
            var cell = unit.Cells[i];
            var distinct = kept.Count == 1 ? null : DistinctValues(kept, i);
            if (distinct is null || distinct.Count == 1)
            {
                var reading = kept[0];
                var (start, end) = reading.Spans[i];
                var value = distinct is null ? reading.Values[i] : distinct[0];
                values[cell.Index] = value;
                provenance[cell.Index] = new ImportedCell
                {
                    Cell = cell,
                    Value = value,
                    Raw = text.OriginalOf(start, end),
                    Location = text.LocateNorm(start),
                    Kind = reading.Kinds[i],
                };

                if (reading.Kinds[i] == CellReadingKind.NoneMarker)
                {
                    sink.Add(ImportCodes.NoneMarkerAsZero, DiagnosticSeverity.Info, cell.Pointer, text.LocateNorm(start),
                        $"'{text.OriginalOf(start, end)}' was read as 0.", $"“{text.OriginalOf(start, end)}”按 0 读取。");
                }

                if (reading.Units[i] is ("元" or "万元") && cell.ValueKind == CellValueKind.Amount && reading.Units[i] != (LayoutShape.AmountUnit(cell.Column) == 1m ? "元" : "万元"))
                {
                    sink.Add(ImportCodes.UnitConverted, DiagnosticSeverity.Info, cell.Pointer, text.LocateNorm(start),
                        $"'{text.OriginalOf(start, end)}' was converted to {value?.ToString(CultureInfo.InvariantCulture)} in the unit of '{cell.Column.Label}'.",
                        $"“{text.OriginalOf(start, end)}”已换算为“{cell.Column.Label}”的单位：{value?.ToString(CultureInfo.InvariantCulture)}。");
                }
            }
            else
            {
                ambiguousCells.Add(cell);
                values[cell.Index] = null;
                provenance[cell.Index] = new ImportedCell
                {
                    Cell = cell,
                    Value = null,
                    Raw = RawAll(),
                    Location = FirstLocation(),
                    Kind = CellReadingKind.Ambiguous,
                    Candidates = distinct,
                };
            }
        }

        var count = 0;
        foreach (var kind in kept[0].Kinds)
        {
            if (kind == CellReadingKind.Missing) count++;
        }

        if (count > 0 && unit.Detached is null)
        {
            var missing = MissingCells(unit.Cells, kept[0], ambiguousCells);
            sink.Add(ImportCodes.MissingValues, count == unit.Cells.Count ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning, unit.Pointer, FirstLocation(),
                count == unit.Cells.Count
                    ? "No value is written for this row; its cells are blank."
                    : $"This row has {unit.Cells.Count - count} values for {unit.Cells.Count} cells; {count} cell(s) are blank.",
                count == unit.Cells.Count
                    ? "该行未写任何数值，单元格为空。"
                    : $"该行 {unit.Cells.Count} 个单元格只写了 {unit.Cells.Count - count} 个数值，{count} 个单元格为空。",
                missing.Select(c => c.Pointer).ToList());
        }

        if (unit.Detached is { } run)
        {
            var labels = string.Join("、", run.Rows.Select(r => r.Cells[0].Row.Label));
            var lines = string.Join(" / ", run.Lines.Select(l => text.OriginalOf(l.Start, l.End).Trim()));
            if (ambiguousCells.Count > 0)
            {
                var shown = kept.Take(8).Select(r => r.Describe()).ToList();
                var more = kept.Count > shown.Count ? $" (+{kept.Count - shown.Count} more)" : string.Empty;
                sink.Add(ImportCodes.RowsByPosition, DiagnosticSeverity.Warning, ambiguousCells[0].Pointer, FirstLocation(),
                    $"The rows {labels} are printed apart from their numbers ({lines}); the format's sums allow {kept.Count} assignments of the numbers to the rows: {string.Join(", ", shown)}{more}. The {ambiguousCells.Count} undecided cell(s) were left blank.",
                    $"行“{labels}”与其数字（{lines}）分开排印；按格式的勾稽关系，数字与行有 {kept.Count} 种对应方式：{string.Join("，", shown)}{(more.Length > 0 ? $"（另有 {kept.Count - shown.Count} 种）" : string.Empty)}。未能确定的 {ambiguousCells.Count} 个单元格为空。",
                    ambiguousCells.Select(c => c.Pointer).ToList());
            }
            else
            {
                sink.Add(ImportCodes.RowsByPosition, DiagnosticSeverity.Info, unit.Pointer, FirstLocation(),
                    $"The rows {labels} are printed apart from their numbers ({lines}); {(unit.Structural > 1 ? $"of {unit.Structural} ways to assign the numbers to the rows, only one agrees with the format's sums" : "the numbers can be assigned to the rows in one way only")}.",
                    $"行“{labels}”与其数字（{lines}）分开排印；{(unit.Structural > 1 ? $"数字与行的 {unit.Structural} 种对应方式中，只有一种符合格式的勾稽关系" : "数字与行只有一种对应方式")}。");
            }

            return;
        }

        if (ambiguousCells.Count > 0)
        {
            var shown = kept.Take(8).Select(r => r.Describe()).ToList();
            var more = kept.Count > shown.Count ? $" (+{kept.Count - shown.Count} more)" : string.Empty;
            var why = arithmeticBroken ? " No split satisfies every sum of the format." : string.Empty;
            var whyZh = arithmeticBroken ? "没有任何拆分能满足格式的全部勾稽关系。" : string.Empty;
            sink.Add(ImportCodes.AmbiguousSplit, DiagnosticSeverity.Warning, ambiguousCells[0].Pointer, FirstLocation(),
                $"'{RawAll()}' can be read as {kept.Count} different rows: {string.Join(", ", shown)}{more}.{why} The {ambiguousCells.Count} undecided cell(s) were left blank.",
                $"“{RawAll()}”可读作 {kept.Count} 种不同的行：{string.Join("，", shown)}{(more.Length > 0 ? $"（另有 {kept.Count - shown.Count} 种）" : string.Empty)}。{whyZh}未能确定的 {ambiguousCells.Count} 个单元格为空。",
                ambiguousCells.Select(c => c.Pointer).ToList());
        }
        else if (unit.LocalArithmeticFailed && kept.Count == 1 && kept[0].Kinds.Contains(CellReadingKind.Split))
        {
            sink.Add(ImportCodes.RunTogetherSumsFail, DiagnosticSeverity.Warning, unit.Pointer, FirstLocation(),
                $"'{RawAll()}' fills the row's cells only as {kept[0].Describe()}, which breaks the row's sums: either the report published a wrong figure or a blank cell is hidden in the run. The figures are kept as read.",
                $"“{RawAll()}”只能读作 {kept[0].Describe()}，而这不符合该行的勾稽关系：或是报告公布的数字有误，或是其中夹有空白单元格。数字按所读保留。");
        }
        else if (unit.Structural > 1 && !capped)
        {
            sink.Add(ImportCodes.SplitRecovered, arithmeticBroken ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info, unit.Pointer, FirstLocation(),
                $"'{RawAll()}' was split as {kept[0].Describe()}: the only one of {Count(unit.Structural)} possible splits {(arithmeticBroken ? "that breaks the fewest sums of the format" : "that agrees with the format's sums")}.",
                $"“{RawAll()}”拆分为 {kept[0].Describe()}：{CountZh(unit.Structural)}种可能拆分中{(arithmeticBroken ? "违反勾稽关系最少" : "唯一符合勾稽关系")}的一种。");
        }
    }

    /// <summary>The values the readings give a cell, each once, in the order first given.</summary>
    private static List<decimal?> DistinctValues(List<Reading> readings, int cell) => readings.Select(r => r.Values[cell]).Distinct().ToList();

    /// <summary>The cells a reading leaves out (missing), except those left undecided.</summary>
    private static List<CellLayout> MissingCells(IReadOnlyList<CellLayout> cells, Reading reading, List<CellLayout> undecided) =>
        cells.Where((c, i) => reading.Kinds[i] == CellReadingKind.Missing && !undecided.Contains(c)).ToList();

    private static string Count(int n) => n == int.MaxValue ? "many" : n.ToString(CultureInfo.InvariantCulture);

    private static string CountZh(int n) => n == int.MaxValue ? "众多" : n.ToString(CultureInfo.InvariantCulture) + " ";

    private static string Excerpt(RowMaterial material) => material.Slots.Count == 0
        ? string.Empty
        : string.Join(" ", material.Slots.Take(12).Select(s => s.Kind == SlotKind.Blank ? "∅" : (s.Sign == '\0' ? string.Empty : s.Sign.ToString()) + s.Digits + (s.Fraction is null ? string.Empty : "." + s.Fraction) + s.Unit));

    private void Missing(TableLayout table, AnchorMatch? heading)
    {
        fits[current!] -= 20;
        var order = anchors.First(a => a.Kind == AnchorKind.Section && a.Section?.Table == table).Order;
        sink.Add(ImportCodes.TableMissing, DiagnosticSeverity.Error, table.Pointer, heading is null ? ExpectedAt(order) : text.LocateNorm(heading.NormStart),
            $"The table '{table.Label}' was not found; its cells are blank.",
            $"未找到表格“{table.Label}”，其单元格为空。");
    }

    private void LabelVariant(AnchorMatch m, string pointer)
    {
        var written = text.OriginalOf(m.NormStart, m.NormEnd);
        sink.Add(ImportCodes.LabelVariant, DiagnosticSeverity.Info, pointer, text.LocateNorm(m.NormStart),
            $"'{written.Trim()}' was read as '{m.Anchor.Label}'.",
            $"“{written.Trim()}”按“{m.Anchor.Label}”读取。");
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

    private int KeyIndexAtOrAfter(int norm)
    {
        var i = SourceText.BinarySearch(text.KeyToNorm, norm);
        return i >= 0 ? i : ~i;
    }

    private AnchorMatch? MatchOf(Func<Anchor, bool> predicate)
    {
        foreach (var a in anchors)
        {
            if (predicate(a) && matches.TryGetValue(a, out var m))
            {
                return m;
            }
        }

        return null;
    }

    private AnchorMatch? NextMatch(int order)
    {
        for (var i = order + 1; i < anchors.Count; i++)
        {
            if (matches.TryGetValue(anchors[i], out var m))
            {
                return m;
            }
        }

        return null;
    }

    private int NextMatchStart(int order) => NextMatch(order)?.NormStart ?? text.Norm.Length;

    /// <summary>Where an anchor that was not found was expected: just after the last anchor found before it.</summary>
    internal static Diagnostics.SourceLocation ExpectedAt(SourceText text, IReadOnlyList<Anchor> anchors, Dictionary<Anchor, AnchorMatch> matches, int order)
    {
        for (var i = order - 1; i >= 0; i--)
        {
            if (matches.TryGetValue(anchors[i], out var m))
            {
                return text.LocateNorm(m.NormEnd);
            }
        }

        return text.LocateNorm(0);
    }

    private Diagnostics.SourceLocation ExpectedAt(int order) => ExpectedAt(text, anchors, matches, order);

    private int PreviousMatchEnd(int order)
    {
        for (var i = order - 1; i >= 0; i--)
        {
            if (matches.TryGetValue(anchors[i], out var m))
            {
                return m.NormEnd;
            }
        }

        return -1;
    }

    /// <summary>The characters two keys have in common (as multisets), over the longer one's length.</summary>
    private static double SameCharacters(string a, string b)
    {
        var x = a.ToCharArray();
        var y = b.ToCharArray();
        Array.Sort(x);
        Array.Sort(y);
        var common = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] == y[j])
            {
                common++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common / (double)Math.Max(Math.Max(a.Length, b.Length), 1);
    }

    internal static int Lcs(string a, string b)
    {
        if (a.Length > 0 && a.Length <= FuzzyMatcher.MaxPatternLength)
        {
            return FuzzyMatcher.LcsLength(a, b);
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        foreach (var ca in a)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = ca == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
