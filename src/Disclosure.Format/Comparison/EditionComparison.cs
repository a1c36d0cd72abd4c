using Disclosure.Format.Layout;
using Disclosure.Format.Model;

namespace Disclosure.Format.Comparison;

/// <summary>
/// The explicit way to put reports of different editions side by side (a 2020 report on the 2019 trial tables next to
/// a 2021 report, for example). Nothing is mapped silently: this class says which figures are comparable, how each is
/// obtained from either edition, and which parts are not comparable at all.
/// </summary>
/// <remarks>
/// <para>What is comparable (国办公开办函〔2019〕60号 → 〔2021〕30号):</para>
/// <list type="bullet">
/// <item><description>
/// 三、收到和处理政府信息公开申请情况: every row and column. The only structural difference is <c>（六）其他处理</c>, one
/// row in the 2019 edition and three numbered sub-rows in the 2021 edition; the comparable <c>（六）其他处理</c> of a
/// 2021 report is the sum of its three sub-rows, column by column. If any of the three cells is blank the comparable
/// cell is blank too (a blank is not 0), and <see cref="ComparableCell.BlankSources"/> says which cell blocked it.
/// </description></item>
/// <item><description>四、政府信息公开行政复议、行政诉讼情况: identical in both editions, every cell.</description></item>
/// </list>
/// <para>
/// What is not comparable: 二、主动公开政府信息情况. Its columns changed meaning (本年新制作数量/本年新公开数量/对外公开总数量
/// versus the stock-flow 本年制发件数/本年废止件数/现行有效件数), rows were dropped (其他对外管理服务事项, 政府集中采购) and
/// 行政事业性收费 changed from a number of fee items to an amount in 万元. It is listed in
/// <see cref="ComparableFigures.NotComparable"/> and never produces figures here. Two reports of the same edition can
/// still compare their T2 cell by cell through <see cref="LayoutCatalog"/>.
/// </para>
/// <para>
/// The comparable grid is the coarser of the two editions' applications tables, i.e. the layout of
/// <see cref="LayoutCatalog.Edition2019"/>'s T3 and T4 (23 + 3 rows, 176 cells); each comparable cell is named by its
/// JSON Pointer in that layout (for example <c>/applications/outcomes/otherHandling/total</c>) and lists the pointers
/// of the report's own cells it was read from.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var comparison = EditionComparison.Compare(report2020, report2021);
/// foreach (var cell in comparison.Cells.Where(c => c.Difference is not 0))
///     Console.WriteLine($"{cell.RowLabelPathText} | {cell.ColumnLabel}: {cell.FirstValue} → {cell.SecondValue}");
/// foreach (var part in comparison.NotComparable)
///     Console.WriteLine($"{part.Label}: {part.Reason}");
/// </code>
/// </example>
public static class EditionComparison
{
    private static readonly IReadOnlyList<ComparableRowDefinition> Definitions = Define();
    private static readonly int GridCellCount = CountCells();
    private static readonly Dictionary<string, int> GridIndex = IndexCells();

    /// <summary>
    /// The parts of a report that cannot be compared across editions (二、主动公开政府信息情况), with the reason.
    /// </summary>
    public static IReadOnlyList<NotComparablePart> NotComparable { get; } =
    [
        new NotComparablePart(
            "T2",
            "二、主动公开政府信息情况",
            "/proactiveDisclosure",
            ComparisonMessages.ProactiveDisclosureNotComparable.En,
            ComparisonMessages.ProactiveDisclosureNotComparable.Zh),
    ];

    /// <summary>
    /// Reads the figures of <paramref name="report"/> that are comparable across editions: every cell of 三 and 四 on
    /// the common grid, with <c>（六）其他处理</c> of a 2021 report summed from its three sub-rows.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static ComparableFigures GetComparableFigures(DisclosureReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        _ = LayoutCatalog.For(report.Edition);
        // No per-cell LINQ: pointers, source lists and the pointer index are computed once per edition (an audit reads
        // every report of a region through here).
        var rows = new ComparableRow[Definitions.Count];
        var all = new ComparableCell[GridCellCount];
        var next = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            var definition = Definitions[r];
            var sources = definition.SourcesFor(report.Edition);
            var cells = new ComparableCell[definition.Columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var column = definition.Columns[i];
                var sourceCells = sources.SourceCells[i];
                decimal sum = 0;
                List<string>? blanks = null;
                for (var k = 0; k < sourceCells.Count; k++)
                {
                    var source = sourceCells[k];
                    if (source.GetValue(report) is { } v) sum += v;
                    else (blanks ??= []).Add(source.Pointer);
                }

                cells[i] = new ComparableCell(definition.CellPointers[i], definition, column.Key, column.Label,
                    blanks is null ? sum : null, sources.SourcePointers[i], blanks is null ? [] : blanks);
                all[next++] = cells[i];
            }

