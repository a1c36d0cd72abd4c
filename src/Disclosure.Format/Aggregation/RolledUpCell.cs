using System.Globalization;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Aggregation;

/// <summary>One summed cell of a roll-up: its value and which parts contributed to it or were blank.</summary>
public sealed class RolledUpCell
{
    internal RolledUpCell(CellLayout cell, decimal? value, RollUpTreatment treatment, IReadOnlyList<int> contributors,
        IReadOnlyList<int> blankParts, bool blanksTreatedAsZero, bool outOfRange)
    {
        Cell = cell;
        Value = value;
        Treatment = treatment;
        Contributors = contributors;
        BlankParts = blankParts;
        BlanksTreatedAsZero = blanksTreatedAsZero;
        IsOutOfRange = outOfRange;
    }

    /// <summary>The cell of the edition's layout catalog.</summary>
    public CellLayout Cell { get; }

    /// <summary>The cell's JSON Pointer, e.g. <c>/applications/newlyReceived/total</c>.</summary>
    public string Pointer => Cell.Pointer;

    /// <summary>
    /// The sum; <see langword="null"/> when a part's cell is blank (unless blanks are treated as 0) or the sum is out
    /// of range (<see cref="IsOutOfRange"/>).
    /// </summary>
    public decimal? Value { get; }

    /// <summary>What the sum means for this cell (a flow, a stock, a signed change, an amount).</summary>
    public RollUpTreatment Treatment { get; }

    /// <summary>The indexes (into <see cref="RollUpResult.Parts"/>) of the parts whose cell had a value.</summary>
    public IReadOnlyList<int> Contributors { get; }

    /// <summary>The indexes of the parts whose cell was blank; empty when none was.</summary>
    public IReadOnlyList<int> BlankParts { get; }

    /// <summary>
    /// <see langword="true"/> when at least one part's cell was blank and was counted as 0 because the caller asked for
    /// it (<see cref="RollUpOptions.TreatBlanksAsZero"/>).
    /// </summary>
    public bool BlanksTreatedAsZero { get; }

    /// <summary><see langword="true"/> when the sum does not fit the cell (a count above 2 147 483 647); the value is then blank.</summary>
    public bool IsOutOfRange { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Cell.Row.LabelPathText} | {Cell.Column.Label} = {Value?.ToString(CultureInfo.InvariantCulture) ?? "(blank)"} ({Contributors.Count} contributed, {BlankParts.Count} blank)";
}
