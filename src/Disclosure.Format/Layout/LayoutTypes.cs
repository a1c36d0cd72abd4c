using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

/// <summary>What kind of number a value cell holds.</summary>
public enum CellValueKind
{
    /// <summary>A count (件数, 数量): a non-negative integer.</summary>
    Count,

    /// <summary>A signed integer change, such as the 2019 edition's <c>本年增/减</c>.</summary>
    SignedCount,

    /// <summary>A non-negative amount of money, which may have a fractional part; the unit is given by the column label.</summary>
    Amount,
}

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

/// <summary>
/// A row of a table: either a value row (it has <see cref="Cells"/>) or a merged group label such as
/// <c>（三）不予公开</c>, <c>三、本年度办理结果</c> or the T2 block caption <c>第二十条第（一）项</c>, which holds no value.
/// </summary>
public sealed class RowLayout
{
    private readonly List<RowLayout> children = [];
    private IReadOnlyList<CellLayout> cells = [];

    internal RowLayout(string key, string label, string englishName, string? pointer, RowLayout? parent,
        IReadOnlyList<ColumnLayout> columns, string? headerLabel)
    {
        Key = key;
        Label = label;
        EnglishName = englishName;
        Pointer = pointer;
        Parent = parent;
        Columns = columns;
        HeaderLabel = headerLabel;
        parent?.children.Add(this);
        LabelPath = parent is null ? [label] : [.. parent.LabelPath, label];
    }

    /// <summary>A key for the row, unique within its table (the dotted JSON property path below the table).</summary>
    public string Key { get; }

    /// <summary>The official label exactly as printed (full-width brackets, ideographic commas and curly quotes included).</summary>
    public string Label { get; }

    /// <summary>An English name for the row.</summary>
    public string EnglishName { get; }

    /// <summary>The JSON Pointer of the object holding the row's cells; <see langword="null"/> for a label-only group that has no object of its own.</summary>
    public string? Pointer { get; }

    /// <summary>The enclosing group row, or <see langword="null"/> at the top level.</summary>
    public RowLayout? Parent { get; }

    /// <summary>The labels from the top-level row down to this one.</summary>
    public IReadOnlyList<string> LabelPath { get; }

    /// <summary>The labels of <see cref="LabelPath"/> joined with <c>" / "</c>, e.g. <c>三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密</c>.</summary>
    public string LabelPathText => string.Join(" / ", LabelPath);

    /// <summary>Nesting depth: 0 at the top level.</summary>
    public int Depth => LabelPath.Count - 1;

    /// <summary>The rows nested under this group row, in official order.</summary>
    public IReadOnlyList<RowLayout> Children => children;

    /// <summary>
    /// The value columns of this row (for a T2 block caption: the block's columns, which its rows share).
    /// </summary>
    public IReadOnlyList<ColumnLayout> Columns { get; }

    /// <summary>The header over the label column of a T2 block (<c>信息内容</c>); otherwise <see langword="null"/>.</summary>
    public string? HeaderLabel { get; }

    /// <summary>The row's value cells in column order; empty for a group row.</summary>
    public IReadOnlyList<CellLayout> Cells => cells;

    internal void SetCells(IReadOnlyList<CellLayout> value) => cells = value;

    /// <inheritdoc />
    public override string ToString() => LabelPathText;
}

/// <summary>A column header: a leaf value column, or a group header such as <c>法人或其他组织</c> or <c>行政诉讼</c>'s sub-groups.</summary>
public sealed class ColumnLayout
{
    private readonly List<ColumnLayout> children = [];

    internal ColumnLayout(string key, string label, string englishName, ColumnLayout? parent, CellValueKind kind, decimal? amountUnit = null)
    {
        if (kind == CellValueKind.Amount && amountUnit is not (1m or 10000m))
        {
            throw new ArgumentException($"The amount column \"{key}\" must declare its unit: 1 (元) or 10000 (万元).", nameof(amountUnit));
        }

        Key = key;
        Label = label;
        EnglishName = englishName;
        Parent = parent;
        ValueKind = kind;
        parent?.children.Add(this);
        LabelPath = parent is null ? [label] : [.. parent.LabelPath, label];
        AmountUnit = amountUnit ?? 1m;
    }

    /// <summary>
    /// The unit (in 元) the model keeps the column's amounts in, as the catalog declares it: 10 000 for a column printed
    /// in 万元, 1 for one in 元 (and for counts).
    /// </summary>
    internal decimal AmountUnit { get; }

    /// <summary>The JSON property name of the column's cells within a row object (for a group header, a descriptive key).</summary>
    public string Key { get; }

    /// <summary>The official header label exactly as printed.</summary>
    public string Label { get; }

    /// <summary>An English name for the column.</summary>
    public string EnglishName { get; }

    /// <summary>The enclosing header, or <see langword="null"/> at the top.</summary>
    public ColumnLayout? Parent { get; }

    /// <summary>The header labels from the top down to this column.</summary>
    public IReadOnlyList<string> LabelPath { get; }

    /// <summary>The headers nested under this one; empty for a leaf value column.</summary>
    public IReadOnlyList<ColumnLayout> Children => children;

    /// <summary><see langword="true"/> when the column holds values (it has no sub-headers).</summary>
    public bool IsLeaf => children.Count == 0;

    /// <summary>What kind of number the column's cells hold.</summary>
    public CellValueKind ValueKind { get; }

    /// <inheritdoc />
    public override string ToString() => string.Join(" / ", LabelPath);
}

/// <summary>One value cell of an edition's layout: its table, row, column, JSON Pointer and how to read it from a report.</summary>
public sealed class CellLayout
{
    private readonly Func<DisclosureReport, decimal?> getter;

    internal CellLayout(int index, TableLayout table, RowLayout row, ColumnLayout column, string pointer,
        Func<DisclosureReport, decimal?> getter)
    {
        Index = index;
        Table = table;
        Row = row;
        Column = column;
        Pointer = pointer;
        this.getter = getter;
    }

    /// <summary>The cell's position in <see cref="LayoutCatalog.Cells"/> (official order: T2, T3, T4, row by row).</summary>
    public int Index { get; }

    /// <summary>The table the cell belongs to.</summary>
    public TableLayout Table { get; }

    /// <summary>The value row the cell belongs to.</summary>
    public RowLayout Row { get; }

    /// <summary>The leaf column the cell belongs to.</summary>
    public ColumnLayout Column { get; }

    /// <summary>The RFC 6901 JSON Pointer of the cell in a report document, e.g. <c>/applications/outcomes/withheld/stateSecret/naturalPerson</c>.</summary>
    public string Pointer { get; }

    /// <summary>What kind of number the cell holds.</summary>
    public CellValueKind ValueKind => Column.ValueKind;

    /// <summary>Reads the cell's value from a report of this cell's edition; <see langword="null"/> when the cell is blank.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The report is of another edition.</exception>
    public decimal? GetValue(DisclosureReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        return getter(report);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Table.Key} {Row.LabelPathText} | {Column.Label} ({Pointer})";
}
