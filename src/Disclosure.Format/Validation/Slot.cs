using Disclosure.Format.Layout;

namespace Disclosure.Format.Validation;

/// <summary>One value a rule can read: a catalog cell or a supplementary value, of the current or the previous report.</summary>
internal sealed class Slot
{
    public Slot(int index, bool isPrevious, CellLayout? cell, SupplementaryValue? supplementary)
    {
        Index = index;
        IsPrevious = isPrevious;
        Cell = cell;
        Supplementary = supplementary;
        RawPointer = cell?.Pointer ?? supplementary!.Pointer;
        Pointer = isPrevious ? SumCheck.PreviousReportPrefix + RawPointer : RawPointer;
        Kind = cell?.ValueKind ?? supplementary!.Kind;
        RowPath = cell is null ? [supplementary!.Label] : cell.Row.LabelPath;
        ColumnLabel = cell?.Column.Label;
        var own = cell is null ? supplementary!.Label : cell.Row.LabelPathText + " · " + cell.Column.Label;
        Label = isPrevious ? PreviousMark + own : own;
    }

    /// <summary>The mark put before the label of a cell of the previous-year report.</summary>
    public const string PreviousMark = "〔上年〕";

    public int Index { get; }

    public bool IsPrevious { get; }

    public CellLayout? Cell { get; }

    public SupplementaryValue? Supplementary { get; }

    /// <summary>The pointer within its own report.</summary>
    public string RawPointer { get; }

    /// <summary>The pointer as diagnostics and the catalog write it (prefixed for the previous report).</summary>
    public string Pointer { get; }

    public CellValueKind Kind { get; }

    public IReadOnlyList<string> RowPath { get; }

    public string? ColumnLabel { get; }

    /// <summary>The full label: row path · column (or the supplementary label), marked for the previous report.</summary>
    public string Label { get; }

    public override string ToString() => Pointer;
}
