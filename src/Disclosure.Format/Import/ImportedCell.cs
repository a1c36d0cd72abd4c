using Disclosure.Format.Diagnostics;
using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>Where one cell of an imported report came from.</summary>
public sealed record ImportedCell
{
    /// <summary>The cell of the layout catalog.</summary>
    public required CellLayout Cell { get; init; }

    /// <summary>The value imported (<see langword="null"/> for a blank cell).</summary>
    public decimal? Value { get; init; }

    /// <summary>
    /// The text exactly as written in the source for this cell (for a split cell, its digits; for an ambiguous cell,
    /// the whole run of digits; empty for a blank).
    /// </summary>
    public required string Raw { get; init; }

    /// <summary>Where the cell's text starts in the source.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>How the cell was read.</summary>
    public required CellReadingKind Kind { get; init; }

    /// <summary>For an ambiguous cell, the values it could have (<see langword="null"/> for blank); otherwise empty.</summary>
    public IReadOnlyList<decimal?> Candidates { get; init; } = [];
}
