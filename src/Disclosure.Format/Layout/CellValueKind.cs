namespace Disclosure.Format.Layout;

/// <summary>What kind of number a value cell holds.</summary>
public enum CellValueKind
{
    /// <summary>A count (件数, 数量): a non-negative integer.</summary>
    Count,

    /// <summary>A signed integer change, such as the 2019 edition's <c>本年增/减</c>.</summary>
    SignedCount,

    /// <summary>A non-negative amount of money, which may have a fractional part; the unit is given by the column label.</summary>
    Amount,
}