            rows[r] = new ComparableRow(definition, sources.RowPointers, cells);
        }

        return new ComparableFigures(report.Edition, report.Metadata, rows, all, GridIndex, NotComparable);
    }

    /// <summary>
    /// Puts the comparable figures of two reports side by side, cell by cell (三 and 四 of both reports, whatever
    /// their editions), and lists what is not comparable.
    /// </summary>
    /// <param name="first">The first report, usually the earlier year.</param>
    /// <param name="second">The second report, usually the later year.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static FigureComparison Compare(DisclosureReport first, DisclosureReport second)
    {
        if (first is null) throw new ArgumentNullException(nameof(first));
        if (second is null) throw new ArgumentNullException(nameof(second));
        var a = GetComparableFigures(first);
        var b = GetComparableFigures(second);
        var cells = new ComparedCell[a.Cells.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = new ComparedCell(a.Cells[i], b.Cells[i]);
        }

        return new FigureComparison(a, b, cells, NotComparable);
    }

    private static readonly Lazy<CellInfo[]> GridInfo = new(BuildGridInfo);

    /// <summary>The cells of the common grid with their labels, in the order of <see cref="ComparableFigures.Cells"/>.</summary>
    internal static CellInfo[] GridCells => GridInfo.Value;

    /// <summary>
    /// The pointers of the report cells each grid cell is read from in <paramref name="edition"/>, in grid order (no
    /// objects per report: used by <see cref="ReportComparison"/>).
    /// </summary>
    internal static IReadOnlyList<string>[] GridSources(ReportEdition edition)
    {
        var lists = new IReadOnlyList<string>[GridCellCount];
        var next = 0;
        foreach (var definition in Definitions)
        {
            var sources = definition.SourcesFor(edition);
            for (var i = 0; i < definition.Columns.Count; i++) lists[next++] = sources.SourcePointers[i];
        }

        return lists;
    }

    /// <summary>
    /// Reads the comparable figures of <paramref name="report"/> into <paramref name="values"/> in grid order, as
    /// <see cref="GetComparableFigures"/> does (a derived figure with a blank source is blank), without building objects.
    /// </summary>
    internal static void ReadValues(DisclosureReport report, decimal?[] values)
    {
        var next = 0;
        foreach (var definition in Definitions)
        {
            var sources = definition.SourcesFor(report.Edition);
            for (var i = 0; i < definition.Columns.Count; i++)
            {
                var sourceCells = sources.SourceCells[i];
                decimal sum = 0;
                var blank = false;
                for (var k = 0; k < sourceCells.Count; k++)
                {
                    if (sourceCells[k].GetValue(report) is { } v) sum += v;
                    else blank = true;
                }

                values[next++] = blank ? null : sum;
            }
        }
    }

    private static CellInfo[] BuildGridInfo()
    {
        var cells = new CellInfo[GridCellCount];
        var next = 0;
        foreach (var definition in Definitions)
        {
            for (var i = 0; i < definition.Columns.Count; i++)
            {
                cells[next++] = new CellInfo(definition.CellPointers[i], definition.TableKey, definition.LabelPath,
                    definition.Columns[i].Key, definition.Columns[i].Label);
            }
        }

        return cells;
    }

    private static int CountCells()
    {
        var n = 0;
        foreach (var definition in Definitions) n += definition.Columns.Count;
        return n;
    }

    private static Dictionary<string, int> IndexCells()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var definition in Definitions)
        {
            foreach (var pointer in definition.CellPointers) index.Add(pointer, index.Count);
        }

        return index;
    }

    private static IReadOnlyList<ComparableRowDefinition> Define()
    {
        // The common grid is the 2019 edition's T3 and T4: at every row it is as coarse as, or coarser than, 2021.
        var grid = LayoutCatalog.Edition2019;
        LayoutCatalog[] editions = [LayoutCatalog.Edition2019, LayoutCatalog.Edition2021];
        var definitions = new List<ComparableRowDefinition>();
        foreach (var table in grid.Tables.Where(t => t.Key is "T3" or "T4"))
        {
            foreach (var row in table.ValueRows)
            {
                var definition = new ComparableRowDefinition(table.Key, table.Label, row.Key, row.Pointer!, row.LabelPath,
                    [.. row.Cells.Select(c => c.Column)]);
                foreach (var catalog in editions)
                {
                    definition.AddSources(catalog.Edition, Resolve(catalog, table.Key, row.Pointer!, definition.Columns));
                }

                definitions.Add(definition);
            }
        }

        return definitions;
    }

    /// <summary>
    /// Finds the cells of <paramref name="catalog"/> that make up one comparable row: the row with the same pointer
    /// when it is a value row, or the value rows nested under the group row with that pointer (2021 （六）其他处理).
    /// </summary>
    private static RowSources Resolve(LayoutCatalog catalog, string tableKey, string pointer, IReadOnlyList<ColumnLayout> columns)
    {
        var table = catalog.GetTable(tableKey);
        var row = table.Rows.SingleOrDefault(r => r.Pointer == pointer)
            ?? throw new InvalidOperationException($"The {catalog.Edition} layout has no row at {pointer}.");
        var valueRows = row.Cells.Count > 0 ? [row] : Descendants(row).Where(r => r.Cells.Count > 0).ToList();
        if (valueRows.Count == 0)
        {
            throw new InvalidOperationException($"The {catalog.Edition} row at {pointer} has no value cells.");
        }

        var perColumn = new IReadOnlyList<CellLayout>[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var key = columns[i].Key;
            perColumn[i] = [.. valueRows.Select(r => r.Cells.Single(c => c.Column.Key == key))];
        }

        var pointers = new IReadOnlyList<string>[columns.Count];
        for (var i = 0; i < columns.Count; i++) pointers[i] = [.. perColumn[i].Select(c => c.Pointer)];
        return new RowSources([.. valueRows.Select(r => r.Pointer!)], perColumn, pointers);
    }

    private static IEnumerable<RowLayout> Descendants(RowLayout row) =>
        row.Children.SelectMany(child => new[] { child }.Concat(Descendants(child)));
}
