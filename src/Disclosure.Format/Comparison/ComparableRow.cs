namespace Disclosure.Format.Comparison;

/// <summary>One row of the comparable grid, read from one report.</summary>
public sealed class ComparableRow
{
    private readonly ComparableRowDefinition definition;

    internal ComparableRow(ComparableRowDefinition definition, IReadOnlyList<string> sourceRowPointers, IReadOnlyList<ComparableCell> cells)
    {
        this.definition = definition;
        SourceRowPointers = sourceRowPointers;
        Cells = cells;
    }

    /// <summary>The table: <c>T3</c> or <c>T4</c>.</summary>
    public string TableKey => definition.TableKey;

    /// <summary>The row key on the common grid, e.g. <c>outcomes.otherHandling</c>.</summary>
    public string Key => definition.Key;

    /// <summary>The row's pointer on the common grid, e.g. <c>/applications/outcomes/otherHandling</c>.</summary>
    public string Pointer => definition.Pointer;

    /// <summary>The official labels from the top-level row down to this one (the same in both editions).</summary>
    public IReadOnlyList<string> LabelPath => definition.LabelPath;

    /// <summary>The labels of <see cref="LabelPath"/> joined with <c>" / "</c>.</summary>
    public string LabelPathText => string.Join(" / ", LabelPath);

    /// <summary>
    /// The pointers of the report's own rows this row was read from: one row, or the three sub-rows of a 2021
    /// <c>（六）其他处理</c>.
    /// </summary>
    public IReadOnlyList<string> SourceRowPointers { get; }

    /// <summary><see langword="true"/> when the row is a sum of several rows of the report (2021 <c>（六）其他处理</c>).</summary>
    public bool IsDerived => SourceRowPointers.Count > 1;

    /// <summary>The row's cells in column order.</summary>
    public IReadOnlyList<ComparableCell> Cells { get; }

    /// <inheritdoc />
    public override string ToString() => LabelPathText;
}
