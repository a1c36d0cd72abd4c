namespace Disclosure.Format.Import;

/// <summary>The material of one row (or of a whole label-less table row): its slots and where it ended.</summary>
internal sealed class RowMaterial
{
    public required List<Slot> Slots { get; init; }

    public required RowMode Mode { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>
    /// True when the values are laid out in columns (PDF text): set apart by runs of spaces, each number is one cell
    /// and a blank cell is a gap, which <see cref="Slot.EndColumn"/> can place.
    /// </summary>
    public bool Aligned { get; init; }
}
