using Disclosure.Format.Diagnostics;

namespace Disclosure.Format.Narrative;

/// <summary>One figure of section 一 tied to a cell, with where it was found and how it compares.</summary>
public sealed class NarrativeStatement
{
    internal NarrativeStatement(NarrativeStatementKind kind, string text, decimal figure, string sectionPointer, int offset,
        SourceLocation location, bool locatedInSource, IReadOnlyList<string> cellPointers, decimal? cellValue, NarrativeStatementStatus status)
    {
        Kind = kind;
        Text = text;
        Figure = figure;
        SectionPointer = sectionPointer;
        Offset = offset;
        Location = location;
        LocatedInSource = locatedInSource;
        CellPointers = cellPointers;
        CellValue = cellValue;
        Status = status;
    }

    /// <summary>What the figure states.</summary>
    public NarrativeStatementKind Kind { get; }

    /// <summary>The words that state it, as written (e.g. <c>共收到政府信息公开申请75件</c>).</summary>
    public string Text { get; }

    /// <summary>The figure stated.</summary>
    public decimal Figure { get; }

    /// <summary>The JSON Pointer of the text it was found in, e.g. <c>/overview/disclosureOnRequest</c>.</summary>
    public string SectionPointer { get; }

    /// <summary>The 0-based character offset of <see cref="Text"/> in that section's text.</summary>
    public int Offset { get; }

    /// <summary>
    /// Where the words are: in the report's source text when it was given (<see cref="NarrativeCheckOptions.SourceText"/>)
    /// and the words were found there (<see cref="LocatedInSource"/>), otherwise line and column inside the section's
    /// text, with <see cref="SourceLocation.Source"/> set to the section's pointer.
    /// </summary>
    public SourceLocation Location { get; }

    /// <summary><see langword="true"/> when <see cref="Location"/> is in the source text, <see langword="false"/> when it is inside the section's text.</summary>
    public bool LocatedInSource { get; }

    /// <summary>The cells the figure is compared with (their values are added: 行政诉讼 has two).</summary>
    public IReadOnlyList<string> CellPointers { get; }

    /// <summary>The cells' value (their sum); <see langword="null"/> when a cell is blank.</summary>
    public decimal? CellValue { get; }

    /// <summary>Agrees, differs or skipped because a cell is blank.</summary>
    public NarrativeStatementStatus Status { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Text}' at {Location}: {Status}";
}
