namespace Disclosure.Format.Comparison;

/// <summary>One comparable figure of one report.</summary>
public sealed class ComparableCell
{
    private readonly ComparableRowDefinition row;

    internal ComparableCell(string pointer, ComparableRowDefinition row, string columnKey, string columnLabel, decimal? value,
        IReadOnlyList<string> sourcePointers, IReadOnlyList<string> blankSources)
    {
        Pointer = pointer;
        this.row = row;
        ColumnKey = columnKey;
        ColumnLabel = columnLabel;
        Value = value;
        SourcePointers = sourcePointers;
        BlankSources = blankSources;
    }

    /// <summary>The cell's pointer on the common grid, e.g. <c>/applications/outcomes/otherHandling/naturalPerson</c>.</summary>
    public string Pointer { get; }

    /// <summary>The table: <c>T3</c> or <c>T4</c>.</summary>
    public string TableKey => row.TableKey;

    /// <summary>The section heading of the table, e.g. <c>三、收到和处理政府信息公开申请情况</c>.</summary>
    public string TableLabel => row.TableLabel;

    /// <summary>The official row labels from the top-level row down to the cell's row.</summary>
    public IReadOnlyList<string> RowLabelPath => row.LabelPath;

    /// <summary>The labels of <see cref="RowLabelPath"/> joined with <c>" / "</c>.</summary>
    public string RowLabelPathText => string.Join(" / ", row.LabelPath);

    /// <summary>The column key, e.g. <c>naturalPerson</c> or <c>total</c>.</summary>
    public string ColumnKey { get; }

    /// <summary>The official column label, e.g. <c>自然人</c>.</summary>
    public string ColumnLabel { get; }

    /// <summary>
    /// The figure: the report's cell, or the sum of its cells for a derived row; <see langword="null"/> when the cell,
    /// or any cell of the sum, is blank.
    /// </summary>
    public decimal? Value { get; }

    /// <summary>The pointers of the report's own cells the figure was read from (one, or three for 2021 <c>（六）</c>).</summary>
    public IReadOnlyList<string> SourcePointers { get; }

    /// <summary>The source cells that were blank, which made <see cref="Value"/> blank; empty when it is not blank.</summary>
    public IReadOnlyList<string> BlankSources { get; }

    /// <summary><see langword="true"/> when the figure is a sum of several cells of the report.</summary>
    public bool IsDerived => SourcePointers.Count > 1;

    /// <inheritdoc />
    public override string ToString() => $"{RowLabelPathText} | {ColumnLabel} = {(Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(blank)")}";
}
