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
