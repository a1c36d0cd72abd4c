using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

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
