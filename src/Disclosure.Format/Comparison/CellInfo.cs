using Disclosure.Format.Layout;

namespace Disclosure.Format.Comparison;

/// <summary>What every comparison says about one cell (its pointer and labels): built once per cell, shared by all comparisons.</summary>
internal sealed class CellInfo(string pointer, string tableKey, IReadOnlyList<string> rowLabelPath, string columnKey, string columnLabel)
{
    private static readonly Lazy<CellInfo[]> Of2019 = new(() => Build(LayoutCatalog.Edition2019));
    private static readonly Lazy<CellInfo[]> Of2021 = new(() => Build(LayoutCatalog.Edition2021));

    public string Pointer { get; } = pointer;

    public string TableKey { get; } = tableKey;

    public IReadOnlyList<string> RowLabelPath { get; } = rowLabelPath;

    public string ColumnKey { get; } = columnKey;

    public string ColumnLabel { get; } = columnLabel;

    /// <summary>The cell's own pointer as a one-element list (its source in a same-edition comparison).</summary>
    public IReadOnlyList<string> OwnPointer { get; } = Array.AsReadOnly(new[] { pointer });

    /// <summary>The cells of an edition's catalog, in catalog order.</summary>
    public static CellInfo[] For(ReportEdition edition) => edition == ReportEdition.Edition2019 ? Of2019.Value : Of2021.Value;

    private static CellInfo[] Build(LayoutCatalog catalog)
    {
        var cells = new CellInfo[catalog.Cells.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var c = catalog.Cells[i];
            cells[i] = new CellInfo(c.Pointer, c.Table.Key, c.Row.LabelPath, c.Column.Key, c.Column.Label);
        }

        return cells;
    }
}
