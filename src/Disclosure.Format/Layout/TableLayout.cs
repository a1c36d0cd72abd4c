namespace Disclosure.Format.Layout;

/// <summary>
/// One table of an edition's layout (T2, T3 or T4) with its rows and columns in official order.
/// </summary>
public sealed class TableLayout
{
    internal TableLayout(string key, string label, string englishName, string pointer, string? note,
        IReadOnlyList<RowLayout> rows, IReadOnlyList<ColumnLayout> columns)
    {
        Key = key;
        Label = label;
        EnglishName = englishName;
        Pointer = pointer;
        Note = note;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>The table's short key: <c>T2</c>, <c>T3</c> or <c>T4</c>.</summary>
    public string Key { get; }

    /// <summary>The section heading the table belongs to, exactly as in the format, e.g. <c>三、收到和处理政府信息公开申请情况</c>.</summary>
    public string Label { get; }

    /// <summary>An English name for the table.</summary>
    public string EnglishName { get; }

    /// <summary>The JSON Pointer of the object that holds the table's cells, e.g. <c>/applications</c>.</summary>
    public string Pointer { get; }

    /// <summary>
    /// Text printed in the table's top-left header cell, when there is one (the column-balance note of T3,
    /// <c>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</c>); otherwise <see langword="null"/>.
    /// </summary>
    public string? Note { get; }

    /// <summary>Every row, group rows included, depth first in official order.</summary>
    public IReadOnlyList<RowLayout> Rows { get; }

    /// <summary>
    /// The table's top-level column headers in official order (each may have <see cref="ColumnLayout.Children"/>).
    /// Empty for T2, whose blocks each have their own columns (see <see cref="RowLayout.Columns"/>).
    /// </summary>
    public IReadOnlyList<ColumnLayout> Columns { get; }

    /// <summary>The rows that hold value cells, in official order.</summary>
    public IEnumerable<RowLayout> ValueRows => Rows.Where(r => r.Cells.Count > 0);

    /// <summary>Every value cell of the table, row by row in official order.</summary>
    public IEnumerable<CellLayout> Cells => Rows.SelectMany(r => r.Cells);

    /// <inheritdoc />
    public override string ToString() => $"{Key} {Label}";
}
