using System.Globalization;
using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Comparison;

/// <summary>
/// Two reports of the same agency side by side, cell by cell (year over year): for each cell the previous and the
/// current value, the difference and the relative change. Reports of one edition are compared on every cell of the
/// layout catalog (T2, T3 and T4); across the edition change, through <see cref="EditionComparison"/>: the cells of 三
/// and 四 on the common grid, with 二 listed in <see cref="NotComparable"/>.
/// </summary>
/// <remarks>
/// A blank cell on either side makes the cell not comparable (<see cref="CellChange.Status"/> says which side); it is
/// never a change from or to 0. The relative change is <c>(current − previous) ÷ |previous|</c> as an exact decimal;
/// from a previous 0 it is 0 when the current value is 0 too, and undefined (<see langword="null"/>,
/// <see cref="CellChange.IsNewFromZero"/>) otherwise.
/// </remarks>
/// <example>
/// <code>
/// var comparison = ReportComparison.Compare(report2022, report2023);
/// foreach (var cell in comparison.Cells)
///     if (cell.Difference is not null and not 0)
///         Console.WriteLine($"{cell.RowLabelPathText} | {cell.ColumnLabel}: {cell.Previous} → {cell.Current} ({cell.RelativeChange:P1})");
/// </code>
/// </example>
public sealed class ReportComparison
{
    private static readonly Dictionary<string, int> CommonGridIndex = BuildCommonGridIndex();
    private static readonly Lazy<IReadOnlyList<string>[]> GridSources2019 = new(() => EditionComparison.GridSources(ReportEdition.Edition2019));
    private static readonly Lazy<IReadOnlyList<string>[]> GridSources2021 = new(() => EditionComparison.GridSources(ReportEdition.Edition2021));
    private readonly CellChange[] cells;

    private ReportComparison(DisclosureReport previous, DisclosureReport current, CellChange[] cells,
        IReadOnlyList<NotComparablePart> notComparable, IReadOnlyList<Diagnostic> diagnostics)
    {
        Previous = previous;
        Current = current;
        this.cells = cells;
        NotComparable = notComparable;
        Diagnostics = diagnostics;
    }

    /// <summary>The previous report (usually the earlier year).</summary>
    public DisclosureReport Previous { get; }

    /// <summary>The current report (usually the later year).</summary>
    public DisclosureReport Current { get; }

    /// <summary><see langword="true"/> when the two reports follow different editions (compared through <see cref="EditionComparison"/>).</summary>
    public bool CrossesEditions => Previous.Edition != Current.Edition;

    /// <summary>
    /// Every compared cell in official order: the edition's catalog cells (T2, T3, T4) for one edition, the 176 cells of
    /// the common grid (三 and 四) across editions.
    /// </summary>
    public IReadOnlyList<CellChange> Cells => cells;

    /// <summary>The parts that are not compared (二、主动公开政府信息情况 across editions), with the reason; empty for one edition.</summary>
    public IReadOnlyList<NotComparablePart> NotComparable { get; }

    /// <summary>
    /// Warnings about the pair (<see cref="ComparisonCodes.AgencyDiffers"/>, <see cref="ComparisonCodes.YearNotLater"/>);
    /// the comparison is made anyway. Empty for a regular pair.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Finds the compared cell at <paramref name="pointer"/> (a catalog pointer for one edition, a common-grid pointer
    /// across editions), or returns <see langword="null"/> (for example a T2 pointer across editions).
    /// </summary>
    public CellChange? FindCell(string pointer)
    {
        if (pointer is null)
        {
            return null;
        }

        if (CrossesEditions)
        {
            return CommonGridIndex.TryGetValue(pointer, out var i) && i < cells.Length ? cells[i] : null;
        }

        return LayoutCatalog.For(Previous.Edition).FindCell(pointer) is { } cell ? cells[cell.Index] : null;
    }

