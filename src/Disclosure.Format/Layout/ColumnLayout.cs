namespace Disclosure.Format.Layout;

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
