using Disclosure.Format.Layout;

namespace Disclosure.Format.Import;

/// <summary>
/// Something the importer looks for in the text, in document order: a section heading, a customary sub-heading of
/// 一、总体情况, or a row label (group or value row) of a table. All are taken from the layout catalog.
/// </summary>
internal sealed class Anchor
{
    public required int Order { get; init; }

    public required AnchorKind Kind { get; init; }

    public required string Label { get; init; }

    public SectionLayout? Section { get; init; }

    public TextPartLayout? Part { get; init; }

    public TableLayout? Table { get; init; }

    public RowLayout? Row { get; init; }

    /// <summary>The label's numbering (the <c>3</c> of <c>3.其他</c>), or 0.</summary>
    public int Numbering { get; init; }

    /// <summary>For a heading: its ordinal character (<c>四</c>) and the rest of its key.</summary>
    public string? HeadingOrdinal { get; init; }

    public string? HeadingCore { get; init; }

    public required IReadOnlyList<LabelPattern> Patterns { get; init; }

    public override string ToString() => $"{Kind} {Label}";
}
