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
