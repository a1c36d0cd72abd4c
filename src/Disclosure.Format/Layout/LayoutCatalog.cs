using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

/// <summary>
/// The layout of one edition of the format: its six sections, its tables with every row and column in official order
/// and exact label, and every value cell with its JSON Pointer. This is the single source of truth that importers,
/// renderers, validation rules and the JSON Schema read.
/// </summary>
/// <example>
/// <code>
/// var catalog = LayoutCatalog.Edition2021;
/// foreach (var cell in catalog.Cells)
///     Console.WriteLine($"{cell.Row.LabelPathText} | {cell.Column.Label} = {cell.GetValue(report)}");
/// </code>
/// </example>
public sealed class LayoutCatalog
{
    private readonly Dictionary<string, CellLayout> cellsByPointer;
    private readonly Func<LayoutCatalog, ReportParts, DisclosureReport> create;

    internal LayoutCatalog(ReportEdition edition, string formatTitle, string documentNumber,
        IReadOnlyList<SectionLayout> sections, IReadOnlyList<TableLayout> tables,
        Func<LayoutCatalog, ReportParts, DisclosureReport> create)
    {
        Edition = edition;
        FormatTitle = formatTitle;
        DocumentNumber = documentNumber;
        Sections = sections;
        Tables = tables;
        Cells = tables.SelectMany(t => t.Cells).ToArray();
        cellsByPointer = Cells.ToDictionary(c => c.Pointer, StringComparer.Ordinal);
        this.create = create;
    }

    /// <summary>The layout of the 2021 edition (国办公开办函〔2021〕30号): 200 value cells.</summary>
    public static LayoutCatalog Edition2021 { get; } = Catalog2021.Create();

    /// <summary>
    /// The layout of the 2019 trial edition (国办公开办函〔2019〕60号, used for the 2019 and 2020 reports): 198 value
    /// cells (22 in the Article-20 table, 23 × 7 in the applications table with <c>（六）其他处理</c> as one row, 3 × 5 in
    /// the review and litigation table).
    /// </summary>
    public static LayoutCatalog Edition2019 { get; } = Catalog2019.Create();

    /// <summary>Returns the layout of <paramref name="edition"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not one this version of the library knows.</exception>
    public static LayoutCatalog For(ReportEdition edition) => edition switch
    {
        ReportEdition.Edition2021 => Edition2021,
        ReportEdition.Edition2019 => Edition2019,
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "This edition has no layout catalog in this version of Disclosure.Format."),
    };

    /// <summary>The edition this layout describes.</summary>
    public ReportEdition Edition { get; }

    /// <summary>The official title of the format, e.g. <c>中华人民共和国政府信息公开工作年度报告格式</c>.</summary>
    public string FormatTitle { get; }

    /// <summary>The document number of the notice that issued the format, e.g. <c>国办公开办函〔2021〕30号</c>.</summary>
    public string DocumentNumber { get; }

    /// <summary>The six sections of a report in official order.</summary>
    public IReadOnlyList<SectionLayout> Sections { get; }

    /// <summary>The tables (T2, T3, T4) in official order.</summary>
    public IReadOnlyList<TableLayout> Tables { get; }

    /// <summary>Every value cell of the edition in official order (T2, T3, T4, row by row, column by column).</summary>
    public IReadOnlyList<CellLayout> Cells { get; }

    /// <summary>Returns the table with key <c>T2</c>, <c>T3</c> or <c>T4</c>.</summary>
    /// <exception cref="KeyNotFoundException">No table has that key.</exception>
    public TableLayout GetTable(string key) =>
        Tables.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The {Edition} layout has no table '{key}'.");

    /// <summary>Finds the value cell at an RFC 6901 JSON Pointer, or returns <see langword="null"/>.</summary>
    public CellLayout? FindCell(string pointer) =>
        pointer is not null && cellsByPointer.TryGetValue(pointer, out var cell) ? cell : null;

    /// <summary>Reads every cell of <paramref name="report"/> in the order of <see cref="Cells"/>.</summary>
    /// <exception cref="ArgumentException">The report is of another edition.</exception>
    public decimal?[] ReadCells(DisclosureReport report)
    {
        CheckEdition(report);
        var values = new decimal?[Cells.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Cells[i].GetValue(report);
        }

        return values;
    }

    /// <summary>
    /// Builds a report of this edition from its metadata and the values of all its cells, given in the order of
    /// <see cref="Cells"/> (<see langword="null"/> for a blank cell). The free-text sections are empty; set them with a
    /// <c>with</c> expression.
    /// </summary>
    /// <example>
    /// <code>
    /// var report = LayoutCatalog.Edition2021.CreateReport(metadata, values) with { ProblemsAndImprovements = "…" };
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="cellValues"/> does not have one value per cell, or a value does not fit its cell (a count
    /// that is negative or fractional, an integer out of range, a negative amount); the message names the cell's pointer.
    /// </exception>
    public DisclosureReport CreateReport(ReportMetadata metadata, IReadOnlyList<decimal?> cellValues)
    {
        if (metadata is null) throw new ArgumentNullException(nameof(metadata));
        if (cellValues is null) throw new ArgumentNullException(nameof(cellValues));
        if (cellValues.Count != Cells.Count)
        {
            throw new ArgumentException($"Expected {Cells.Count} cell values for the {Edition} layout, got {cellValues.Count}.", nameof(cellValues));
        }

        for (var i = 0; i < Cells.Count; i++)
        {
            CheckValue(Cells[i], cellValues[i]);
        }

        return create(this, new ReportParts(metadata, cellValues));
    }

    internal void CheckEdition(DisclosureReport report)
    {
        if (report is null) throw new ArgumentNullException(nameof(report));
        if (report.Edition != Edition)
        {
            throw new ArgumentException($"The report is of edition {report.Edition}, this layout is of edition {Edition}.", nameof(report));
        }
    }

    private static void CheckValue(CellLayout cell, decimal? value)
    {
        if (value is not { } v)
        {
            return;
        }

        var ok = cell.ValueKind switch
        {
            CellValueKind.Count => v >= 0 && v == decimal.Truncate(v) && v <= int.MaxValue,
            CellValueKind.SignedCount => v == decimal.Truncate(v) && v >= int.MinValue && v <= int.MaxValue,
            _ => v >= 0,
        };
        if (!ok)
        {
            var expected = cell.ValueKind switch
            {
                CellValueKind.Count => "a non-negative whole number",
                CellValueKind.SignedCount => "a whole number",
                _ => "a non-negative amount",
            };
            throw new ArgumentException($"Cell {cell.Pointer} ({cell.Row.LabelPathText} | {cell.Column.Label}) expects {expected}, got {v}.", "cellValues");
        }
    }
}
