namespace Disclosure.Format.Aggregation;

/// <summary>The outcome of a hierarchy check for one cell.</summary>
public enum HierarchyCellStatus
{
    /// <summary>The parent's published value equals the sum of the children's.</summary>
    Equal,

    /// <summary>The parent's published value differs from the sum of the children's.</summary>
    Differs,

    /// <summary>The parent's cell is blank: not assessable.</summary>
    ParentBlank,

    /// <summary>The children's sum is blank (a child's cell is blank): not assessable.</summary>
    SumBlank,
}
