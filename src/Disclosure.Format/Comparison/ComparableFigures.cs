using Disclosure.Format.Model;

namespace Disclosure.Format.Comparison;

/// <summary>
/// The figures of one report that can be compared across editions (三 and 四 on the common grid), as produced by
/// <see cref="EditionComparison.GetComparableFigures"/>, plus the parts that cannot be compared.
/// </summary>
public sealed class ComparableFigures
{
    private readonly ComparableCell[] cells;
    private readonly Dictionary<string, int> index;

    internal ComparableFigures(ReportEdition edition, ReportMetadata metadata, IReadOnlyList<ComparableRow> rows,
        ComparableCell[] cells, Dictionary<string, int> index, IReadOnlyList<NotComparablePart> notComparable)
    {
        Edition = edition;
        Metadata = metadata;
        Rows = rows;
        this.cells = cells;
        this.index = index;
        NotComparable = notComparable;
    }

    /// <summary>The edition of the report the figures were read from.</summary>
    public ReportEdition Edition { get; }

    /// <summary>The report's metadata (agency, year, …).</summary>
    public ReportMetadata Metadata { get; }

    /// <summary>The comparable rows in official order: the 23 rows of 三 (with one <c>（六）其他处理</c>), then the 3 rows of 四.</summary>
    public IReadOnlyList<ComparableRow> Rows { get; }

    /// <summary>Every comparable cell, row by row (161 of 三, then 15 of 四).</summary>
    public IReadOnlyList<ComparableCell> Cells => cells;

    /// <summary>The parts of the report that are not comparable across editions (二、主动公开政府信息情况), with the reason.</summary>
    public IReadOnlyList<NotComparablePart> NotComparable { get; }

    /// <summary>
    /// Finds a comparable cell by its pointer on the common grid (e.g. <c>/applications/outcomes/otherHandling/total</c>),
    /// or returns <see langword="null"/>.
    /// </summary>
    public ComparableCell? FindCell(string pointer) =>
        pointer is not null && index.TryGetValue(pointer, out var i) ? cells[i] : null;

    /// <summary>Returns the value of the comparable cell at <paramref name="pointer"/>; <see langword="null"/> when it is blank.</summary>
    /// <exception cref="KeyNotFoundException">No comparable cell has that pointer (T2 cells, for example, are never comparable).</exception>
    public decimal? GetValue(string pointer) =>
        (FindCell(pointer) ?? throw new KeyNotFoundException($"'{pointer}' is not a figure comparable across editions.")).Value;
}

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

/// <summary>A part of a report that cannot be compared across editions, and why.</summary>
public sealed class NotComparablePart
{
    internal NotComparablePart(string tableKey, string label, string pointer, string reason, string reasonZh)
    {
        TableKey = tableKey;
        Label = label;
        Pointer = pointer;
        Reason = reason;
        ReasonZh = reasonZh;
    }

    /// <summary>The table key, e.g. <c>T2</c>.</summary>
    public string TableKey { get; }

    /// <summary>The section heading, e.g. <c>二、主动公开政府信息情况</c>.</summary>
    public string Label { get; }

    /// <summary>The JSON Pointer of the part in a report document, e.g. <c>/proactiveDisclosure</c>.</summary>
    public string Pointer { get; }

    /// <summary>Why the part is not comparable, in English.</summary>
    public string Reason { get; }

    /// <summary>Why the part is not comparable, in Chinese.</summary>
    public string ReasonZh { get; }

    /// <inheritdoc />
    public override string ToString() => $"{TableKey} {Label}: not comparable across editions";
}

/// <summary>The comparable figures of two reports side by side (<see cref="EditionComparison.Compare"/>).</summary>
public sealed class FigureComparison
{
    internal FigureComparison(ComparableFigures first, ComparableFigures second, IReadOnlyList<ComparedCell> cells,
        IReadOnlyList<NotComparablePart> notComparable)
    {
        First = first;
        Second = second;
        Cells = cells;
        NotComparable = notComparable;
    }

    /// <summary>The comparable figures of the first report.</summary>
    public ComparableFigures First { get; }

    /// <summary>The comparable figures of the second report.</summary>
    public ComparableFigures Second { get; }

    /// <summary><see langword="true"/> when the two reports follow different editions.</summary>
    public bool CrossesEditions => First.Edition != Second.Edition;

    /// <summary>Every comparable cell with both values, in official order.</summary>
    public IReadOnlyList<ComparedCell> Cells { get; }

    /// <summary>The parts that are not compared (二、主动公开政府信息情况), with the reason.</summary>
    public IReadOnlyList<NotComparablePart> NotComparable { get; }
}

/// <summary>One comparable figure of two reports.</summary>
public sealed class ComparedCell
{
    internal ComparedCell(ComparableCell first, ComparableCell second)
    {
        First = first;
        Second = second;
    }

    /// <summary>The figure in the first report.</summary>
    public ComparableCell First { get; }

    /// <summary>The figure in the second report.</summary>
    public ComparableCell Second { get; }

    /// <summary>The cell's pointer on the common grid.</summary>
    public string Pointer => First.Pointer;

    /// <summary>The official row labels joined with <c>" / "</c>.</summary>
    public string RowLabelPathText => First.RowLabelPathText;

    /// <summary>The official column label.</summary>
    public string ColumnLabel => First.ColumnLabel;

    /// <summary>The value in the first report; <see langword="null"/> when blank.</summary>
    public decimal? FirstValue => First.Value;

    /// <summary>The value in the second report; <see langword="null"/> when blank.</summary>
    public decimal? SecondValue => Second.Value;

    /// <summary>Second minus first; <see langword="null"/> when either is blank.</summary>
    public decimal? Difference => FirstValue is { } a && SecondValue is { } b ? b - a : null;

    /// <inheritdoc />
    public override string ToString() => $"{RowLabelPathText} | {ColumnLabel}: {FirstValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(blank)"} → {SecondValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(blank)"}";
}
