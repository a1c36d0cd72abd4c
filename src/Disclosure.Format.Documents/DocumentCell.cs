using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Documents;

/// <summary>
/// One cell of a <see cref="DocumentTable"/>'s grid: where it starts, how many rows and columns it spans, its text as
/// displayed and where it was read from.
/// </summary>
/// <remarks>
/// <see cref="Row"/> and <see cref="Column"/> are 0-based indexes into the grid; the cell's <see cref="Location"/>
/// counts from 1 (its <see cref="SourceLocation.Row"/> is <c>Row + 1</c>, its <see cref="SourceLocation.Cell"/> is
/// <c>Column + 1</c>), as people do. A merged cell appears once, at its top-left slot; the slots it covers are found
/// with <see cref="DocumentTable.CellAt"/>.
/// </remarks>
public sealed record DocumentCell
{
    /// <summary>The 0-based row of the grid where the cell starts.</summary>
    public required int Row { get; init; }

    /// <summary>The 0-based column of the grid where the cell starts.</summary>
    public required int Column { get; init; }

    /// <summary>How many rows of the grid the cell covers (1 for an unmerged cell).</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>How many columns of the grid the cell covers (1 for an unmerged cell).</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>
    /// The cell's text exactly as displayed: inline runs joined as they are shown (a number split across several runs
    /// or tags is one number), white space collapsed as the document's renderer does, and each line break or paragraph
    /// inside the cell written as <c>\n</c>. Empty for an empty cell.
    /// </summary>
    public required string Text { get; init; }

    /// <summary><see langword="true"/> when the document marks the cell as a header cell (HTML <c>&lt;th&gt;</c>); a reader that cannot tell says <see langword="false"/>.</summary>
    public bool IsHeader { get; init; }

    /// <summary>Where the cell was read from: the table, row and cell, and the source's line and column or page where known.</summary>
    public required SourceLocation Location { get; init; }
}
