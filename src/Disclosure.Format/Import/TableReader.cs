using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>
/// Reads the cells of every table of a catalog from a text whose anchors have been aligned: the material after each
/// row label, the label-less number row of a side-by-side table, the ways each can be split into cells, and the
/// choice among them that the format's arithmetic allows.
/// </summary>
internal sealed partial class TableReader
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

    /// <summary>The edition of the catalog read.</summary>
    public ReportEdition CatalogEdition => catalog.Edition;

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
}
