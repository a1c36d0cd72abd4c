namespace Disclosure.Format.Import;

internal enum SlotKind
{
    /// <summary>An empty field of a delimited row: exactly one blank cell.</summary>
    Blank,

    /// <summary>A written "none" (<c>/</c>, <c>-</c>, <c>—</c>, <c>无</c>): exactly one cell, read as 0.</summary>
    None,

    /// <summary>A run of digits: one or more cells (several when cell boundaries were lost).</summary>
    Number,
}
