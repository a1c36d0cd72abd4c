namespace Disclosure.Format.Layout;

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
