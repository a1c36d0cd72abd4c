namespace Disclosure.Format.Comparison;

/// <summary>Whether a cell of a <see cref="ReportComparison"/> can be compared, and if not, which side was blank.</summary>
public enum CellChangeStatus
{
    /// <summary>Both reports have a value: <see cref="CellChange.Difference"/> is set.</summary>
    Comparable,

    /// <summary>The previous report's cell is blank (a blank is not 0): no difference, no relative change.</summary>
    PreviousBlank,

    /// <summary>The current report's cell is blank (a blank is not 0): no difference, no relative change.</summary>
    CurrentBlank,

    /// <summary>Both cells are blank.</summary>
    BothBlank,
}
