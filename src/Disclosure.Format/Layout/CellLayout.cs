using Disclosure.Format.Model;

namespace Disclosure.Format.Layout;

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
