using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>How an imported cell was read.</summary>
public enum CellReadingKind
{
    /// <summary>A number, read as written (thousands separators and a unit allowed).</summary>
    Number,

    /// <summary>A number recovered from digits run together with other cells' digits (the cell boundary was inferred).</summary>
    Split,

    /// <summary>A written "none" (<c>/</c>, <c>-</c>, <c>—</c>, <c>无</c>), read as 0.</summary>
    NoneMarker,

    /// <summary>An empty cell (an empty field of a delimited row): blank.</summary>
    Blank,

    /// <summary>No value was written for the cell (the row has fewer values than cells): blank.</summary>
    Missing,

    /// <summary>The value could not be decided among several candidates: blank, see <see cref="ImportedCell.Candidates"/>.</summary>
    Ambiguous,

    /// <summary>What was written could not be read as this cell's value: blank.</summary>
    Unreadable,

    /// <summary>
    /// The text prints this cell's row in another edition's layout (a 2021 report with the 2019 single
    /// （六）其他处理 row, or a 2019 report with the 2021 rows 1.–3. under it): blank, with what is printed in its place
    /// in <see cref="ImportedCell.Raw"/> (diagnostic <c>DF4010</c>).
    /// </summary>
    OtherEdition,
}

/// <summary>Where one cell of an imported report came from.</summary>
public sealed record ImportedCell
{
    /// <summary>The cell of the layout catalog.</summary>
    public required CellLayout Cell { get; init; }

    /// <summary>The value imported (<see langword="null"/> for a blank cell).</summary>
    public decimal? Value { get; init; }

    /// <summary>
    /// The text exactly as written in the source for this cell (for a split cell, its digits; for an ambiguous cell,
    /// the whole run of digits; empty for a blank).
    /// </summary>
    public required string Raw { get; init; }

    /// <summary>Where the cell's text starts in the source.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>How the cell was read.</summary>
    public required CellReadingKind Kind { get; init; }

    /// <summary>For an ambiguous cell, the values it could have (<see langword="null"/> for blank); otherwise empty.</summary>
    public IReadOnlyList<decimal?> Candidates { get; init; } = [];
}

/// <summary>Per cell of the catalog, what was written and where; cells whose row was not found are absent.</summary>
public sealed class ImportProvenance
{
    /// <summary>The cells by layout; made on first use when the cells came in catalog order.</summary>
    private Dictionary<CellLayout, ImportedCell>? cells;

    internal ImportProvenance(IEnumerable<ImportedCell> cells)
    {
        var list = new List<ImportedCell>(cells);
        if (InCatalogOrder(list))
        {
            Cells = list; // no cell twice (indexes strictly increase), so the map can wait until it is asked for
            return;
        }

        this.cells = list.ToDictionary(c => c.Cell);
        Cells = InOrder(this.cells.Values);
    }

    private static bool InCatalogOrder(List<ImportedCell> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Cell is null || (i > 0 && list[i].Cell.Index <= list[i - 1].Cell.Index))
            {
                return false;
            }
        }

        return true;
    }

    private Dictionary<CellLayout, ImportedCell> Map()
    {
        if (Volatile.Read(ref cells) is { } map)
        {
            return map;
        }

        map = new Dictionary<CellLayout, ImportedCell>(Cells.Count);
        foreach (var cell in Cells)
        {
            map.Add(cell.Cell, cell);
        }

        return Interlocked.CompareExchange(ref cells, map, null) ?? map;
    }

    private static List<ImportedCell> InOrder(Dictionary<CellLayout, ImportedCell>.ValueCollection cells)
    {
        var list = new List<ImportedCell>(cells);
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Cell.Index <= list[i - 1].Cell.Index)
            {
                return list.OrderBy(c => c.Cell.Index).ToList(); // not already in catalog order
            }
        }

        return list;
    }

    /// <summary>An empty provenance (nothing was imported).</summary>
    public static ImportProvenance Empty { get; } = new([]);

    /// <summary>Every imported cell in catalog order.</summary>
    public IReadOnlyList<ImportedCell> Cells { get; }

    /// <summary>The provenance of <paramref name="cell"/>, or <see langword="null"/> when nothing was read for it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cell"/> is <see langword="null"/>.</exception>
    public ImportedCell? this[CellLayout cell] =>
        cell is null ? throw new ArgumentNullException(nameof(cell)) : Map().TryGetValue(cell, out var found) ? found : null;

    /// <summary>The provenance of the cell at a JSON Pointer, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pointer"/> is <see langword="null"/>.</exception>
    public ImportedCell? Find(string pointer)
    {
        if (pointer is null) throw new ArgumentNullException(nameof(pointer));
        return Cells.FirstOrDefault(c => string.Equals(c.Cell.Pointer, pointer, StringComparison.Ordinal));
    }
}