    /// <summary>
    /// Compares two reports of the same agency cell by cell.
    /// </summary>
    /// <param name="previous">The earlier report.</param>
    /// <param name="current">The later report.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A report is of an edition this version of the library does not know.</exception>
    public static ReportComparison Compare(DisclosureReport previous, DisclosureReport current)
    {
        if (previous is null) throw new ArgumentNullException(nameof(previous));
        if (current is null) throw new ArgumentNullException(nameof(current));
        var diagnostics = PairDiagnostics(previous, current);
        if (previous.Edition == current.Edition)
        {
            var catalog = LayoutCatalog.For(previous.Edition);
            var layoutCells = catalog.Cells;
            var info = CellInfo.For(previous.Edition);
            var result = new CellChange[layoutCells.Count];
            for (var i = 0; i < result.Length; i++)
            {
                var cell = layoutCells[i];
                var own = info[i].OwnPointer;
                result[i] = new CellChange(info[i], cell.GetValue(previous), cell.GetValue(current), own, own);
            }

            return new ReportComparison(previous, current, result, [], diagnostics);
        }

        // Across editions: the common grid of EditionComparison, read straight into values (the same figures as
        // EditionComparison.Compare, without its per-report objects).
        _ = LayoutCatalog.For(previous.Edition);
        _ = LayoutCatalog.For(current.Edition);
        var grid = EditionComparison.GridCells;
        var before = new decimal?[grid.Length];
        var after = new decimal?[grid.Length];
        EditionComparison.ReadValues(previous, before);
        EditionComparison.ReadValues(current, after);
        var previousSources = GridSources(previous.Edition);
        var currentSources = GridSources(current.Edition);
        var changes = new CellChange[grid.Length];
        for (var i = 0; i < changes.Length; i++)
        {
            changes[i] = new CellChange(grid[i], before[i], after[i], previousSources[i], currentSources[i]);
        }

        return new ReportComparison(previous, current, changes, EditionComparison.NotComparable, diagnostics);
    }

    private static IReadOnlyList<string>[] GridSources(ReportEdition edition) =>
        edition == ReportEdition.Edition2019 ? GridSources2019.Value : GridSources2021.Value;

    private static IReadOnlyList<Diagnostic> PairDiagnostics(DisclosureReport previous, DisclosureReport current)
    {
        List<Diagnostic>? list = null;
        var a = previous.Metadata?.Agency;
        var b = current.Metadata?.Agency;
        if (!string.Equals(a?.Trim(), b?.Trim(), StringComparison.Ordinal))
        {
            var message = ComparisonMessages.AgencyDiffers(a, b);
            (list ??= []).Add(new Diagnostic
            {
                Code = ComparisonCodes.AgencyDiffers,
                Severity = DiagnosticSeverity.Warning,
                Pointer = "/metadata/agency",
                RelatedPointers = [Validation.SumCheck.InPreviousReport("/metadata/agency")],
                Message = message.En,
                MessageZh = message.Zh,
            });
        }

        if (previous.Metadata is { } pm && current.Metadata is { } cm && cm.Year <= pm.Year)
        {
            var message = ComparisonMessages.YearNotLater(cm.Year, pm.Year);
            (list ??= []).Add(new Diagnostic
            {
                Code = ComparisonCodes.YearNotLater,
                Severity = DiagnosticSeverity.Warning,
                Pointer = "/metadata/year",
                RelatedPointers = [Validation.SumCheck.InPreviousReport("/metadata/year")],
                Expected = pm.Year + 1,
                Actual = cm.Year,
                Message = message.En,
                MessageZh = message.Zh,
            });
        }

        return list is null ? [] : list;
    }

    private static Dictionary<string, int> BuildCommonGridIndex()
    {
        // The common grid of EditionComparison is the 2019 edition's T3 and T4, in catalog order.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var cell in LayoutCatalog.Edition2019.Cells)
        {
            if (cell.Table.Key is "T3" or "T4")
            {
                index.Add(cell.Pointer, i++);
            }
        }

        return index;
    }
}
