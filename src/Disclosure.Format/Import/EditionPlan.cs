using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>
/// What the importer derives from an edition's catalog once and reuses for every text: the anchors, the format's
/// sums, and lookups over them. Everything here depends only on the catalog, never on a text.
/// </summary>
internal sealed class EditionPlan
{
    private HashSet<string>? otherEditionsValueRows;

    public EditionPlan(LayoutCatalog catalog, IReadOnlyList<Anchor> anchors, IReadOnlyList<Identity> identities)
    {
        Catalog = catalog;
        Anchors = anchors;
        Identities = identities;

        var byCell = new List<int>[catalog.Cells.Count];
        for (var i = 0; i < identities.Count; i++)
        {
            foreach (var cell in identities[i].Cells)
            {
                if (cell < 0 || cell >= byCell.Length)
                {
                    continue;
                }

                var list = byCell[cell] ??= [];
                if (list.Count == 0 || list[list.Count - 1] != i)
                {
                    list.Add(i);
                }
            }
        }

        IdentitiesByCell = byCell.Select(l => l?.ToArray() ?? []).ToArray();
    }

    public LayoutCatalog Catalog { get; }

    public IReadOnlyList<Anchor> Anchors { get; }

    public IReadOnlyList<Identity> Identities { get; }

    /// <summary>Per catalog cell index, the indexes (ascending) of the identities that involve the cell.</summary>
    public int[][] IdentitiesByCell { get; }

    /// <summary>
    /// Per list of cells read as one unit (a row's cells, or <see cref="ValueCells"/>), the identities among those
    /// cells alone, as positions in the list (<see cref="Identity.WithinUnit"/>; filled by the table reader on first use).
    /// </summary>
    public ConcurrentDictionary<IReadOnlyList<CellLayout>, IReadOnlyList<Identity>> LocalIdentities { get; } =
        new(ReferenceComparer.Instance);

    /// <summary>The cells of a table's value rows in order, one list per table.</summary>
    public IReadOnlyList<CellLayout> ValueCells(TableLayout table) =>
        valueCells.GetOrAdd(table, t => t.ValueRows.SelectMany(r => r.Cells).ToList());

    private readonly ConcurrentDictionary<TableLayout, IReadOnlyList<CellLayout>> valueCells = new();

    /// <summary>The catalog's largest table (by cells), which decides between editions.</summary>
    public TableLayout DecisiveTable => decisiveTable ??= Catalog.Tables.OrderByDescending(t => t.Cells.Count()).First();

    private TableLayout? decisiveTable;

    /// <summary>The anchors of a table's rows, in document order.</summary>
    public IReadOnlyList<Anchor> RowAnchors(TableLayout table) =>
        rowAnchors.GetOrAdd(table, t => Anchors.Where(a => a.Table == t).ToList());

    private readonly ConcurrentDictionary<TableLayout, IReadOnlyList<Anchor>> rowAnchors = new();

    /// <summary>The distinct keys of a table's row and column labels.</summary>
    public IReadOnlyList<string> HeaderLabelKeys(TableLayout table) =>
        headerLabelKeys.GetOrAdd(table, t => t.Rows.Select(r => r.Label).Concat(t.Columns.Select(c => c.Label)).Select(SourceText.KeyOf).Distinct().ToList());

    private readonly ConcurrentDictionary<TableLayout, IReadOnlyList<string>> headerLabelKeys = new();

    /// <summary>The key of a row's (a block caption's) label.</summary>
    public string HeaderLabelKey(RowLayout row) => labelKeys.GetOrAdd(row, r => SourceText.KeyOf(r.Label));

    private readonly ConcurrentDictionary<RowLayout, string> labelKeys = new();

    /// <summary>The key of a block's printed header: its header label and its columns' labels.</summary>
    public string HeaderKey(RowLayout group) =>
        headerKeys.GetOrAdd(group, g => SourceText.KeyOf((g.HeaderLabel ?? string.Empty) + string.Concat(g.Columns.Select(c => c.Label))));

    private readonly ConcurrentDictionary<RowLayout, string> headerKeys = new();

    /// <summary>
    /// Per value row of this edition that another edition draws as a group of value rows under the same label (the
    /// 2019 single （六）其他处理 row, three rows in 2021), the label keys of that group's rows which this edition
    /// does not have; empty for every other row.
    /// </summary>
    public IReadOnlyList<string> OtherEditionSplit(RowLayout row) => otherEditionSplits.GetOrAdd(row, FindOtherEditionSplit);

    private readonly ConcurrentDictionary<RowLayout, IReadOnlyList<string>> otherEditionSplits = new();

    private IReadOnlyList<string> FindOtherEditionSplit(RowLayout row)
    {
        if (row.Cells.Count == 0)
        {
            return [];
        }

        var key = SourceText.KeyOf(row.Label);
        var own = new HashSet<string>(Catalog.Tables.SelectMany(t => t.Rows).Select(r => SourceText.KeyOf(r.Label)), StringComparer.Ordinal);
        var split = new List<string>();
        foreach (var edition in ReportTextImporter.AvailableEditions())
        {
            if (edition == Catalog.Edition || ReportTextImporter.Plan(edition) is not { } other)
            {
                continue;
            }

            foreach (var group in other.Catalog.Tables.SelectMany(t => t.Rows).Where(r => r.Cells.Count == 0 && SourceText.KeyOf(r.Label) == key))
            {
                split.AddRange(group.Children.Where(c => c.Cells.Count > 0).Select(c => SourceText.KeyOf(c.Label)).Where(k => !own.Contains(k)));
            }
        }

        return split.Distinct().ToList();
    }

    /// <summary>
    /// The table drawn in blocks, each with its own header (the Article-20 table), whose columns differ between the
    /// editions; null when the catalog has none.
    /// </summary>
    public TableLayout? BlockTable => blockTableFound ? blockTable : FindBlockTable();

    private TableLayout? blockTable;
    private bool blockTableFound;

    private TableLayout? FindBlockTable()
    {
        blockTable = Catalog.Tables.FirstOrDefault(t => t.Rows.Any(r => r.Cells.Count == 0 && r.Columns.Count > 0));
        blockTableFound = true;
        return blockTable;
    }

    /// <summary>The label keys of value rows in the other editions' layouts.</summary>
    public ISet<string> OtherEditionsValueRows => otherEditionsValueRows ??= ReportTextImporter.OtherEditionsValueRows(Catalog.Edition);

    private sealed class ReferenceComparer : IEqualityComparer<IReadOnlyList<CellLayout>>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(IReadOnlyList<CellLayout>? x, IReadOnlyList<CellLayout>? y) => ReferenceEquals(x, y);

        public int GetHashCode(IReadOnlyList<CellLayout> obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
