using Disclosure.Format.Layout;

namespace Disclosure.Format.Aggregation;

/// <summary>One cell of a hierarchy check: the parent's published value beside the sum of its children's.</summary>
public sealed class HierarchyCell
{
    internal HierarchyCell(CellLayout cell, decimal? published, RolledUpCell sum)
    {
        Cell = cell;
        Published = published;
        Sum = sum;
        Status = published is null ? HierarchyCellStatus.ParentBlank
            : sum.Value is null ? HierarchyCellStatus.SumBlank
            : published.Value == sum.Value.Value ? HierarchyCellStatus.Equal
            : HierarchyCellStatus.Differs;
    }

    /// <summary>The cell of the edition's layout catalog.</summary>
    public CellLayout Cell { get; }

    /// <summary>The cell's JSON Pointer.</summary>
    public string Pointer => Cell.Pointer;

    /// <summary>The value the parent published (kept as published, never overwritten); <see langword="null"/> when blank.</summary>
    public decimal? Published { get; }

    /// <summary>The children's summed cell, with its contributors and blank parts.</summary>
    public RolledUpCell Sum { get; }

    /// <summary>Equal, different or not assessable.</summary>
    public HierarchyCellStatus Status { get; }

    /// <summary>Published − sum when both are present; <see langword="null"/> otherwise.</summary>
    public decimal? Difference => Published is { } p && Sum.Value is { } s ? p - s : null;
}
