using System.Globalization;

namespace Disclosure.Format.Comparison;

/// <summary>
/// One cell of a <see cref="ReportComparison"/>: its value in the previous and in the current report, the difference
/// and the relative change. A blank on either side makes the cell not comparable (<see cref="Status"/> says which side);
/// a blank is never taken as 0.
/// </summary>
public sealed class CellChange
{
    private readonly CellInfo info;

    internal CellChange(CellInfo info, decimal? previous, decimal? current, IReadOnlyList<string> previousSources, IReadOnlyList<string> currentSources)
    {
        this.info = info;
        Previous = previous;
        Current = current;
        PreviousSourcePointers = previousSources;
        CurrentSourcePointers = currentSources;
    }

    /// <summary>
    /// The cell's pointer: the catalog pointer when both reports are of one edition (e.g.
    /// <c>/applications/newlyReceived/total</c>), otherwise the pointer on the common grid of
    /// <see cref="EditionComparison"/> (e.g. <c>/applications/outcomes/otherHandling/total</c>).
    /// </summary>
    public string Pointer => info.Pointer;

    /// <summary>The table: <c>T2</c>, <c>T3</c> or <c>T4</c>.</summary>
    public string TableKey => info.TableKey;

    /// <summary>The official row labels from the top-level row down to the cell's row.</summary>
    public IReadOnlyList<string> RowLabelPath => info.RowLabelPath;

    /// <summary>The labels of <see cref="RowLabelPath"/> joined with <c>" / "</c>.</summary>
    public string RowLabelPathText => string.Join(" / ", RowLabelPath);

    /// <summary>The column key, e.g. <c>naturalPerson</c>.</summary>
    public string ColumnKey => info.ColumnKey;

    /// <summary>The official column label, e.g. <c>自然人</c>.</summary>
    public string ColumnLabel => info.ColumnLabel;

    /// <summary>The value in the previous report; <see langword="null"/> when blank.</summary>
    public decimal? Previous { get; }

    /// <summary>The value in the current report; <see langword="null"/> when blank.</summary>
    public decimal? Current { get; }

    /// <summary>The pointers of the previous report's own cells the value was read from (several for a 2021 <c>（六）其他处理</c> compared across editions).</summary>
    public IReadOnlyList<string> PreviousSourcePointers { get; }

    /// <summary>The pointers of the current report's own cells the value was read from.</summary>
    public IReadOnlyList<string> CurrentSourcePointers { get; }

    /// <summary>Whether the cell is comparable, or which side was blank.</summary>
    public CellChangeStatus Status => Previous is null
        ? Current is null ? CellChangeStatus.BothBlank : CellChangeStatus.PreviousBlank
        : Current is null ? CellChangeStatus.CurrentBlank : CellChangeStatus.Comparable;

    /// <summary><see langword="true"/> when both values are present.</summary>
    public bool IsComparable => Status == CellChangeStatus.Comparable;

    /// <summary><see cref="Current"/> − <see cref="Previous"/>; <see langword="null"/> when either is blank.</summary>
    public decimal? Difference => Previous is { } p && Current is { } c ? c - p : null;

    /// <summary>
    /// The relative change, <see cref="Difference"/> ÷ |<see cref="Previous"/>| as an exact decimal fraction (0.25 for
    /// +25 %, not rounded beyond <see cref="decimal"/>'s 28 significant digits); <see langword="null"/> when the cell
    /// is not comparable, or when the previous value is 0 and the current one is not (no finite relative change:
    /// see <see cref="IsNewFromZero"/>). 0 → 0 is a relative change of 0.
    /// </summary>
    public decimal? RelativeChange
    {
        get
        {
            if (Previous is not { } p || Current is not { } c) return null;
            var difference = c - p;
            // ÷ |previous|, so the sign is the sign of the difference (本年增/减 may be negative). From 0: 0 → 0 is no
            // change (0), 0 → x ≠ 0 has no finite relative change (null).
            return p != 0 ? difference / Math.Abs(p) : difference == 0 ? 0m : null;
        }
    }

    /// <summary><see langword="true"/> when the previous value is 0 and the current one is not (the relative change is undefined).</summary>
    public bool IsNewFromZero => Previous == 0m && Current is { } c && c != 0m;

    /// <inheritdoc />
    public override string ToString() =>
        $"{RowLabelPathText} | {ColumnLabel}: {Format(Previous)} → {Format(Current)}";

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(blank)";
}
